// One indicator: what it measures, its progress at an area kept in the URL (#/indicators/SRB?area=37:
// a chart against the goals, the projection's status, the areas below ranked; for everyone), the targets
// every plan sets on it and, for a signed-in user, its values at that area.

import { ApiError, api } from '../api/client';
import type { Agency, AreaDetail, Direction, IndicatorProgress, IndicatorTarget, IndicatorValues, Ranking } from '../api/types';
import { targetGoalHtml } from '../format';
import { html, type SafeHtml } from '../html';
import { formatNumber, pick, t } from '../i18n';
import { href, returnPath, signInHref } from '../router';
import { getSession } from '../session';
import { agencyNames, backLink, errorMessage, factList, indexAgencies, type AgencyIndex } from './common';
import { DEFAULT_CHART_WIDTH, progressChartSvg, progressSectionHtml, type ProgressSectionState } from './chart';
import type { Page } from './page';
import { areaOptions, defaultArea, valuesSectionHtml } from './values';

function directionLabel(direction: Direction): string {
  return direction === 'lower' ? t('direction.lower') : t('direction.higher');
}

// The table stacks into one block per row on phones (see .stack-table in styles.css). The explicit
// roles keep it a table for screen readers when CSS changes its display; data-label names each cell.
function targetRow(target: IndicatorTarget, agencies: AgencyIndex): SafeHtml {
  return html`<tr role="row" data-target="${target.objective}.${target.number}" data-plan="${target.planCode}">
    <th role="rowheader" scope="row"><a class="plan-link" href="${href('plan', { code: target.planCode })}" data-plan="${target.planCode}">${pick(target.planTitleVi, target.planTitleEn)}</a></th>
    <td role="cell" data-label="${t('table.area')}">${pick(target.planAreaNameVi, target.planAreaNameEn)}</td>
    <td role="cell" data-label="${t('table.year')}" class="num">${target.year}</td>
    <td role="cell" data-label="${t('table.target')}" class="goal-cell">${targetGoalHtml(target)}</td>
    <td role="cell" data-label="${t('table.lead')}">${agencyNames(agencies, target.leadAgencies) || '—'}</td>
  </tr>`;
}

/** The values of an area, or the error that kept them away (a 401 ends the session: it is thrown on). */
async function loadValues(code: string, area: string, date?: string): Promise<{ values: IndicatorValues | null; error: unknown }> {
  try {
    return { values: await api.indicatorValues(code, area, date), error: null };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) throw error;
    return { values: null, error };
  }
}

interface ProgressData {
  progress: IndicatorProgress | null;
  ranking: Ranking | null;
  progressError: unknown;
  rankingError: unknown;
  area: AreaDetail | null;
}

/** A call whose failure shows inside the page (a 401 ends the session: it is thrown on). */
async function settle<T>(call: Promise<T>): Promise<{ value: T | null; error: unknown }> {
  try {
    return { value: await call, error: null };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) throw error;
    return { value: null, error };
  }
}

/** The progress, the ranking and the area's name (public: for everyone). */
async function loadProgress(code: string, area: string, date?: string): Promise<ProgressData> {
  const [progress, ranking, detail] = await Promise.all([
    settle(api.indicatorProgress(code, area, date)),
    settle(api.ranking(code, area)),
    settle(api.area(area)),
  ]);
  return { progress: progress.value, ranking: ranking.value, progressError: progress.error, rankingError: ranking.error, area: detail.value };
}

/** The chart box's width before the page is shown (main's padding 1 rem, 1.5 rem from 40 rem; the figure's 0.5 rem and border). */
function estimateChartWidth(): number {
  if (typeof document === 'undefined') return DEFAULT_CHART_WIDTH;
  const viewport = document.documentElement.clientWidth || window.innerWidth || 0;
  if (!viewport) return DEFAULT_CHART_WIDTH;
  const gap = viewport >= 640 ? 24 : 16;
  return Math.round(Math.min(viewport, 1024) - 2 * gap - 18);
}

/** Fits the chart to its box: the SVG is drawn for the box's width, so its text stays readable on a phone. */
let fitChart: (() => void) | null = null;
let resizeTimer: ReturnType<typeof setTimeout> | undefined;
if (typeof window !== 'undefined') {
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => fitChart?.(), 150);
  });
}

export const indicatorPage: Page = {
  // Another area is the same page: the area select keeps focus.
  sameViewKey: (route) => `indicator:${route.params.code}`,

  async load(route) {
    const code = route.params.code ?? '';
    const signedIn = getSession() !== null;
    const areaFromUrl = route.query.area;
    // The map the area code is read on (ISO date; default today: the new Ninh Bình for '37', its years before 1 July 2025 summed from its predecessors).
    const date = route.query.date && /^\d{4}-\d{2}-\d{2}$/.test(route.query.date) ? route.query.date : undefined;
    // With the area in the URL the values load alongside the indicator.
    const early = signedIn && areaFromUrl ? loadValues(code, areaFromUrl, date) : null;
    early?.catch(() => {}); // handled when awaited below; this only keeps it from counting as unhandled meanwhile
    const earlyProgress = areaFromUrl ? loadProgress(code, areaFromUrl, date) : null;
    earlyProgress?.catch(() => {}); // likewise
    const [indicator, agencyList] = await Promise.all([
      api.indicator(code),
      api.agencies().catch((): Agency[] => []),
    ]);
    const area = areaFromUrl ?? defaultArea(indicator);
    const [{ values, error }, progressData] = await Promise.all([
      signedIn ? (early ?? loadValues(code, area, date)) : Promise.resolve({ values: null, error: null }),
      earlyProgress ?? loadProgress(code, area, date),
    ]);
    const agencies = indexAgencies(agencyList);
    const name = () => pick(indicator.nameVi, indicator.nameEn);
    const signInLink = signInHref(returnPath(href('indicator', { code }, { area: areaFromUrl })));

    const unit = { unit: indicator.unit, unitVi: indicator.unitVi, unitEn: indicator.unitEn, decimals: indicator.decimals };
    let chartWidth = estimateChartWidth(); // drawn at once for the phone's width; fitted again on mount if the guess was off
    const areaName = (): string => {
      const known = areaOptions(indicator).find((option) => option.code === area)?.label;
      if (known) return known;
      if (progressData.area) return pick(progressData.area.nameVi, progressData.area.nameEn);
      if (values && values.area.code === area) return pick(values.area.nameVi, values.area.nameEn);
      return area;
    };
    const progressState = (): ProgressSectionState => {
      let choice: { code: string; label: string }[] | null = null;
      if (!signedIn) {
        choice = areaOptions(indicator);
        if (!choice.some((option) => option.code === area)) choice = [...choice, { code: area, label: areaName() }];
      }
      return {
        code: indicator.code,
        area,
        areaName: areaName(),
        unit,
        progress: progressData.progress,
        ranking: progressData.ranking,
        progressError: progressData.progressError ? errorMessage(progressData.progressError) : '',
        rankingError: progressData.rankingError ? errorMessage(progressData.rankingError) : '',
        areaChoice: choice,
        chartWidth,
      };
    };

    return {
      title: name,
      html: () => html`${backLink(href('indicators'), 'indicator.back')}
        <h1 tabindex="-1" id="indicator-title" data-indicator="${indicator.code}">${name()}</h1>
        ${factList([
          ['indicator.unit', pick(indicator.unitVi, indicator.unitEn)],
          ['indicator.direction', directionLabel(indicator.direction)],
          ['indicator.decimals', formatNumber(indicator.decimals, 0)],
          ['indicator.code', indicator.code],
        ])}
        ${progressSectionHtml(progressState())}
        <section aria-labelledby="indicator-targets-heading">
          <h2 id="indicator-targets-heading">${t('indicator.targets')}</h2>
          ${indicator.targets.length === 0
            ? html`<p class="empty">${t('indicator.noTargets')}</p>`
            : html`<table class="data-table stack-table" id="indicator-targets" role="table">
                <thead role="rowgroup"><tr role="row">
                  <th role="columnheader" scope="col">${t('table.plan')}</th>
                  <th role="columnheader" scope="col">${t('table.area')}</th>
                  <th role="columnheader" scope="col" class="num">${t('table.year')}</th>
                  <th role="columnheader" scope="col">${t('table.target')}</th>
                  <th role="columnheader" scope="col">${t('table.lead')}</th>
                </tr></thead>
                <tbody role="rowgroup">${indicator.targets.map((target) => targetRow(target, agencies))}</tbody>
              </table>`}
        </section>
        ${valuesSectionHtml({ signedIn, signInLink, area, options: areaOptions(indicator), values, error }, indicator)}`,
      mount: (root) => {
        const box = root.querySelector<HTMLElement>('#progress-chart-box');
        fitChart = box
          ? () => {
              if (!box.isConnected) return;
              const width = Math.round(box.clientWidth);
              if (!width || Math.abs(width - chartWidth) < 4) return;
              chartWidth = width;
              const svg = progressChartSvg(progressState(), width);
              if (svg) box.innerHTML = svg.value;
            }
          : null;
        fitChart?.();
        for (const id of ['#values-area-form', '#progress-area-form']) {
          const form = root.querySelector<HTMLFormElement>(id);
          if (!form) continue;
          const apply = () => {
            const chosen = String(new FormData(form).get('area') ?? '');
            const next = href('indicator', { code: indicator.code }, { area: chosen });
            if (location.hash !== next) location.hash = next;
          };
          form.addEventListener('change', apply);
          form.addEventListener('submit', (event) => {
            event.preventDefault();
            apply();
          });
        }
      },
      announce: () => (values ? t('values.shown', { area: pick(values.area.nameVi, values.area.nameEn) }) : name()),
    };
  },
};
