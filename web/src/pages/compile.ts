// The coordinator's compile page (#/compile?plan=&year=&kind=&show=): every report owed in a plan's year by
// every body with a duty in it, late first as the API orders them, with the counts; each opens read only with
// approve, return and reopen. A body that receives reports (Bỉm Sơn's Labour office) sees those and its own.

import { ApiError, api } from '../api/client';
import type { Area, OwedReport, PlanSummary, ReportRoster } from '../api/types';
import { formatInstant } from '../format';
import { html, type SafeHtml } from '../html';
import { formatNumber, getLang, pick, t, type Lang, type MessageKey } from '../i18n';
import { href, signInHref } from '../router';
import { getSession, isDepartment, canReview } from '../session';
import { alertHtml, errorMessage, roleLabel } from './common';
import { filterRoster, reportHref, reportKindLabel, reportTitle } from './execution';
import type { Page } from './page';
import { onTimeBadge } from './review';
import { choosePlanPeriod, formatIsoDate, planPeriodFormHtml, planPeriodFromForm, stateBadge, todayInVietNam } from './reporting';
import './reporting.css';
import './activities.css';

export const ROSTER_SHOWS = ['all', 'late', 'waiting', 'missing', 'approved'] as const;
export type RosterShow = (typeof ROSTER_SHOWS)[number];

const SHOW_KEYS: Record<RosterShow, MessageKey> = {
  all: 'compile.show.all',
  late: 'compile.show.late',
  waiting: 'compile.show.waiting',
  missing: 'compile.show.missing',
  approved: 'compile.show.approved',
};

/** The plans a user compiles: those of their area and of the areas directly below it (a town's plan for its province). */
export function plansWithin(plans: readonly PlanSummary[], area: string | null | undefined, children: readonly Pick<Area, 'code'>[]): PlanSummary[] {
  if (!area) return [...plans];
  const codes = new Set([area, ...children.map((c) => c.code)]);
  return plans.filter((plan) => codes.has(plan.areaCode));
}

export interface RosterCounts {
  owed: number;
  reported: number;
  onTime: number;
  late: number;
  /** Submitted, waiting for review. */
  waiting: number;
  /** Nothing submitted yet. */
  missing: number;
}

/** The API's counts, and two read off its rows: reports waiting for review, reports not submitted. */
export function rosterCounts(roster: ReportRoster): RosterCounts {
  return {
    owed: roster.owed,
    reported: roster.reported,
    onTime: roster.onTime,
    late: roster.late,
    waiting: roster.reports.filter((r) => r.state === 'submitted').length,
    missing: roster.reports.filter((r) => !r.reported).length,
  };
}

const COUNT_KEYS: ReadonlyArray<readonly [keyof RosterCounts, MessageKey]> = [
  ['owed', 'compile.count.owed'],
  ['reported', 'compile.count.reported'],
  ['waiting', 'compile.count.waiting'],
  ['late', 'compile.count.late'],
  ['onTime', 'compile.count.onTime'],
  ['missing', 'compile.count.missing'],
];

export function rosterCountsHtml(counts: RosterCounts, lang: Lang = getLang()): SafeHtml {
  return html`<ul class="roster-counts" id="roster-counts" role="list">${COUNT_KEYS.map(
    ([name, key]) => html`<li class="roster-count count-${name}" data-count="${name}" data-value="${counts[name]}"><span class="count-number">${formatNumber(counts[name], 0, lang)}</span> <span class="count-label">${t(key, undefined, lang)}</span></li>`,
  )}</ul>`;
}

/** The roster as a table (cards on a phone): body, report, due date, recipient, state, when submitted, a link to open it. */
export function rosterTableHtml(reports: readonly OwedReport[], context: { plan: string; planArea: string; areaName: (code: string) => string }, lang: Lang = getLang()): SafeHtml {
  const col = (key: MessageKey) => t(key, undefined, lang);
  if (reports.length === 0) return html`<p class="empty" id="roster-empty">${col('compile.none')}</p>`;
  return html`<table class="data-table stack-table roster-table" id="roster" role="table">
    <caption class="sr-only">${col('compile.caption')}</caption>
    <thead role="rowgroup"><tr role="row">
      <th role="columnheader" scope="col">${col('compile.col.body')}</th>
      <th role="columnheader" scope="col">${col('compile.col.report')}</th>
      <th role="columnheader" scope="col">${col('my.dueDate')}</th>
      <th role="columnheader" scope="col">${col('reportForm.recipient')}</th>
      <th role="columnheader" scope="col">${col('reportForm.state')}</th>
      <th role="columnheader" scope="col">${col('compile.col.submitted')}</th>
      <th role="columnheader" scope="col"><span class="sr-only">${col('timeliness.actions')}</span></th>
    </tr></thead>
    <tbody role="rowgroup">${reports.map((r) => {
      const name = pick(r.bodyNameVi, r.bodyNameEn, lang) || r.body;
      const where = r.area !== context.planArea ? context.areaName(r.area) : '';
      return html`<tr role="row" data-body="${r.body}" data-area="${r.area}" data-kind="${r.kind}" data-period="${r.period}" data-state="${r.state ?? 'none'}" data-late="${r.late ? 'true' : 'false'}"${r.late ? html` class="row-late"` : ''}>
        <th role="rowheader" scope="row">${name}${where ? html` <span class="muted">(${where})</span>` : ''}${r.late
          ? html` <span class="late-badge"><span aria-hidden="true">⚠</span> ${t('timeliness.isLate', undefined, lang)}</span>`
          : ''}</th>
        <td role="cell" data-label="${col('compile.col.report')}">${reportTitle(r, lang)}</td>
        <td role="cell" data-label="${col('my.dueDate')}" data-date="${r.due}">${formatIsoDate(r.due)}</td>
        <td role="cell" data-label="${col('reportForm.recipient')}">${pick(r.recipientNameVi, r.recipientNameEn, lang) || r.recipient || col('reportForm.coordinator')}</td>
        <td role="cell" data-label="${col('reportForm.state')}">${stateBadge(r.state, lang)}</td>
        <td role="cell" data-label="${col('compile.col.submitted')}">${r.submittedAt ? html`${formatInstant(r.submittedAt)} ${onTimeBadge(r.onTime, lang)}` : '—'}</td>
        <td role="cell"><a class="button roster-open" href="${reportHref({ plan: context.plan, area: r.area, body: r.body, kind: r.kind, period: r.period })}">${col('compile.open')}<span class="sr-only">: ${name}, ${reportTitle(r, lang)}</span></a></td>
      </tr>`;
    })}</tbody>
  </table>`;
}

function simpleView(content: () => SafeHtml) {
  return {
    title: () => t('compile.title'),
    html: () => html`<h1 tabindex="-1" id="compile-title">${t('compile.title')}</h1>${content()}`,
  };
}

export const compilePage: Page = {
  sameViewKey: () => 'compile',

  async load(route) {
    const session = getSession();
    if (!session) {
      return simpleView(() => html`<p class="notice" id="compile-sign-in">${t('compile.needSignIn')} <a href="${signInHref('/compile')}">${t('auth.signIn')}</a></p>`);
    }
    if (!canReview(session) && !isDepartment(session)) {
      return simpleView(() => html`<p class="notice" id="compile-forbidden">${t('compile.forbidden', { role: roleLabel(session.user.role) })}</p>`);
    }
    const area = session.user.area;
    const [plans, children] = await Promise.all([api.plans(), area ? api.areas({ parent: area }).catch((): Area[] => []) : Promise.resolve([] as Area[])]);
    const today = todayInVietNam();
    const choice = choosePlanPeriod(plansWithin(plans, area, children), null, { plan: route.query.plan, period: route.query.year }, Number(today.slice(0, 4)), true);
    const plan = choice.plan;
    if (!plan) return simpleView(() => html`<p class="notice" id="compile-no-plans">${t('my.noPlans')}</p>`);

    let roster: ReportRoster | null = null;
    let loadError: unknown = null;
    try {
      roster = await api.reportRoster(plan.code, choice.period);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) throw error;
      loadError = error;
    }
    // District and commune People's Committees report from their own areas: name them.
    const areaNames = new Map<string, Area>();
    if (roster?.reports.some((r) => r.area !== plan.areaCode)) {
      for (const a of await api.areas({ parent: plan.areaCode }).catch((): Area[] => [])) areaNames.set(a.code, a);
    }
    const areaName = (code: string) => {
      const a = areaNames.get(code);
      return a ? pick(a.nameVi, a.nameEn) : code;
    };
    const kinds = [...new Set(roster?.reports.map((r) => r.kind) ?? [])];
    const kind = kinds.includes(route.query.kind as OwedReport['kind']) ? route.query.kind : '';
    const show: RosterShow = (ROSTER_SHOWS as readonly string[]).includes(route.query.show ?? '') ? (route.query.show as RosterShow) : 'all';
    const shown = roster ? filterRoster(roster.reports, { kind, show }) : [];
    const shownText = () => t('compile.shown', { count: shown.length, total: roster?.reports.length ?? 0 });
    const url = (next: { plan?: string; year?: string; kind?: string; show?: string }) =>
      href('compile', {}, { plan: next.plan ?? plan.code, year: next.year ?? choice.period, kind: next.kind || undefined, show: next.show && next.show !== 'all' ? next.show : undefined });

    return {
      title: () => t('compile.title'),
      announce: shownText,
      html: () => html`<h1 tabindex="-1" id="compile-title">${t('compile.title')}</h1>
        <p class="intro">${t(canReview(session) ? 'compile.intro' : 'compile.introBody')}</p>
        ${planPeriodFormHtml('compile', choice)}
        <div id="compile-body" data-plan="${plan.code}" data-year="${choice.period}">
          ${roster
            ? html`<section class="roster-summary" aria-labelledby="roster-summary-heading">
                <h2 id="roster-summary-heading">${t('compile.summary', { year: choice.period })}</h2>
                ${rosterCountsHtml(rosterCounts(roster))}
                <p class="help">${t('compile.today', { date: formatIsoDate(roster.today) })}</p>
                ${canReview(session)
                  ? html`<p class="actions"><a class="button primary" id="compile-annual-report" href="${href('annualReport', {}, { plan: plan.code, year: choice.period })}">${t('compile.annualReport', { year: choice.period })}</a></p>`
                  : ''}
              </section>
              <section class="roster-section" aria-labelledby="roster-heading">
                <h2 id="roster-heading">${t('compile.reports')}</h2>
                <form class="filters roster-filters" id="roster-filters">
                  <fieldset>
                    <legend>${t('compile.filters')}</legend>
                    <div class="field"><label for="roster-kind">${t('compile.kind')}</label>
                      <select id="roster-kind" name="kind">
                        <option value="">${t('compile.allKinds')}</option>
                        ${kinds.map((k) => html`<option value="${k}"${k === kind ? html` selected` : ''}>${reportKindLabel(k)}</option>`)}
                      </select></div>
                    <div class="field"><label for="roster-show">${t('compile.showLabel')}</label>
                      <select id="roster-show" name="show">
                        ${ROSTER_SHOWS.map((s) => html`<option value="${s}"${s === show ? html` selected` : ''}>${t(SHOW_KEYS[s])}</option>`)}
                      </select></div>
                  </fieldset>
                </form>
                <p class="count" id="roster-shown">${shownText()}</p>
                ${rosterTableHtml(shown, { plan: plan.code, planArea: plan.areaCode, areaName })}
              </section>`
            : alertHtml(errorMessage(loadError), 'compile-error')}
        </div>`,
      mount: (root) => {
        const form = root.querySelector<HTMLFormElement>('#compile-period-form');
        form?.addEventListener('change', () => {
          const next = planPeriodFromForm(form, choice);
          const target = next.plan === plan.code ? url({ year: next.period, kind, show }) : href('compile', {}, { plan: next.plan });
          if (location.hash !== target) location.hash = target;
        });
        form?.addEventListener('submit', (event) => event.preventDefault());
        const filters = root.querySelector<HTMLFormElement>('#roster-filters');
        filters?.addEventListener('change', () => {
          const data = new FormData(filters);
          const target = url({ kind: String(data.get('kind') ?? ''), show: String(data.get('show') ?? 'all') });
          if (location.hash !== target) location.hash = target;
        });
        filters?.addEventListener('submit', (event) => event.preventDefault());
      },
    };
  },
};
