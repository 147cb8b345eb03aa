// The annual report, ready to print (#/report?plan=NB-2021-2025&area=37): one row per target with its
// number, text and indicator, lead agencies, baseline, the value of every plan year, the target and the
// status, plus links to the API's CSV and Excel files. Print CSS (report.css, styles.css) leaves out the
// header, nav and buttons. Loaded on first use (its own chunk and stylesheet).

import './report.css';
import { ApiError, api, reportFileUrl } from '../api/client';
import type { PlanDetail, PlanProgress, ProgressMethod, Target, TargetProgress, YearValue } from '../api/types';
import { comparatorHtml, formatInstant, formatPeriod } from '../format';
import { html, type SafeHtml } from '../html';
import { pick, t } from '../i18n';
import { comparePlanOrder, formatGoalValue, normaliseCounts, statusBadgeHtml } from '../progress';
import { DEFAULT_DASHBOARD, href } from '../router';
import { getSession } from '../session';
import { countsSentence, progressValue } from './dashboard';
import type { Page } from './page';

export interface ReportRow {
  /** '4.1' */
  id: string;
  target: TargetProgress;
  textVi: string;
  textEn: string;
  /** Lead agencies' names in both languages (codes when unknown). */
  lead: { vi: string; en: string }[];
  baseline: YearValue | null;
  /** The value of each year shown (null: none). */
  values: Record<number, number | null>;
}

export interface ReportTable {
  years: number[];
  rows: ReportRow[];
}

/** The years of the report's columns: the plan's period, else the years the series cover. */
export function reportYears(progress: PlanProgress, plan: Pick<PlanDetail, 'startYear' | 'endYear'> | null): number[] {
  if (plan && plan.endYear >= plan.startYear && plan.endYear - plan.startYear < 30) {
    return Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i);
  }
  const years = [...new Set(progress.targets.flatMap((target) => target.series.map((p) => p.year)))].sort((a, b) => a - b);
  return years.slice(-10);
}

/** One row per target, in the plan's order (objective, then number). */
export function buildReport(progress: PlanProgress, plan: PlanDetail | null): ReportTable {
  const years = reportYears(progress, plan);
  const planTargets = new Map<string, Target>();
  for (const objective of plan?.objectives ?? []) {
    for (const target of objective.targets ?? []) planTargets.set(`${target.objective}.${target.number}`, target);
  }
  const agencies = new Map(progress.agencies.map((agency) => [agency.key, { vi: agency.nameVi || agency.key, en: agency.nameEn || agency.key }]));
  const rows = [...progress.targets].sort(comparePlanOrder).map((target): ReportRow => {
    const id = `${target.objective}.${target.number}`;
    const text = planTargets.get(id);
    const values: Record<number, number | null> = {};
    for (const year of years) values[year] = target.series.find((p) => p.year === year)?.value ?? null;
    return {
      id,
      target,
      textVi: text?.textVi || target.indicatorNameVi,
      textEn: text?.textEn || target.indicatorNameEn,
      lead: target.leadAgencies.map((code) => agencies.get(code) ?? { vi: code, en: code }),
      baseline: target.baseline ?? null,
      values,
    };
  });
  return { years, rows };
}

function valueCell(value: number | null | undefined, target: TargetProgress, year: number | null, label: string): SafeHtml {
  const missing = value === null || value === undefined;
  return html`<td class="num${missing ? ' no-value' : ''}"${year !== null ? html` data-year="${year}"` : ''} data-label="${label}">${missing
    ? html`<span aria-hidden="true">—</span><span class="sr-only">${t('values.none')}</span>`
    : progressValue(value, target)}</td>`;
}

export function reportTableHtml(table: ReportTable): SafeHtml {
  return html`<div class="table-scroll" role="region" aria-labelledby="report-caption" tabindex="0">
    <table class="data-table report-print-table" id="report-table">
      <caption id="report-caption">${t('report.caption')}</caption>
      <thead><tr>
        <th scope="col">${t('report.number')}</th>
        <th scope="col">${t('report.target')}</th>
        <th scope="col">${t('table.lead')}</th>
        <th scope="col" class="num">${t('report.baseline')}</th>
        ${table.years.map((year) => html`<th scope="col" class="num" data-year="${year}">${year}</th>`)}
        <th scope="col">${t('report.goal')}</th>
        <th scope="col">${t('report.status')}</th>
      </tr></thead>
      <tbody>${table.rows.map(
        (row) => html`<tr data-target="${row.id}" data-status="${row.target.status}" data-indicator="${row.target.indicatorCode}">
          <th scope="row" class="report-number">${row.id}</th>
          <td class="report-text"><span class="report-target-text">${pick(row.textVi, row.textEn)}</span>
            <span class="report-indicator">${pick(row.target.indicatorNameVi, row.target.indicatorNameEn)}${row.target.unit !== 'percent' && row.target.unit !== 'yes_no' && row.target.unit !== 'count'
              ? html` (${pick(row.target.unitVi, row.target.unitEn)})`
              : ''}</span></td>
          <td class="report-lead">${row.lead.map((agency) => pick(agency.vi, agency.en)).join(', ') || '—'}</td>
          <td class="num report-baseline" data-label="${t('report.baseline')}">${row.baseline
            ? html`${progressValue(row.baseline.value, row.target)} <span class="report-year">(${row.baseline.year})</span>`
            : html`<span aria-hidden="true">—</span><span class="sr-only">${t('values.none')}</span>`}</td>
          ${Object.keys(row.values).map(Number).sort((a, b) => a - b).map((year) => valueCell(row.values[year], row.target, year, String(year)))}
          <td class="report-goal">${comparatorHtml(row.target.comparator)} ${formatGoalValue(row.target.value, row.target.unit)} <span class="report-year">(${row.target.year})</span></td>
          <td class="report-status">${statusBadgeHtml(row.target.status)}</td>
        </tr>`,
      )}</tbody>
    </table>
  </div>`;
}

function methodName(method: ProgressMethod): string {
  return method === 'opensdg' ? t('dashboard.methodOpenSdg') : t('dashboard.methodUnsd');
}

export const reportPage: Page = {
  async load(route) {
    const code = route.query.plan || DEFAULT_DASHBOARD.plan;
    const areaQuery = route.query.area || (route.query.plan ? '' : DEFAULT_DASHBOARD.area);
    const method: ProgressMethod = route.query.method === 'opensdg' ? 'opensdg' : 'unsd';
    const approvedOnly = getSession() !== null && route.query.approvedOnly === 'true';
    const [progress, plan] = await Promise.all([
      api.planProgress(code, { area: areaQuery || undefined, method, approvedOnly }),
      api.plan(code).catch((error: unknown): PlanDetail | null => {
        if (error instanceof ApiError && error.status === 401) throw error;
        return null;
      }),
    ]);
    let area: { vi: string; en: string } | null = plan && plan.areaCode === progress.area ? { vi: plan.areaNameVi, en: plan.areaNameEn } : null;
    if (!area) {
      area = await api.area(progress.area).then(
        (detail) => ({ vi: detail.nameVi, en: detail.nameEn }),
        () => null,
      );
    }
    const table = buildReport(progress, plan);
    const generatedAt = formatInstant(new Date().toISOString());
    const planTitle = () => (plan ? pick(plan.titleVi, plan.titleEn) : progress.plan);
    const title = () => t('report.title');

    return {
      title,
      html: () => html`<div class="report-page" id="report" data-plan="${progress.plan}" data-area="${progress.area}" data-method="${progress.method}">
        <p class="back report-actions"><a href="${href('dashboard', {}, { plan: progress.plan, area: progress.area, method: method === 'opensdg' ? 'opensdg' : undefined })}"><span aria-hidden="true">←</span>${t('report.back')}</a></p>
        <h1 tabindex="-1" id="report-title">${t('report.title')}</h1>
        <p class="report-plan" id="report-plan">${planTitle()}</p>
        <dl class="facts report-facts">
          <div class="fact"><dt>${t('table.area')}</dt><dd>${area ? pick(area.vi, area.en) : progress.area}</dd></div>
          ${plan ? html`<div class="fact"><dt>${t('plan.period')}</dt><dd>${formatPeriod(plan.startYear, plan.endYear)}</dd></div>` : ''}
          <div class="fact"><dt>${t('dashboard.method')}</dt><dd>${methodName(progress.method)}</dd></div>
          <div class="fact"><dt>${t('report.data')}</dt><dd>${progress.approvedOnly ? t('report.approvedOnly') : t('report.allValues')}</dd></div>
          <div class="fact"><dt>${t('report.generated')}</dt><dd id="report-generated">${generatedAt}</dd></div>
        </dl>
        <p class="report-summary" id="report-summary">${countsSentence(normaliseCounts(progress.counts))}</p>
        <div class="report-actions actions" id="report-actions">
          <button type="button" class="button primary" id="print-button">${t('report.print')}</button>
          <a class="button" id="report-csv" href="${reportFileUrl(progress.plan, progress.area, 'csv')}" download>${t('report.csv')}</a>
          <a class="button" id="report-xlsx" href="${reportFileUrl(progress.plan, progress.area, 'xlsx')}" download>${t('report.xlsx')}</a>
        </div>
        ${table.rows.length === 0 ? html`<p class="empty" id="report-empty">${t('dashboard.noTargets')}</p>` : reportTableHtml(table)}
      </div>`,
      mount: (root) => {
        root.querySelector('#print-button')?.addEventListener('click', () => window.print());
      },
    };
  },
};
