// Shared by the department page (#/my) and the coordinator's review (#/review): which plan and
// period to show (kept in the URL as ?plan=&period=), Viet Nam's today, deadlines, state badges.
// Pure: no DOM. Only the lazy pages import it, so it stays out of the initial bundle.

import type { PlanSummary, SubmissionStatus, ValueState } from '../api/types';
import { formatPeriod } from '../format';
import { html, type SafeHtml } from '../html';
import { formatNumber, getLang, pick, t, type Lang, type MessageKey } from '../i18n';

// ---- today in Viet Nam -------------------------------------------------------------------

/** Viet Nam's calendar day as 'yyyy-MM-dd' (in format.ts, which the public pages use too). */
export { todayInVietNam } from '../format';

/** A 'yyyy-MM-dd' date as dd/MM/yyyy (in format.ts, which the public pages use too). */
export { formatIsoDate } from '../format';

/** Whole days from `from` to `to` (both 'yyyy-MM-dd'): positive when `to` is later. NaN if either is malformed. */
export function daysBetween(from: string, to: string): number {
  const ms = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? Date.parse(`${d}T00:00:00Z`) : NaN);
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

/** How a due date stands today, in words: 'Còn 18 ngày', 'Hạn là hôm nay', 'Quá hạn 347 ngày'. */
export function dueStatus(dueDate: string | null | undefined, today: string, lang: Lang = getLang()): { overdue: boolean; text: string } | null {
  if (!dueDate) return null;
  const days = daysBetween(today, dueDate);
  if (Number.isNaN(days)) return null;
  if (days < 0) return { overdue: true, text: t('due.overdue', { days: formatNumber(-days, 0, lang) }, lang) };
  if (days === 0) return { overdue: false, text: t('due.today', undefined, lang) };
  return { overdue: false, text: t('due.left', { days: formatNumber(days, 0, lang) }, lang) };
}

// ---- plan and period ---------------------------------------------------------------------

/** The years of a plan one can report on at `currentYear`, newest first. */
export function planYears(plan: Pick<PlanSummary, 'startYear' | 'endYear'>, currentYear: number): number[] {
  const years: number[] = [];
  for (let year = Math.min(plan.endYear, currentYear); year >= plan.startYear; year--) years.push(year);
  return years;
}

/**
 * The period shown first: last year (the year just reported on), or with `thisYear` this year (the year whose
 * activities are under way and whose reports fall due), kept within the plan's years.
 */
export function defaultPeriod(plan: Pick<PlanSummary, 'startYear' | 'endYear'>, currentYear: number, thisYear = false): number {
  const years = planYears(plan, currentYear);
  if (years.length === 0) return plan.startYear;
  const last = thisYear ? currentYear : currentYear - 1;
  return years.includes(last) ? last : last > years[0]! ? years[0]! : years.at(-1)!;
}

/** The plans issued for an area, newest first (latest end year, then latest start); plans not started yet last. */
export function plansForArea(plans: readonly PlanSummary[], area: string | null | undefined, currentYear: number): PlanSummary[] {
  const own = area ? plans.filter((plan) => plan.areaCode === area) : [...plans];
  const started = (plan: PlanSummary) => (plan.startYear <= currentYear ? 0 : 1);
  return (own.length ? own : [...plans]).sort(
    (a, b) => started(a) - started(b) || b.endYear - a.endYear || b.startYear - a.startYear || a.code.localeCompare(b.code),
  );
}

export interface PlanPeriodChoice {
  /** The selectable plans, newest first. */
  plans: PlanSummary[];
  plan: PlanSummary | null;
  /** The selectable years of the plan, newest first. */
  years: number[];
  period: string;
}

/** The plan and period to show: the URL's if they are valid, else the newest plan and last year. */
export function choosePlanPeriod(
  plans: readonly PlanSummary[],
  area: string | null | undefined,
  query: { plan?: string; period?: string },
  currentYear: number,
  thisYear = false,
): PlanPeriodChoice {
  const list = plansForArea(plans, area, currentYear);
  const plan = list.find((p) => p.code === query.plan) ?? list[0] ?? null;
  if (!plan) return { plans: list, plan: null, years: [], period: '' };
  const years = planYears(plan, currentYear);
  const asked = Number(query.period);
  const period = query.period && /^\d{4}$/.test(query.period) && years.includes(asked) ? asked : defaultPeriod(plan, currentYear, thisYear);
  return { plans: list, plan, years: years.length ? years : [period], period: String(period) };
}

/** The plan and period selects (ids `{prefix}-plan`, `{prefix}-period`). */
export function planPeriodFormHtml(prefix: string, choice: PlanPeriodChoice): SafeHtml {
  return html`<form class="filters plan-period" id="${prefix}-period-form">
    <fieldset>
      <legend>${t('report.choose')}</legend>
      <div class="field">
        <label for="${prefix}-plan">${t('report.plan')}</label>
        <select id="${prefix}-plan" name="plan">
          ${choice.plans.map(
            (p) => html`<option value="${p.code}"${p.code === choice.plan?.code ? html` selected` : ''}>${pick(p.titleVi, p.titleEn)} (${formatPeriod(p.startYear, p.endYear)})</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="${prefix}-period">${t('report.period')}</label>
        <select id="${prefix}-period" name="period">
          ${choice.years.map((year) => html`<option value="${year}"${String(year) === choice.period ? html` selected` : ''}>${year}</option>`)}
        </select>
      </div>
    </fieldset>
  </form>`;
}

/** Reads the plan/period form: a changed plan starts at its default period. */
export function planPeriodFromForm(form: HTMLFormElement, choice: PlanPeriodChoice): { plan: string; period: string | undefined } {
  const data = new FormData(form);
  const plan = String(data.get('plan') ?? '');
  const period = String(data.get('period') ?? '');
  return { plan, period: plan === choice.plan?.code ? period : undefined };
}

// ---- states ------------------------------------------------------------------------------

const VALUE_STATES: Record<ValueState | 'none', { icon: string; key: MessageKey }> = {
  none: { icon: '○', key: 'state.none' },
  draft: { icon: '✎', key: 'state.draft' },
  submitted: { icon: '➤', key: 'state.submitted' },
  approved: { icon: '✔', key: 'state.approved' },
  returned: { icon: '↩', key: 'state.returned' },
};

/** A value's review state as a badge: an icon and words (never colour alone). */
export function stateBadge(state: ValueState | null | undefined, lang: Lang = getLang()): SafeHtml {
  const name = state && state in VALUE_STATES ? state : 'none';
  const entry = VALUE_STATES[name];
  return html`<span class="state-badge state-${name}" data-state="${name}"><span aria-hidden="true">${entry.icon}</span> ${t(entry.key, undefined, lang)}</span>`;
}

const SUBMISSION_STATES: Record<SubmissionStatus | 'none', { icon: string; key: MessageKey }> = {
  none: { icon: '○', key: 'submission.none' },
  submitted: { icon: '➤', key: 'submission.submitted' },
  approved: { icon: '✔', key: 'submission.approved' },
  returned: { icon: '↩', key: 'submission.returned' },
};

/** A submission's status as a badge (icon and words); an unknown status (the contract types timeliness' as a plain string) shows as none. */
export function submissionBadge(status: SubmissionStatus | string | null | undefined, lang: Lang = getLang()): SafeHtml {
  const name = status && status in SUBMISSION_STATES ? (status as SubmissionStatus) : 'none';
  const entry = SUBMISSION_STATES[name];
  return html`<span class="state-badge submission-${name}" data-status="${name}"><span aria-hidden="true">${entry.icon}</span> ${t(entry.key, undefined, lang)}</span>`;
}
