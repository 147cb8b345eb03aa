// Plan execution, shared by the leaders' dashboard and the reporting pages: words for the vocabularies of
// activities and reports (domains, timings, output units, report kinds, activity statuses), an activity's
// card, the activities summary and the budget table with its printed totals beside the computed ones.
// Pure: no DOM. Nothing here computes a figure the API does not give, except plain counts of its lists.

import type {
  ActivityStatus,
  ActivityTiming,
  BudgetSource,
  MyActivity,
  OutputUnit,
  OwedReport,
  PlanActivity,
  PlanBudget,
  ReportKind,
  StatedTotalCheck,
} from '../api/types';
import type { ReportKey } from '../api/client';
import { html, type SafeHtml } from '../html';
import type { Completion } from './completion';
import { href } from '../router';
import { formatNumber, getLang, pick, splitBilingual, t, type Lang, type MessageKey } from '../i18n';
import { formatIsoDate } from '../format';

// ---- vocabularies ------------------------------------------------------------------------

/** The seven domains of the plans, in the order the plans list them. */
export const DOMAINS = ['politics', 'economy-labour', 'family-gbv', 'health', 'education', 'communication', 'state-capacity'] as const;

const DOMAIN_KEYS: Record<(typeof DOMAINS)[number], MessageKey> = {
  politics: 'domain.politics',
  'economy-labour': 'domain.economy-labour',
  'family-gbv': 'domain.family-gbv',
  health: 'domain.health',
  education: 'domain.education',
  communication: 'domain.communication',
  'state-capacity': 'domain.state-capacity',
};

/** A domain's name ('family-gbv' → 'Gia đình, phòng chống bạo lực giới'); an unknown code as it is. */
export function domainLabel(domain: string, lang: Lang = getLang()): string {
  return domain in DOMAIN_KEYS ? t(DOMAIN_KEYS[domain as keyof typeof DOMAIN_KEYS], undefined, lang) : domain;
}

const KIND_KEYS: Record<ReportKind, MessageKey> = {
  'half-year': 'reportKind.half-year',
  year: 'reportKind.year',
  'action-month': 'reportKind.action-month',
  gbv: 'reportKind.gbv',
  'mid-term': 'reportKind.mid-term',
  final: 'reportKind.final',
  plan: 'reportKind.plan',
};

/** A report's kind in words ('action-month' → 'Báo cáo Tháng hành động'). */
export function reportKindLabel(kind: string, lang: Lang = getLang()): string {
  return kind in KIND_KEYS ? t(KIND_KEYS[kind as ReportKind], undefined, lang) : kind;
}

/** A report's period in words: '2025', '6 tháng đầu năm 2025' (2025S1). */
export function reportPeriodLabel(period: string, lang: Lang = getLang()): string {
  const half = /^(\d{4})S([12])$/.exec(period);
  if (half) return t(half[2] === '1' ? 'period.h1' : 'period.h2', { year: half[1]! }, lang);
  return period;
}

/** The link to a report's page (its body's form, its reviewer's view). */
export function reportHref(key: ReportKey): string {
  return href('activityReport', { plan: key.plan, area: key.area, body: key.body, kind: key.kind, period: key.period });
}

/** A report's name: its kind and period ('Báo cáo Tháng hành động 2025'). */
export function reportTitle(report: { kind: string; period: string }, lang: Lang = getLang()): string {
  // A half-year's period already says "6 tháng đầu năm 2018": the kind is not said twice.
  if (report.kind === 'half-year' && /S[12]$/.test(report.period)) return t('reportKind.halfYearOf', { period: reportPeriodLabel(report.period, lang) }, lang);
  return `${reportKindLabel(report.kind, lang)} ${reportPeriodLabel(report.period, lang)}`;
}

export const ACTIVITY_STATUSES: readonly ActivityStatus[] = ['not-started', 'in-progress', 'done', 'postponed', 'cancelled'];

const STATUS_ENTRIES: Record<ActivityStatus, { icon: string; key: MessageKey }> = {
  'not-started': { icon: '○', key: 'activityStatus.not-started' },
  'in-progress': { icon: '◐', key: 'activityStatus.in-progress' },
  done: { icon: '✔', key: 'activityStatus.done' },
  postponed: { icon: '⏸', key: 'activityStatus.postponed' },
  cancelled: { icon: '✖', key: 'activityStatus.cancelled' },
};

/** An activity's status in words. */
export function activityStatusLabel(status: string, lang: Lang = getLang()): string {
  return status in STATUS_ENTRIES ? t(STATUS_ENTRIES[status as ActivityStatus].key, undefined, lang) : status;
}

/** An activity's status as a badge: an icon and words (never colour alone). */
export function activityStatusBadge(status: string, lang: Lang = getLang()): SafeHtml {
  const entry = STATUS_ENTRIES[status as ActivityStatus];
  if (!entry) return html`<span class="activity-status">${status}</span>`;
  return html`<span class="activity-status activity-${status}" data-activity-status="${status}"><span aria-hidden="true">${entry.icon}</span> ${t(entry.key, undefined, lang)}</span>`;
}

export const BUDGET_SOURCES: readonly BudgetSource[] = ['central', 'provincial', 'other'];

const SOURCE_KEYS: Record<BudgetSource, MessageKey> = {
  central: 'budget.source.central',
  provincial: 'budget.source.provincial',
  other: 'budget.source.other',
};

/** Where money comes from: the central budget, the province's, other sources. */
export function sourceLabel(source: string, lang: Lang = getLang()): string {
  return source in SOURCE_KEYS ? t(SOURCE_KEYS[source as BudgetSource], undefined, lang) : source;
}

/** An output's unit in words ('class' → 'lớp'); 'other' and unknown units say nothing. */
export function unitLabel(unit: string, lang: Lang = getLang()): string {
  const key = `unit.${unit}` as MessageKey;
  return unit !== 'other' && t(key, undefined, lang) !== key ? t(key, undefined, lang) : '';
}

/** The units an output is counted in, as the API lists them. */
export const OUTPUT_UNITS: readonly OutputUnit[] = ['class', 'person', 'news-item', 'model', 'team', 'conference', 'event', 'document', 'broadcast', 'club', 'unit', 'other'];

/** A unit in words for a choice list: 'other' is named too ('khác'). */
export function outputUnitLabel(unit: string, lang: Lang = getLang()): string {
  return unitLabel(unit, lang) || t('unit.otherChoice', undefined, lang);
}

/** Million VND, in the language's digits ('10.140' / '10,140'). */
export function formatMoney(amount: number, lang: Lang = getLang()): string {
  return formatNumber(amount, 3, lang);
}

// ---- activities --------------------------------------------------------------------------

type Timed = Pick<PlanActivity, 'start' | 'end' | 'due'> & { timing?: ActivityTiming };

/** When an activity takes place: 'Năm 2018', '2021–2025', '15/11/2018 – 15/12/2018', '10/11/2018'. */
export function activityTimeText(activity: Timed, lang: Lang = getLang()): string {
  const startYear = activity.start.slice(0, 4);
  const endYear = activity.end.slice(0, 4);
  const wholeYears = activity.start.slice(4) === '-01-01' && activity.end.slice(4) === '-12-31';
  if (activity.timing === 'year' || activity.timing === 'period' || (!activity.timing && wholeYears)) {
    return startYear === endYear ? t('activity.inYear', { year: startYear }, lang) : `${startYear}–${endYear}`;
  }
  if (activity.start === activity.end) return formatIsoDate(activity.start);
  return `${formatIsoDate(activity.start)} – ${formatIsoDate(activity.end)}`;
}

/** True when the activity's time overlaps the year. */
export function activityInYear(activity: Pick<PlanActivity, 'start' | 'end'>, year: number): boolean {
  return activity.start <= `${year}-12-31` && activity.end >= `${year}-01-01`;
}

type Output = MyActivity['outputs'][number];

const sameText = (a: string, b: string) => a.trim().replace(/[.;:]+$/, '') === b.trim().replace(/[.;:]+$/, '');

/**
 * A planned output's name. The plans often state an output in the activity's own sentence ("Tổ chức các lớp
 * tập huấn…"): then it is named by its unit instead ('Số lớp', 'Số người'), not the same sentence again.
 */
export function outputName(output: Output, activity: { textVi: string; textEn: string } | null, lang: Lang = getLang()): string {
  if (activity && sameText(output.textVi, activity.textVi)) {
    const unit = unitLabel(output.unit, lang);
    return unit ? t('activity.outputOf', { unit }, lang) : t('activity.outputCount', undefined, lang);
  }
  return pick(output.textVi, output.textEn, lang);
}

/** A planned output in words: its name, the planned count and unit when the plan states one, 'by sex'. */
export function plannedOutputHtml(output: Output, lang: Lang = getLang(), activity: { textVi: string; textEn: string } | null = null): SafeHtml {
  const unit = unitLabel(output.unit, lang);
  const quantity = output.quantity !== null && output.quantity !== undefined ? `${formatNumber(output.quantity, 3, lang)}${unit ? ` ${unit}` : ''}` : '';
  return html`<span class="output-text">${outputName(output, activity, lang)}</span>${quantity
    ? html` <span class="output-planned">(${t('activity.planned', { quantity }, lang)})</span>`
    : ''}${output.bySex ? html` <span class="output-by-sex">· ${t('activity.bySex', undefined, lang)}</span>` : ''}`;
}

/** A plan's activity as a list item: number, text, time, lead and coordinating bodies, planned outputs. */
export function activityItemHtml(activity: PlanActivity, lang: Lang = getLang(), status: ActivityStatus | null = null): SafeHtml {
  const lead = activity.lead.map((b) => pick(b.nameVi, b.nameEn, lang)).join(', ');
  const coordinating = activity.coordinating.map((b) => pick(b.nameVi, b.nameEn, lang)).join(', ');
  return html`<li class="activity" data-activity="${activity.number}" data-domain="${activity.domain}" data-timing="${activity.timing}">
    <p class="activity-head"><span class="activity-number">${activity.number}</span> <span class="activity-text">${pick(activity.textVi, activity.textEn, lang)}</span></p>
    ${status ? html`<p class="activity-reported">${activityStatusBadge(status, lang)}</p>` : ''}
    <p class="activity-meta"><span class="activity-time">${activityTimeText(activity, lang)}</span>${activity.due
      ? html` · <span class="activity-due">${t('activity.due', { date: formatIsoDate(activity.due) }, lang)}</span>`
      : ''}</p>
    ${lead ? html`<p class="agencies lead"><span class="label">${t('target.lead', undefined, lang)}:</span> ${lead}</p>` : ''}
    ${coordinating ? html`<p class="agencies coordinating"><span class="label">${t('target.coordinating', undefined, lang)}:</span> ${coordinating}</p>` : ''}
    ${activity.outputs.length
      ? html`<ul class="activity-outputs" role="list">${activity.outputs.map((o) => html`<li data-output="${o.number}">${plannedOutputHtml(o, lang, activity)}</li>`)}</ul>`
      : ''}
  </li>`;
}

export interface ActivitySummary {
  total: number;
  withOutputs: number;
  /** Activities per domain, in DOMAINS order (domains without any left out). */
  byDomain: { domain: string; count: number }[];
  /** Activities whose time overlaps the year, when one is asked for. */
  inYear: number | null;
}

/** Counts of a plan's activities (plain counts of the API's list: nothing estimated). */
export function summarizeActivities(activities: readonly PlanActivity[], year: number | null = null): ActivitySummary {
  const counts = new Map<string, number>();
  for (const activity of activities) counts.set(activity.domain, (counts.get(activity.domain) ?? 0) + 1);
  const known = DOMAINS.filter((d) => counts.has(d)).map((domain) => ({ domain: domain as string, count: counts.get(domain)! }));
  const other = [...counts.keys()].filter((d) => !(DOMAINS as readonly string[]).includes(d)).sort().map((domain) => ({ domain, count: counts.get(domain)! }));
  return {
    total: activities.length,
    withOutputs: activities.filter((a) => a.outputs.length > 0).length,
    byDomain: [...known, ...other],
    inYear: year === null ? null : activities.filter((a) => activityInYear(a, year)).length,
  };
}

/** The activities grouped by domain, in DOMAINS order; each group keeps the plan's order. */
export function activitiesByDomain(activities: readonly PlanActivity[]): { domain: string; activities: PlanActivity[] }[] {
  return summarizeActivities(activities).byDomain.map(({ domain }) => ({ domain, activities: activities.filter((a) => a.domain === domain) }));
}

/**
 * The dashboard's activities section: how many the plan assigns, per domain, how many fall in the year,
 * and the list by domain (open when the plan sets no numeric target: then the activities are the plan), with
 * the completion and budget execution GET /api/plans/{code}/execution gives from approved reports.
 */
export function activitiesSectionHtml(
  activities: readonly PlanActivity[],
  options: { year: number | null; open: boolean; completion?: Completion | null },
  lang: Lang = getLang(),
): SafeHtml {
  const completion = options.completion ?? null;
  const summary = summarizeActivities(activities, options.year);
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(key, vars, lang);
  if (summary.total === 0) {
    return html`<section class="activities-progress" id="activities-progress" aria-labelledby="activities-heading">
      <h2 id="activities-heading">${tr('execution.activities')}</h2>
      <p class="empty" id="activities-empty">${tr('execution.noActivities')}</p>
    </section>`;
  }
  return html`<section class="activities-progress" id="activities-progress" aria-labelledby="activities-heading" data-total="${summary.total}">
    <h2 id="activities-heading">${tr('execution.activities')}</h2>
    <ul class="activity-counts" id="activity-counts" role="list">
      <li data-count="total"><span class="count-number">${formatNumber(summary.total, 0, lang)}</span> <span class="count-label">${tr('execution.planned')}</span></li>
      ${summary.inYear !== null
        ? html`<li data-count="in-year" data-year="${options.year ?? ''}"><span class="count-number">${formatNumber(summary.inYear, 0, lang)}</span> <span class="count-label">${tr('execution.inYear', { year: options.year ?? '' })}</span></li>`
        : ''}
      <li data-count="with-outputs"><span class="count-number">${formatNumber(summary.withOutputs, 0, lang)}</span> <span class="count-label">${tr('execution.withOutputs')}</span></li>
    </ul>
    ${completion ? completionHtml(completion, lang) : html`<p class="help" id="completion-note">${tr('execution.completionNote')}</p>`}
    <ul class="domain-counts" id="domain-counts" role="list">${summary.byDomain.map(
      ({ domain, count }) => html`<li data-domain="${domain}" data-count="${count}"><span class="domain-name">${domainLabel(domain, lang)}</span> <span class="mini-number">${formatNumber(count, 0, lang)}</span></li>`,
    )}</ul>
    <details class="activity-list-details" id="activity-list-details"${options.open ? html` open` : ''}>
      <summary>${tr('execution.showList', { count: summary.total })}</summary>
      ${activitiesByDomain(activities).map(
        (group) => html`<section class="activity-group" data-domain="${group.domain}" aria-label="${domainLabel(group.domain, lang)}">
          <h3>${domainLabel(group.domain, lang)} <span class="muted">(${formatNumber(group.activities.length, 0, lang)})</span></h3>
          <ul class="activity-list" role="list">${group.activities.map((a) => activityItemHtml(a, lang, completion?.byActivity.get(a.number) ?? null))}</ul>
        </section>`,
      )}
    </details>
  </section>`;
}

/** A share in percent ('33,3 %'), or '—' when there is nothing to divide by. */
export function formatShare(share: number | null | undefined, lang: Lang = getLang()): string {
  return share === null || share === undefined ? '—' : `${formatNumber(share, 1, lang)} %`;
}

/**
 * Completion from the approved reports (GET /api/plans/{code}/execution): the share done ÷ (planned − cancelled)
 * with its formula, activities per status and those no approved report speaks of, by domain, and the budget
 * planned against spent by source.
 */
export function completionHtml(completion: Completion, lang: Lang = getLang()): SafeHtml {
  const e = completion.execution;
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(key, vars, lang);
  const scope = completion.period === null ? tr('execution.wholePlan') : tr('execution.inPeriod', { year: completion.period });
  return html`<div class="completion" id="activity-completion" data-reports="${completion.reports}" data-period="${completion.period ?? ''}">
    <h3>${tr('execution.completionTitle', { count: completion.reports })} <span class="muted">(${scope})</span></h3>
    <p class="completion-share" id="completion-share" data-share="${e.overall.completion ?? ''}"><span class="count-number">${formatShare(e.overall.completion, lang)}</span>
      <span class="count-label">${tr('execution.completionShare', { done: formatNumber(e.overall.done, 0, lang), due: formatNumber(e.overall.due, 0, lang) })}</span></p>
    <ul class="completion-counts" id="completion-counts" role="list">
      ${ACTIVITY_STATUSES.filter((s) => completion.counts[s] > 0).map(
        (s) => html`<li data-activity-status="${s}" data-count="${completion.counts[s]}">${activityStatusBadge(s, lang)} <span class="mini-number">${formatNumber(completion.counts[s], 0, lang)}</span></li>`,
      )}
      <li data-activity-status="none" data-count="${completion.notReported}"><span class="activity-status">${tr('execution.notReported')}</span> <span class="mini-number">${formatNumber(completion.notReported, 0, lang)}</span></li>
    </ul>
    <table class="data-table stack-table completion-domains" id="completion-domains">
      <caption>${tr('execution.byDomain')}</caption>
      <thead><tr><th scope="col">${tr('execution.col.domain')}</th><th scope="col">${tr('execution.col.planned')}</th><th scope="col">${tr('execution.col.done')}</th><th scope="col">${tr('execution.col.cancelled')}</th><th scope="col">${tr('execution.col.share')}</th></tr></thead>
      <tbody>${e.domains.map(
        (d) => html`<tr data-domain="${d.domain}" data-share="${d.figures.completion ?? ''}">
          <th scope="row">${pick(d.nameVi, d.nameEn, lang)}</th>
          <td data-label="${tr('execution.col.planned')}">${formatNumber(d.figures.planned, 0, lang)}</td>
          <td data-label="${tr('execution.col.done')}">${formatNumber(d.figures.done, 0, lang)}</td>
          <td data-label="${tr('execution.col.cancelled')}">${formatNumber(d.figures.cancelled, 0, lang)}</td>
          <td data-label="${tr('execution.col.share')}">${formatShare(d.figures.completion, lang)}</td>
        </tr>`,
      )}</tbody>
    </table>
    <table class="data-table stack-table budget-execution" id="budget-execution" data-execution="${e.budget.execution ?? ''}">
      <caption>${tr('execution.budgetExecution')}</caption>
      <thead><tr><th scope="col">${tr('execution.col.source')}</th><th scope="col">${tr('execution.col.budgetPlanned')}</th><th scope="col">${tr('execution.col.spent')}</th><th scope="col">${tr('execution.col.execution')}</th></tr></thead>
      <tbody>${e.budget.sources.map(
        (b) => html`<tr data-source="${b.source}"><th scope="row">${sourceLabel(b.source, lang)}</th>
          <td data-label="${tr('execution.col.budgetPlanned')}">${formatMoney(b.planned, lang)}</td>
          <td data-label="${tr('execution.col.spent')}">${formatMoney(b.spent, lang)}</td>
          <td data-label="${tr('execution.col.execution')}">${formatShare(b.execution, lang)}</td></tr>`,
      )}
        <tr data-source="total"><th scope="row">${tr('execution.total')}</th>
          <td data-label="${tr('execution.col.budgetPlanned')}">${formatMoney(e.budget.planned, lang)}</td>
          <td data-label="${tr('execution.col.spent')}">${formatMoney(e.budget.spent, lang)}</td>
          <td data-label="${tr('execution.col.execution')}">${formatShare(e.budget.execution, lang)}</td></tr>
      </tbody>
    </table>
    <details class="completion-formula" id="completion-formula"><summary>${tr('execution.howComputed')}</summary><p>${splitBilingual(e.formula, lang)}</p></details>
  </div>`;
}

// ---- budget ------------------------------------------------------------------------------

/** The printed totals that differ from the computed ones (the inconsistencies of the document). */
export function budgetDifferences(budget: Pick<PlanBudget, 'stated'>): StatedTotalCheck[] {
  return budget.stated.filter((check) => Math.abs(check.difference) > 1e-9);
}

/** The printed grand total and its check, when the document prints one. */
export function statedGrandTotal(budget: Pick<PlanBudget, 'stated'>): StatedTotalCheck | null {
  return budget.stated.find((check) => check.scope === 'total') ?? null;
}

/** What a printed total covers, in words: 'Tổng cộng', 'Năm 2013', 'Ngân sách tỉnh 2014', 'Dòng V, 2015'. */
export function statedScopeText(check: StatedTotalCheck, lang: Lang = getLang()): string {
  const parts: string[] = [];
  if (check.scope === 'total') parts.push(t('budget.scope.total', undefined, lang));
  if (check.line) parts.push(t('budget.scope.line', { line: check.line }, lang));
  if (check.source) parts.push(sourceLabel(check.source, lang));
  if (check.year !== null && check.year !== undefined) parts.push(t('budget.scope.year', { year: check.year }, lang));
  else if (check.scope !== 'total') parts.push(t('budget.scope.allYears', undefined, lang));
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A signed difference ('+90', '−20', '0'). */
export function formatDifference(difference: number, lang: Lang = getLang()): string {
  if (Math.abs(difference) < 1e-9) return '0';
  return `${difference > 0 ? '+' : '−'}${formatMoney(Math.abs(difference), lang)}`;
}

function differenceHtml(check: StatedTotalCheck, lang: Lang): SafeHtml {
  const explained = check.explainedBy.length
    ? t('budget.explainedBy', { lines: check.explainedBy.join(', ') }, lang)
    : '';
  return html`<span class="budget-difference${Math.abs(check.difference) > 1e-9 ? ' differs' : ''}">${Math.abs(check.difference) > 1e-9
      ? html`<span aria-hidden="true">⚠</span> `
      : ''}${formatDifference(check.difference, lang)}</span>${explained ? html` <span class="budget-explained">${explained}</span>` : ''}`;
}

/**
 * The budget: the computed total beside the printed one with the difference, every printed total that differs,
 * the lines with their totals per year and the totals by source. Nothing is corrected: both figures are shown.
 */
export function budgetSectionHtml(budget: PlanBudget, agencyName: (code: string) => string = (code) => code, lang: Lang = getLang()): SafeHtml {
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(key, vars, lang);
  if (budget.lines.length === 0) {
    return html`<section class="budget" id="budget" aria-labelledby="budget-heading" data-lines="0">
      <h2 id="budget-heading">${tr('budget.title')}</h2>
      <p class="empty" id="budget-empty">${tr('budget.none')}</p>
    </section>`;
  }
  const grand = statedGrandTotal(budget);
  const differing = budgetDifferences(budget).filter((check) => check !== grand);
  const years = budget.computed.byYear.map((y) => y.year);
  const lineYear = (line: PlanBudget['lines'][number], year: number) =>
    line.amounts.filter((a) => a.year === year).reduce((sum, a) => sum + a.planned, 0);
  const money = (amount: number) => formatMoney(amount, lang);
  return html`<section class="budget" id="budget" aria-labelledby="budget-heading" data-lines="${budget.lines.length}">
    <h2 id="budget-heading">${tr('budget.title')}</h2>
    <p class="help">${tr('budget.unit')}</p>
    <dl class="facts budget-totals" id="budget-totals">
      <div class="fact" data-total="computed"><dt>${tr('budget.computed')}</dt><dd id="budget-computed" data-amount="${budget.computed.total}">${money(budget.computed.total)}</dd></div>
      ${grand
        ? html`<div class="fact" data-total="stated"><dt>${tr('budget.stated')}</dt><dd id="budget-stated" data-amount="${grand.stated}">${money(grand.stated)}</dd></div>
            <div class="fact" data-total="difference"><dt>${tr('budget.difference')}</dt><dd id="budget-difference" data-amount="${grand.difference}">${differenceHtml(grand, lang)}</dd></div>`
        : html`<div class="fact" data-total="stated"><dt>${tr('budget.stated')}</dt><dd id="budget-stated">${tr('budget.noStated')}</dd></div>`}
    </dl>
    <p class="help" id="budget-formula">${splitBilingual(budget.formula, lang)}</p>
    ${grand ? html`<p class="budget-source-text"><span class="label">${tr('budget.printedAs')}:</span> <q lang="vi">${grand.seedSentence}</q></p>` : ''}
    ${differing.length
      ? html`<div class="budget-differences" id="budget-differences">
          <h3>${tr('budget.otherDifferences', { count: differing.length })}</h3>
          <table class="data-table stack-table" id="budget-checks" role="table">
            <thead role="rowgroup"><tr role="row">
              <th role="columnheader" scope="col">${tr('budget.col.scope')}</th>
              <th role="columnheader" scope="col" class="num">${tr('budget.stated')}</th>
              <th role="columnheader" scope="col" class="num">${tr('budget.computed')}</th>
              <th role="columnheader" scope="col" class="num">${tr('budget.difference')}</th>
            </tr></thead>
            <tbody role="rowgroup">${differing.map(
              (check) => html`<tr role="row" data-scope="${check.scope}" data-difference="${check.difference}">
                <th role="rowheader" scope="row">${statedScopeText(check, lang)}</th>
                <td role="cell" class="num" data-label="${tr('budget.stated')}">${money(check.stated)}</td>
                <td role="cell" class="num" data-label="${tr('budget.computed')}">${money(check.computed)}</td>
                <td role="cell" class="num" data-label="${tr('budget.difference')}">${differenceHtml(check, lang)}</td>
              </tr>`,
            )}</tbody>
          </table>
        </div>`
      : ''}
    <details class="budget-details" id="budget-details">
    <summary>${tr('budget.showLines', { count: budget.lines.length })}</summary>
    <table class="data-table stack-table budget-lines" id="budget-lines" role="table">
      <caption>${tr('budget.linesCaption')}</caption>
      <thead role="rowgroup"><tr role="row">
        <th role="columnheader" scope="col">${tr('budget.col.line')}</th>
        ${years.map((year) => html`<th role="columnheader" scope="col" class="num">${year}</th>`)}
        <th role="columnheader" scope="col" class="num">${tr('budget.col.total')}</th>
      </tr></thead>
      <tbody role="rowgroup">${budget.lines.map(
        (line) => html`<tr role="row" data-line="${line.line}"${line.parent ? html` class="sub-line" data-parent="${line.parent}"` : ''}>
          <th role="rowheader" scope="row"><span class="line-number">${line.line}</span> <span lang="vi">${line.titleVi}</span>${line.leadAgency
            ? html` <span class="line-lead">(${agencyName(line.leadAgency)})</span>`
            : ''}</th>
          ${years.map((year) => html`<td role="cell" class="num" data-label="${year}">${money(lineYear(line, year))}</td>`)}
          <td role="cell" class="num" data-label="${tr('budget.col.total')}" data-amount="${line.total}">${money(line.total)}</td>
        </tr>`,
      )}</tbody>
      <tfoot role="rowgroup"><tr role="row" data-line="total">
        <th role="rowheader" scope="row">${tr('budget.computed')}</th>
        ${budget.computed.byYear.map((y) => html`<td role="cell" class="num" data-label="${y.year}">${money(y.amount)}</td>`)}
        <td role="cell" class="num" data-label="${tr('budget.col.total')}">${money(budget.computed.total)}</td>
      </tr></tfoot>
    </table>
    </details>
    <ul class="budget-sources" id="budget-sources" role="list">${budget.computed.bySource.map(
      (s) => html`<li data-source="${s.source}" data-amount="${s.amount}"><span class="label">${sourceLabel(s.source, lang)}:</span> ${money(s.amount)}</li>`,
    )}</ul>
  </section>`;
}

// ---- rosters -----------------------------------------------------------------------------

/** The roster's reports in the API's order (late first), filtered; never re-sorted here. */
export function filterRoster(reports: readonly OwedReport[], filter: { kind?: string; show?: string }): OwedReport[] {
  return reports.filter((r) => {
    if (filter.kind && r.kind !== filter.kind) return false;
    switch (filter.show) {
      case 'late':
        return r.late;
      case 'waiting':
        return r.state === 'submitted';
      case 'missing':
        return !r.reported;
      case 'approved':
        return r.state === 'approved';
      default:
        return true;
    }
  });
}
