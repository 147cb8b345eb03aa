// The leaders' dashboard (#/dashboard?plan=NB-2021-2025&area=37&method=opensdg&objective=4): a plan's
// progress against its goals at an area, on a phone. Counts by status, one tile per objective, then
// every target furthest behind first, each with its latest value against the target, a sparkline and a
// link to the indicator's chart. Public: without signing in only approved values count. Everything that
// changes what is shown lives in the URL (shareable).

import { ApiError, api } from '../api/client';
import type { Agency, GroupCounts, PlanActivity, PlanBudget, PlanProgress, PlanSummary, ProgressMethod, ProgressStatus, StatusCounts, TargetProgress } from '../api/types';
import { comparatorHtml, formatPeriod, todayInVietNam } from '../format';
import { html, type SafeHtml } from '../html';
import { pick, t, tCount, type Lang, getLang } from '../i18n';
import { BEHIND_FIRST, STATUSES, type CountsByStatus, formatGoalValue, implausibleText, formatRatio, normaliseCounts, sortBehindFirst, sparklineSvg, statusBadgeHtml, statusIcon, statusLabel, totalCount } from '../progress';
import { DEFAULT_DASHBOARD, dashboardHref, href } from '../router';
import { getSession } from '../session';
import { loadCompletion, type Completion } from './completion';
import { activitiesSectionHtml, budgetSectionHtml } from './execution';
import type { Page, View } from './page';
import { formatIndicatorValue } from './values';

export interface DashboardOptions {
  plan: string;
  /** '' = the plan's own area (the API's default). */
  area: string;
  method: ProgressMethod;
  approvedOnly: boolean;
  /** An objective's number to show only its targets, or ''. */
  objective: string;
}

/** The dashboard's options from the URL (the default plan when none is given). */
export function dashboardOptions(query: Record<string, string>, signedIn: boolean): DashboardOptions {
  return {
    plan: query.plan || DEFAULT_DASHBOARD.plan,
    area: query.area || (query.plan ? '' : DEFAULT_DASHBOARD.area),
    method: query.method === 'opensdg' ? 'opensdg' : 'unsd',
    approvedOnly: signedIn && query.approvedOnly === 'true',
    objective: query.objective ?? '',
  };
}

/** The dashboard's URL for some options (the default method and empty options left out). */
export function dashboardUrl(options: DashboardOptions): string {
  return dashboardHref(options.plan, options.area || undefined, {
    method: options.method === 'opensdg' ? 'opensdg' : undefined,
    objective: options.objective || undefined,
    approvedOnly: options.approvedOnly ? 'true' : undefined,
  });
}

// ---- pieces ------------------------------------------------------------------------------

type Unit = Pick<TargetProgress, 'unit' | 'unitVi' | 'unitEn' | 'decimals'>;

/** A value as the indicator shows it ('109,9', '45,3%', 'Có'). */
export function progressValue(value: number | null | undefined, unit: Unit, lang: Lang = getLang()): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : formatIndicatorValue(value, unit, lang);
}

/** The unit in words when the value alone does not say it ('bé trai/100 bé gái'), else ''. */
export function unitWords(unit: Pick<TargetProgress, 'unit' | 'unitVi' | 'unitEn'>, lang: Lang = getLang()): string {
  if (unit.unit === 'percent' || unit.unit === 'yes_no' || unit.unit === 'count') return '';
  return pick(unit.unitVi, unit.unitEn, lang);
}

/** Statuses with a count above zero, in STATUSES order. */
export function presentStatuses(counts: Partial<StatusCounts>): ProgressStatus[] {
  const all = normaliseCounts(counts);
  return STATUSES.filter((status) => all[status] > 0);
}

/** '23 chỉ tiêu: 10 Đã đạt, 1 Đúng tiến độ, …' for the counts' summary (and screen readers). */
export function countsSentence(counts: Partial<StatusCounts>, lang: Lang = getLang()): string {
  const all = normaliseCounts(counts);
  const parts = presentStatuses(all).map((status) => `${all[status]} ${statusLabel(status, lang).toLowerCase()}`);
  const total = t('dashboard.total', { count: totalCount(all) }, lang);
  return parts.length ? `${total}: ${parts.join(', ')}.` : `${total}.`;
}

/**
 * Sizes the status bar's parts by their counts (data-grow). The app's Content-Security-Policy allows no
 * inline style, so no style attribute in the HTML: the sizes are set through the CSSOM once it is in the page.
 */
export function applyStatusBar(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('.status-bar-part[data-grow]').forEach((part) => {
    const grow = Number(part.dataset.grow);
    if (Number.isFinite(grow) && grow >= 0) part.style.flexGrow = String(grow);
  });
}

/** The big counts: each status with its icon, its number and its words. */
function statusCountsHtml(counts: CountsByStatus): SafeHtml {
  const shown = presentStatuses(counts);
  const total = totalCount(counts);
  return html`<div class="status-bar" aria-hidden="true">${shown.map(
      (status) => html`<span class="status-bar-part status-${status}" data-grow="${counts[status]}" title="${statusLabel(status)}: ${counts[status]}"></span>`,
    )}</div>
    <ul class="status-counts" id="status-counts" role="list" data-total="${total}">${shown.map(
      (status) => html`<li class="status-count status-${status}" data-status="${status}" data-count="${counts[status]}">
        <span class="status-icon" aria-hidden="true">${statusIcon(status)}</span>
        <span class="count-number">${counts[status]}</span>
        <span class="count-label">${statusLabel(status)}</span>
      </li>`,
    )}</ul>`;
}

/** Small counts (a tile, an agency): icon and number, the words for screen readers and as a tooltip. */
export function miniCountsHtml(counts: Partial<StatusCounts>): SafeHtml {
  const all = normaliseCounts(counts);
  // Furthest behind first here too: what needs attention comes first.
  const shown = BEHIND_FIRST.filter((status) => all[status] > 0);
  return html`<ul class="mini-counts" role="list">${shown.map(
    (status) => html`<li class="mini-count status-${status}" data-status="${status}" data-count="${all[status]}" title="${statusLabel(status)}">
      <span class="status-icon" aria-hidden="true">${statusIcon(status)}</span><span class="mini-number">${all[status]}</span><span class="sr-only"> ${statusLabel(status)}</span>
    </li>`,
  )}</ul>`;
}

function objectiveTile(group: GroupCounts, options: DashboardOptions): SafeHtml {
  const active = options.objective === group.key;
  const target = dashboardUrl({ ...options, objective: active ? '' : group.key });
  return html`<li class="objective-tile-item">
    <a class="objective-tile card-link${active ? ' active' : ''}" id="objective-tile-${group.key}" href="${target}" data-objective="${group.key}"${active ? html` aria-current="true"` : ''}>
      <span class="tile-head"><span class="objective-number">${t('plan.objective', { number: group.key })}</span>
        <span class="tile-count">${tCount('plans.targetCount', totalCount(group.counts))}</span></span>
      <span class="tile-name">${pick(group.nameVi, group.nameEn)}</span>
      ${miniCountsHtml(group.counts)}
      <span class="sr-only">${active ? t('dashboard.tileShowAll') : t('dashboard.tileShowOnly')}</span>
    </a>
  </li>`;
}

/** One target's card: status, latest value against the target, sparkline, lead agencies, link to its chart. */
/**
 * One target's card. `mapDate` is a day of the plan's own map (its first day), so the chart link reads the area as the
 * plan does: 37 on a 2021–2025 dashboard is the old Ninh Bình, on a 2026–2030 one the new.
 */
export function targetCardHtml(target: TargetProgress, area: string, agencyNames: Map<string, string>, mapDate?: string): SafeHtml {
  const id = `${target.objective}.${target.number}`;
  const name = pick(target.indicatorNameVi, target.indicatorNameEn);
  const unit = unitWords(target);
  const latest = target.latest;
  const first = [...target.series].sort((a, b) => a.year - b.year)[0];
  const goalText = `${comparatorSymbol(target)} ${formatGoalValue(target.value, target.unit)}`;
  const sparkLabel = latest && first
    ? t('dashboard.sparkLabel', {
        from: first.year,
        to: latest.year,
        first: progressValue(first.value, target),
        last: progressValue(latest.value, target),
        goal: goalText,
      })
    : t('dashboard.noSeries');
  // A projection says something only while the target year is still ahead of the latest value.
  const showProjection =
    target.projected != null && target.status !== 'achieved' && target.unit !== 'yes_no' && target.unit !== 'count' && !!latest && latest.year < target.year;
  const leads = target.leadAgencies.map((code) => agencyNames.get(code) ?? code).join(', ');
  return html`<li class="progress-target status-${target.status}" data-progress-target="${id}" data-status="${target.status}" data-indicator="${target.indicatorCode}">
    <p class="pt-head"><span class="target-number"><span class="sr-only">${t('target.prefix')} </span>${id}</span>
      <span class="pt-name">${name}</span>${unit ? html` <span class="pt-unit">(${unit})</span>` : ''}</p>
    <p class="pt-status">${statusBadgeHtml(target.status)}${target.ratio !== null && target.ratio !== undefined
      ? html` <span class="pt-ratio" title="${t('dashboard.ratioTitle')}"><span class="sr-only">${t('dashboard.ratioTitle')}: </span>${formatRatio(target.ratio)}</span>`
      : ''}</p>
    ${target.implausible ? html`<p class="pt-implausible"><span aria-hidden="true">⚠\uFE0E</span> ${implausibleText(target.implausibleReason)}</p>` : ''}
    <div class="pt-body">
      <dl class="pt-values">
        <div class="pt-latest"><dt>${latest ? t('dashboard.latestYear', { year: latest.year }) : t('dashboard.latest')}</dt><dd>${progressValue(latest?.value, target)}</dd></div>
        <div class="pt-goal"><dt>${t('dashboard.goalYear', { year: target.year })}</dt><dd>${comparatorHtml(target.comparator)} ${formatGoalValue(target.value, target.unit)}</dd></div>
        ${target.baseline ? html`<div class="pt-baseline"><dt>${t('dashboard.baselineYear', { year: target.baseline.year })}</dt><dd>${progressValue(target.baseline.value, target)}</dd></div>` : ''}
        ${showProjection ? html`<div class="pt-projected"><dt>${t('dashboard.projectedYear', { year: target.year })}</dt><dd>${progressValue(target.projected, target)}</dd></div>` : ''}
      </dl>
      ${predecessorsNoteHtml(target.baseline, latest)}
      ${sparklineSvg(target, sparkLabel)}
    </div>
    ${leads ? html`<p class="pt-lead"><span class="label">${t('target.lead')}:</span> ${leads}</p>` : ''}
    <p class="pt-link"><a class="indicator-chart-link" data-indicator="${target.indicatorCode}" href="${href('indicator', { code: target.indicatorCode }, { area, date: mapDate })}">${t('dashboard.chartLink')}<span class="sr-only">: ${name}</span></a></p>
  </li>`;
}

type YearValue = NonNullable<TargetProgress['baseline']>;

/** A baseline or latest value summed from the old units (the area did not exist yet), said in words with their names. */
export function predecessorsNoteHtml(baseline: YearValue | null | undefined, latest: YearValue | null | undefined): SafeHtml | string {
  const summed = [baseline, latest].filter((v): v is YearValue => !!v?.predecessors?.length);
  if (summed.length === 0) return '';
  const years = [...new Set(summed.map((v) => v.year))].sort().join(', ');
  const names = summed[0].predecessors!.map((p) => pick(p.nameVi, p.nameEn) + (p.hasData ? '' : ` (${t('dashboard.predecessorNoData')})`)).join(', ');
  return html`<p class="pt-predecessors" data-predecessors="${summed[0].predecessors!.map((p) => p.code).join(',')}">${t('dashboard.fromPredecessors', { years, names })}</p>`;
}

function comparatorSymbol(target: Pick<TargetProgress, 'comparator'>): string {
  return { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' }[target.comparator] ?? target.comparator;
}

/** The method in one short paragraph, the other method and the edge cases in a details element. */
export function methodHtml(method: ProgressMethod, approvedOnly: boolean): SafeHtml {
  return html`<section class="method" id="method" aria-labelledby="method-heading" data-method="${method}">
    <h2 id="method-heading">${t('method.title')}</h2>
    <p id="method-text">${method === 'opensdg' ? t('method.opensdg') : t('method.unsd')}</p>
    <details id="method-details">
      <summary>${t('method.more')}</summary>
      <p>${method === 'opensdg' ? t('method.unsd') : t('method.opensdg')}</p>
      <p>${t('method.edges')}</p>
      <p>${approvedOnly ? t('method.approved') : t('method.public')}</p>
    </details>
  </section>`;
}

// ---- the page ----------------------------------------------------------------------------

interface DashboardData {
  options: DashboardOptions;
  progress: PlanProgress;
  plans: PlanSummary[];
  areaName: { vi: string; en: string } | null;
  signedIn: boolean;
  /** The plan's activities and budget (public); null when they could not be read. */
  activities?: PlanActivity[] | null;
  budget?: PlanBudget | null;
  /** Agency names for the budget's lines. */
  agencies?: Agency[];
  /** This year in Viet Nam (activities under way this year are counted while it is a plan year). */
  currentYear?: number;
  /** Activity completion and budget execution from the approved reports (GET /api/plans/{code}/execution). */
  completion?: Completion | null;
}

/** The plan's activities and budget beside its targets' statuses: what was planned, and the money with its printed totals. */
function executionHtml(data: DashboardData, plan: PlanSummary | null, hasTargets: boolean): SafeHtml {
  const year = data.currentYear ?? new Date().getFullYear();
  const inPlan = plan && year >= plan.startYear && year <= plan.endYear ? year : null;
  const agencies = new Map((data.agencies ?? []).map((a) => [a.code, pick(a.nameVi, a.nameEn)]));
  return html`${data.activities ? activitiesSectionHtml(data.activities, { year: inPlan, open: !hasTargets, completion: data.completion }) : ''}
    ${data.budget ? budgetSectionHtml(data.budget, (code) => agencies.get(code) ?? code) : ''}`;
}

function planOptionsHtml(plans: PlanSummary[], selected: string): SafeHtml {
  const list = plans.some((plan) => plan.code === selected) ? plans : [...plans, null];
  return html`${list.map((plan) =>
    plan
      ? html`<option value="${plan.code}" data-area="${plan.areaCode}"${plan.code === selected ? html` selected` : ''}>${pick(plan.titleVi, plan.titleEn)} (${formatPeriod(plan.startYear, plan.endYear)})</option>`
      : html`<option value="${selected}" selected>${selected}</option>`,
  )}`;
}

export function dashboardHtml(data: DashboardData): SafeHtml {
  const { options, progress, plans, signedIn } = data;
  const plan = plans.find((p) => p.code === progress.plan) ?? null;
  const areaName = data.areaName ? pick(data.areaName.vi, data.areaName.en) : progress.area;
  const counts = normaliseCounts(progress.counts);
  const agencyNames = new Map(progress.agencies.map((agency) => [agency.key, pick(agency.nameVi, agency.nameEn)]));
  const objectiveFilter = options.objective;
  const filtered = objectiveFilter ? progress.targets.filter((target) => String(target.objective) === objectiveFilter) : progress.targets;
  const targets = sortBehindFirst(filtered);
  const shownObjective = progress.objectives.find((group) => group.key === objectiveFilter);
  const area = progress.area;
  // A plan without numeric targets (Thái Nguyên 2017, Bỉm Sơn 2018) is followed through its activities instead.
  const hasTargets = progress.targets.length > 0 || !data.activities?.length;

  return html`<div class="dashboard" id="dashboard" data-plan="${progress.plan}" data-area="${area}" data-method="${progress.method}" data-approved-only="${progress.approvedOnly ? 'true' : 'false'}">
    <h1 tabindex="-1" id="dashboard-title">${t('dashboard.title')}</h1>
    <p class="dashboard-context" id="dashboard-context">
      ${plan ? html`<a class="plan-link" data-plan="${plan.code}" href="${href('plan', { code: plan.code })}">${pick(plan.titleVi, plan.titleEn)}</a>` : html`<span>${progress.plan}</span>`}
      <span class="sep" aria-hidden="true">·</span> <span class="dashboard-area" data-area="${area}">${areaName}</span>
      ${plan ? html`<span class="sep" aria-hidden="true">·</span> <span>${formatPeriod(plan.startYear, plan.endYear)}</span>` : ''}
    </p>

    <form class="filters dashboard-options" id="dashboard-options">
      <fieldset>
        <legend>${t('dashboard.options')}</legend>
        ${plans.length
          ? html`<div class="field"><label for="dashboard-plan">${t('dashboard.plan')}</label>
              <select id="dashboard-plan" name="plan">${planOptionsHtml(plans, progress.plan)}</select></div>`
          : ''}
        <fieldset class="method-switch" id="method-switch">
          <legend>${t('dashboard.method')}</legend>
          <label class="choice"><input type="radio" name="method" value="unsd" id="method-unsd"${progress.method === 'unsd' ? html` checked` : ''} /> ${t('dashboard.methodUnsd')}</label>
          <label class="choice"><input type="radio" name="method" value="opensdg" id="method-opensdg"${progress.method === 'opensdg' ? html` checked` : ''} /> ${t('dashboard.methodOpenSdg')}</label>
        </fieldset>
        ${signedIn
          ? html`<label class="choice"><input type="checkbox" name="approvedOnly" value="true" id="approved-only"${options.approvedOnly ? html` checked` : ''} /> ${t('dashboard.approvedOnly')}</label>`
          : ''}
      </fieldset>
    </form>
    ${progress.approvedOnly ? html`<p class="help" id="approved-note">${signedIn ? t('dashboard.approvedNote') : t('dashboard.publicNote')}</p>` : ''}

    <section class="progress-summary" id="progress-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">${t('dashboard.summary')}</h2>
      ${totalCount(counts) === 0
        ? html`<p class="empty" id="summary-empty">${hasTargets || !data.activities?.length ? t('dashboard.noTargets') : t('execution.noTargets')}</p>`
        : statusCountsHtml(counts)}
    </section>

    ${executionHtml(data, plan, hasTargets)}

    ${hasTargets
      ? html`<section class="objectives-progress" id="objectives-progress" aria-labelledby="objectives-heading">
          <h2 id="objectives-heading">${t('dashboard.byObjective')}</h2>
          <ul class="objective-tiles" role="list">${progress.objectives.map((group) => objectiveTile(group, options))}</ul>
        </section>

        <section class="progress-targets-section" id="progress-targets-section" aria-labelledby="progress-targets-heading">
          <h2 id="progress-targets-heading">${t('dashboard.targets')}</h2>
          <p class="count" id="progress-target-count">${shownObjective
            ? html`${t('dashboard.shownObjective', { count: targets.length, objective: shownObjective.key })} <a id="clear-objective" href="${dashboardUrl({ ...options, objective: '' })}">${t('dashboard.showAll')}</a>`
            : t('dashboard.shownAll', { count: targets.length })}</p>
          ${targets.length === 0
            ? html`<p class="empty">${t('dashboard.noTargets')}</p>`
            : html`<ol class="progress-targets" id="progress-targets" role="list">${targets.map((target) => targetCardHtml(target, area, agencyNames, plan ? `${plan.startYear}-01-01` : undefined))}</ol>`}
        </section>`
      : ''}

    ${progress.agencies.length
      ? html`<section class="agency-progress" aria-labelledby="agency-heading">
          <h2 id="agency-heading">${t('dashboard.byAgency')}</h2>
          <ul class="agency-list" id="agency-progress" role="list">${progress.agencies.map(
            (agency) => html`<li class="agency-item" data-agency="${agency.key}"><span class="agency-name">${pick(agency.nameVi, agency.nameEn)}</span> ${miniCountsHtml(agency.counts)}</li>`,
          )}</ul>
        </section>`
      : ''}

    ${methodHtml(progress.method, progress.approvedOnly)}

    <p class="report-link-row"><a class="button" id="report-link" href="${href('report', {}, { plan: progress.plan, area, method: progress.method === 'opensdg' ? 'opensdg' : undefined, approvedOnly: options.approvedOnly ? 'true' : undefined })}">${t('dashboard.reportLink')}</a></p>
  </div>`;
}

async function areaName(progress: PlanProgress, plans: PlanSummary[]): Promise<{ vi: string; en: string } | null> {
  const plan = plans.find((p) => p.code === progress.plan);
  if (plan && plan.areaCode === progress.area) return { vi: plan.areaNameVi, en: plan.areaNameEn };
  try {
    const area = await api.area(progress.area);
    return { vi: area.nameVi, en: area.nameEn };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) throw error;
    return null;
  }
}

export const dashboardPage: Page = {
  // Another method, objective or plan is the same page: the control that changed it keeps focus.
  sameViewKey: () => 'dashboard',

  async load(route): Promise<View> {
    const signedIn = getSession() !== null;
    const options = dashboardOptions(route.query, signedIn);
    const [progress, plans, activities, budget, agencies] = await Promise.all([
      api.planProgress(options.plan, { area: options.area || undefined, method: options.method, approvedOnly: options.approvedOnly }),
      api.plans().catch((): PlanSummary[] => []),
      api.planActivities(options.plan).catch(() => null),
      api.planBudget(options.plan).catch(() => null),
      api.agencies().catch((): Agency[] => []),
    ]);
    const currentYear = Number(todayInVietNam().slice(0, 4));
    // Completion from approved reports, for everyone: this year while it is a plan year, else the whole plan.
    const plan = plans.find((p) => p.code === progress.plan);
    const completion = activities?.length
      ? await loadCompletion(options.plan, plan && currentYear >= plan.startYear && currentYear <= plan.endYear ? currentYear : undefined)
      : null;
    const data: DashboardData = { options, progress, plans, areaName: await areaName(progress, plans), signedIn, activities, budget, agencies, currentYear, completion };
    const title = () => t('dashboard.title');
    return {
      title,
      html: () => dashboardHtml(data),
      announce: () => countsSentence(progress.counts),
      mount: (root) => {
        applyStatusBar(root);
        // The URL says everything: with no plan or area in it, write the ones shown (a shareable link).
        if (!route.query.plan || !route.query.area) {
          history.replaceState(null, '', dashboardUrl({ ...options, area: progress.area }));
        }
        const form = root.querySelector<HTMLFormElement>('#dashboard-options');
        if (!form) return;
        const apply = (event: Event) => {
          const formData = new FormData(form);
          const chosenPlan = String(formData.get('plan') ?? progress.plan);
          const planChanged = chosenPlan !== progress.plan;
          const chosenArea = planChanged
            ? form.querySelector<HTMLOptionElement>(`#dashboard-plan option[value="${CSS.escape(chosenPlan)}"]`)?.dataset.area ?? ''
            : progress.area;
          const next = dashboardUrl({
            plan: chosenPlan,
            area: chosenArea,
            method: formData.get('method') === 'opensdg' ? 'opensdg' : 'unsd',
            approvedOnly: formData.get('approvedOnly') === 'true',
            objective: planChanged ? '' : options.objective,
          });
          event.preventDefault();
          if (location.hash !== next) location.hash = next;
        };
        form.addEventListener('change', apply);
        form.addEventListener('submit', apply);
      },
    };
  },
};
