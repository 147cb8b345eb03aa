// A body's activities (#/activities?plan=&year=, department): the reports it owes that year, each with a link
// to its form, and the activities it leads (chủ trì) and coordinates (phối hợp), with what they plan to produce.

import { ApiError, api } from '../api/client';
import type { MyActivities, MyActivity, MyReport, PlanActivity, ReportRoster } from '../api/types';
import { html, type SafeHtml } from '../html';
import { formatNumber, getLang, pick, t, type Lang } from '../i18n';
import { href, signInHref } from '../router';
import { getSession, isDepartment } from '../session';
import { alertHtml, errorMessage, roleLabel } from './common';
import { activityTimeText, domainLabel, plannedOutputHtml, reportHref, reportTitle } from './execution';
import type { Page } from './page';
import { choosePlanPeriod, dueStatus, formatIsoDate, planPeriodFormHtml, planPeriodFromForm, stateBadge, todayInVietNam } from './reporting';
import './reporting.css';
import './activities.css';

/** The owed reports by due date (the API's order within a day). */
export function owedInOrder(reports: readonly MyReport[]): MyReport[] {
  return [...reports].sort((a, b) => a.due.localeCompare(b.due));
}

/** One owed report: its name (a link to its form), due date and how it stands, lock date, state, recipient. */
export function owedReportHtml(
  report: MyReport,
  context: { plan: string; area: string; body: string; today: string; recipientName: string },
  lang: Lang = getLang(),
): SafeHtml {
  const pending = report.state !== 'submitted' && report.state !== 'approved';
  const due = pending && !report.locked ? dueStatus(report.due, context.today, lang) : null;
  const link = reportHref({ plan: context.plan, area: context.area, body: context.body, kind: report.kind, period: report.period });
  return html`<li class="owed-report" data-kind="${report.kind}" data-period="${report.period}" data-state="${report.state ?? 'none'}" data-locked="${report.locked ? 'true' : 'false'}">
    <p class="owed-title"><a class="report-link" href="${link}" data-kind="${report.kind}" data-period="${report.period}">${reportTitle(report, lang)}</a> ${stateBadge(report.state, lang)}</p>
    <dl class="owed-facts">
      <div><dt>${t('my.dueDate', undefined, lang)}</dt><dd data-date="${report.due}">${formatIsoDate(report.due)}${due
        ? html` <span class="due-status${due.overdue ? ' overdue' : ''}">${due.overdue ? html`<span aria-hidden="true">⚠</span> ` : ''}${due.text}</span>`
        : ''}</dd></div>
      <div><dt>${t('my.lockDate', undefined, lang)}</dt><dd data-date="${report.lockDate}">${formatIsoDate(report.lockDate)}${report.locked
        ? html` <span class="locked-badge"><span aria-hidden="true">🔒</span> ${t('my.lockedShort', undefined, lang)}</span>`
        : ''}</dd></div>
      <div><dt>${t('reportForm.recipient', undefined, lang)}</dt><dd>${context.recipientName || t('reportForm.coordinator', undefined, lang)}</dd></div>
    </dl>
    <p class="owed-action"><a class="button${pending && !report.locked ? ' primary' : ''}" href="${link}" data-open-report="${report.kind}-${report.period}">${pending && !report.locked
      ? t('activities.fill', undefined, lang)
      : t('activities.view', undefined, lang)}<span class="sr-only">: ${reportTitle(report, lang)}</span></a></p>
  </li>`;
}

/** One activity the body leads or coordinates: number, text, domain, time, planned outputs. */
export function myActivityHtml(activity: MyActivity, lang: Lang = getLang()): SafeHtml {
  return html`<li class="my-activity activity" data-activity="${activity.number}" data-role="${activity.role}" data-domain="${activity.domain}">
    <p class="activity-head"><span class="activity-number">${activity.number}</span> <span class="activity-text">${pick(activity.textVi, activity.textEn, lang)}</span></p>
    <p class="activity-meta"><span class="domain-tag">${domainLabel(activity.domain, lang)}</span> · <span class="activity-time">${activityTimeText(activity, lang)}</span>${activity.due
      ? html` · <span class="activity-due">${t('activity.due', { date: formatIsoDate(activity.due) }, lang)}</span>`
      : ''}</p>
    ${activity.outputs.length
      ? html`<ul class="activity-outputs" role="list">${activity.outputs.map((o) => html`<li data-output="${o.number}">${plannedOutputHtml(o, lang, activity)}</li>`)}</ul>`
      : html`<p class="help">${t('activities.noOutputs', undefined, lang)}</p>`}
  </li>`;
}

/** The activities of one role, or a line saying there are none. */
export function activityListHtml(mine: MyActivities, role: MyActivity['role'], lang: Lang = getLang()): SafeHtml {
  const list = mine.activities.filter((a) => a.role === role);
  const id = role === 'lead' ? 'lead-activities' : 'coordinating-activities';
  const heading = t(role === 'lead' ? 'activities.lead' : 'activities.coordinating', { count: formatNumber(list.length, 0, lang) }, lang);
  return html`<section class="my-activities" id="${id}" aria-labelledby="${id}-heading" data-count="${list.length}">
    <h2 id="${id}-heading">${heading}</h2>
    ${list.length === 0
      ? html`<p class="empty">${t(role === 'lead' ? 'activities.noLead' : 'activities.noCoordinating', { year: mine.year }, lang)}</p>`
      : html`<ul class="activity-list" role="list">${list.map((a) => myActivityHtml(a, lang))}</ul>`}
  </section>`;
}

function simpleView(content: () => SafeHtml) {
  return {
    title: () => t('activities.title'),
    html: () => html`<h1 tabindex="-1" id="activities-title">${t('activities.title')}</h1>${content()}`,
  };
}

export const activitiesPage: Page = {
  sameViewKey: () => 'activities',

  async load(route) {
    const session = getSession();
    if (!session) {
      return simpleView(() => html`<p class="notice" id="activities-sign-in">${t('activities.needSignIn')} <a href="${signInHref('/activities')}">${t('auth.signIn')}</a></p>`);
    }
    if (!isDepartment(session)) {
      return simpleView(() => html`<p class="notice" id="activities-forbidden">${t('activities.forbidden', { role: roleLabel(session.user.role) })}</p>
        <p><a href="${href('compile')}">${t('compile.title')}</a></p>`);
    }
    const { area, body } = session.user;
    const today = todayInVietNam();
    const choice = choosePlanPeriod(await api.plans(area ?? undefined), area, { plan: route.query.plan, period: route.query.year }, Number(today.slice(0, 4)), true);
    const plan = choice.plan;
    if (!plan) return simpleView(() => html`<p class="notice" id="activities-no-plans">${t('my.noPlans')}</p>`);

    const [mineResult, activitiesResult, rosterResult] = await Promise.allSettled([
      api.myActivities(plan.code, choice.period),
      api.planActivities(plan.code),
      api.reportRoster(plan.code, choice.period),
    ]);
    for (const result of [mineResult, rosterResult]) {
      if (result.status === 'rejected' && result.reason instanceof ApiError && result.reason.status === 401) throw result.reason;
    }
    const mine: MyActivities | null = mineResult.status === 'fulfilled' ? mineResult.value : null;
    const loadError = mineResult.status === 'rejected' ? mineResult.reason : null;
    const planActivities: PlanActivity[] = activitiesResult.status === 'fulfilled' ? activitiesResult.value : [];
    const roster: ReportRoster | null = rosterResult.status === 'fulfilled' ? rosterResult.value : null;
    const received = roster?.reports.filter((r) => r.recipient && r.recipient === body) ?? [];

    const names = new Map<string, { vi: string; en: string }>();
    for (const a of planActivities) for (const b of [...a.lead, ...a.coordinating]) names.set(b.code, { vi: b.nameVi, en: b.nameEn });
    for (const r of roster?.reports ?? []) {
      if (r.recipient && r.recipientNameVi) names.set(r.recipient, { vi: r.recipientNameVi, en: r.recipientNameEn ?? r.recipientNameVi });
      names.set(r.body, { vi: r.bodyNameVi, en: r.bodyNameEn });
    }
    const nameOf = (code: string | null | undefined) => {
      const name = code ? names.get(code) : undefined;
      return name ? pick(name.vi, name.en) : code ?? '';
    };

    const reportsHtml = (data: MyActivities): SafeHtml => {
      const owed = owedInOrder(data.reports);
      return html`<section class="owed-reports" id="owed-reports" aria-labelledby="owed-heading">
        <h2 id="owed-heading">${t('activities.owed', { year: data.year, count: owed.length })}</h2>
        ${owed.length === 0
          ? html`<p class="empty" id="owed-empty">${t('activities.noReports', { year: data.year })}</p>`
          : html`<ul class="owed-list" id="owed-list" role="list">${owed.map((r) =>
              owedReportHtml(r, { plan: data.plan, area: data.area, body: data.body, today, recipientName: nameOf(r.recipient) }),
            )}</ul>`}
        ${received.length
          ? html`<p class="received"><a class="button" id="received-link" href="${href('compile', {}, { plan: plan.code, year: choice.period })}">${t('activities.received', { count: received.length })}</a></p>`
          : ''}
      </section>`;
    };

    return {
      title: () => t('activities.title'),
      html: () => html`<h1 tabindex="-1" id="activities-title">${t('activities.title')}</h1>
        <p class="intro" id="activities-intro">${t('activities.intro', { body: nameOf(body) || session.user.displayName, area: pick(plan.areaNameVi, plan.areaNameEn) })}</p>
        ${planPeriodFormHtml('activities', choice)}
        <div id="activities-body" data-plan="${plan.code}" data-year="${choice.period}">
          ${mine
            ? html`${reportsHtml(mine)}${activityListHtml(mine, 'lead')}${activityListHtml(mine, 'coordinating')}`
            : alertHtml(errorMessage(loadError), 'activities-error')}
        </div>`,
      mount: (root) => {
        const form = root.querySelector<HTMLFormElement>('#activities-period-form');
        form?.addEventListener('change', () => {
          const next = planPeriodFromForm(form, choice);
          const target = href('activities', {}, { plan: next.plan, year: next.period });
          if (location.hash !== target) location.hash = target;
        });
        form?.addEventListener('submit', (event) => event.preventDefault());
      },
    };
  },
};
