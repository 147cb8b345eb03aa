// The indicator page's "Progress" section: a hand-written, accessible SVG line chart of the yearly series
// by sex, the goals that apply at the area as labelled horizontal lines, the projection to the area's own
// goal as a dashed line, the projection's status, a visually hidden table of the same data, and the areas
// below ranked by how far behind they are. Pure (HTML strings); the chart's data is on data attributes:
//   svg#progress-chart  path[data-series="F|M|_T"][data-points="2016:115.4,2017:…"]
//                       line[data-goal][data-year][data-value][data-plan]
//                       path[data-projection][data-points="2025:109.9,2026:…"]

import type { Comparator, IndicatorProgress, ProgressStatus, Ranking, SexCode, ValuePoint, YearValue } from '../api/types';
import { comparatorHtml, comparatorParts, parsePeriodId } from '../format';
import { html, type SafeHtml } from '../html';
import { formatNumber, getLang, pick, t, type Lang } from '../i18n';
import { formatGoalValue, formatRatio, implausibleText, statusBadgeHtml } from '../progress';
import { href } from '../router';
import { SEX_ORDER, formatIndicatorValue, sexLabel } from './values';

export interface ChartSeries {
  sex: SexCode;
  points: YearValue[];
}

export interface ChartGoal {
  planCode: string;
  comparator: Comparator;
  value: number;
  year: number;
}

export interface ChartModel {
  series: ChartSeries[];
  goals: ChartGoal[];
  /** From the latest year to the target year; empty when nothing is projected. */
  projection: YearValue[];
  projectionStatus: ProgressStatus | null;
  /** The plan whose goal the projection aims at. */
  projectionPlan: string | null;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  yTicks: number[];
  /** The indicator's decimals (data attributes and labels round to them). */
  decimals: number;
  /** The indicator's unit code ('percent' puts a % on the goals' labels). */
  unit: string;
}

export type ChartUnit = { unit: string; unitVi: string; unitEn: string; decimals: number };

// ---- the model ---------------------------------------------------------------------------

/** Nice round tick values covering [min, max], about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) return [min];
  const span = max - min;
  const rough = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const first = Math.ceil(min / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = first; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toFixed(10)));
  return ticks;
}

/** A value rounded to the indicator's decimals, as the data attributes carry it ('115.4', '110'). */
export function roundTo(value: number, decimals: number): number {
  const digits = Math.min(Math.max(Math.trunc(decimals) || 0, 0), 10);
  // Through the decimal text ('112.55e1'), so that halves round up as people (and Intl) round them.
  const rounded = Number(`${Math.round(Number(`${value}e${digits}`))}e-${digits}`);
  return Number.isFinite(rounded) ? rounded : Number(value.toFixed(digits));
}

/** '2016:115.4,2017:114.2' (oldest first, values rounded to the indicator's decimals). */
export function pointsAttr(points: readonly YearValue[], decimals: number): string {
  return [...points]
    .sort((a, b) => a.year - b.year)
    .map((p) => `${p.year}:${roundTo(p.value, decimals)}`)
    .join(',');
}

/** The yearly points of one sex (half-years, quarters and months are left out; missing values too). */
export function yearlyPoints(series: readonly ValuePoint[], sex: SexCode): YearValue[] {
  const byYear = new Map<number, number>();
  for (const point of series) {
    if (point.sex !== sex || point.value === null || point.value === undefined || !Number.isFinite(point.value)) continue;
    const period = parsePeriodId(point.period);
    if (period?.kind === 'year') byYear.set(period.year, point.value);
  }
  return [...byYear].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year);
}

export function buildChartModel(progress: IndicatorProgress, decimals: number, unit = ''): ChartModel {
  const known = SEX_ORDER.filter((sex) => progress.series.some((p) => p.sex === sex));
  const series = known.map((sex) => ({ sex, points: yearlyPoints(progress.series, sex) })).filter((s) => s.points.length > 0);

  const seen = new Set<string>();
  const goals: ChartGoal[] = [];
  for (const goal of progress.goals ?? []) {
    const key = `${goal.planCode}|${goal.year}|${goal.comparator}|${goal.value}`;
    if (seen.has(key) || !Number.isFinite(goal.value)) continue;
    seen.add(key);
    goals.push({ planCode: goal.planCode, comparator: goal.comparator, value: goal.value, year: goal.year });
  }
  goals.sort((a, b) => a.year - b.year || a.value - b.value || a.planCode.localeCompare(b.planCode));

  const projection = (progress.projection?.points ?? []).filter((p) => Number.isFinite(p.value)).sort((a, b) => a.year - b.year);

  const years = [...series.flatMap((s) => s.points.map((p) => p.year)), ...goals.map((g) => g.year), ...projection.map((p) => p.year)];
  const values = [...series.flatMap((s) => s.points.map((p) => p.value)), ...goals.map((g) => g.value), ...projection.map((p) => p.value)];
  const xMin = years.length ? Math.min(...years) : new Date().getFullYear() - 1;
  let xMax = years.length ? Math.max(...years) : xMin + 1;
  if (xMax === xMin) xMax = xMin + 1;

  let low = values.length ? Math.min(...values) : 0;
  let high = values.length ? Math.max(...values) : 1;
  if (low === high) {
    const spread = Math.abs(low) * 0.1 || 1;
    low -= spread;
    high += spread;
  }
  const pad = (high - low) * 0.08;
  low -= pad;
  high += pad;
  if (low < 0 && Math.min(...values, 0) >= 0) low = 0;
  if (unit === 'percent') high = Math.min(high, 100);
  const ticks = niceTicks(low, high, 5);
  const yMin = Math.min(low, ticks[0] ?? low);
  const yMax = Math.max(high, ticks[ticks.length - 1] ?? high);

  return {
    series,
    goals,
    projection,
    projectionStatus: progress.projection?.status ?? null,
    projectionPlan: progress.projection?.planCode ?? null,
    xMin,
    xMax,
    yMin,
    yMax,
    yTicks: ticks,
    decimals,
    unit,
  };
}

// ---- drawing -----------------------------------------------------------------------------

/** How each sex is drawn: colour AND dash pattern AND marker shape (never colour alone). */
export const SERIES_STYLE: Record<SexCode, { dash: string; marker: 'diamond' | 'circle' | 'square' }> = {
  _T: { dash: '', marker: 'diamond' },
  F: { dash: '8 4', marker: 'circle' },
  M: { dash: '2 4', marker: 'square' },
};

const PROJECTION_DASH = '5 5';
const GOAL_DASH = '12 4 2 4';

export interface ChartSize {
  width: number;
  height: number;
}

/** The chart's size for a box width: phone first (about 360 px wide), never taller than 320. */
export function chartSize(width: number): ChartSize {
  const w = Math.max(280, Math.min(Math.round(width), 960));
  return { width: w, height: Math.round(Math.min(340, Math.max(240, w * 0.7))) };
}

export const DEFAULT_CHART_WIDTH = 340;

const MARGIN = { top: 14, right: 10, bottom: 28, left: 44 };
const r1 = (n: number) => Math.round(n * 10) / 10;

export function chartScales(model: ChartModel, size: ChartSize) {
  const plotW = size.width - MARGIN.left - MARGIN.right;
  const plotH = size.height - MARGIN.top - MARGIN.bottom;
  return {
    plotW,
    plotH,
    x: (year: number) => r1(MARGIN.left + ((year - model.xMin) / (model.xMax - model.xMin)) * plotW),
    y: (value: number) => r1(MARGIN.top + (1 - (value - model.yMin) / (model.yMax - model.yMin)) * plotH),
  };
}

/** The SVG path through some points: 'M44,120L70.2,118…'; a missing year breaks the line. */
export function linePath(points: readonly YearValue[], x: (year: number) => number, y: (value: number) => number): string {
  let d = '';
  let previous: number | null = null;
  for (const point of [...points].sort((a, b) => a.year - b.year)) {
    d += `${previous !== null && point.year === previous + 1 ? 'L' : 'M'}${x(point.year)},${y(point.value)}`;
    previous = point.year;
  }
  return d;
}

function marker(shape: 'diamond' | 'circle' | 'square', cx: number, cy: number, size = 3.5): SafeHtml {
  if (shape === 'circle') return html`<circle cx="${cx}" cy="${cy}" r="${size}"></circle>`;
  if (shape === 'square') return html`<rect x="${r1(cx - size)}" y="${r1(cy - size)}" width="${size * 2}" height="${size * 2}"></rect>`;
  const s = size + 1;
  return html`<path d="M${cx},${r1(cy - s)}L${r1(cx + s)},${cy}L${cx},${r1(cy + s)}L${r1(cx - s)},${cy}Z"></path>`;
}

/** A goal's label: '≤ 111 (2025, VN-2021-2030)'; goals with the same value and year share one label. */
export function goalLabel(goals: readonly ChartGoal[], unit = '', lang: Lang = getLang()): string {
  const first = goals[0];
  if (!first) return '';
  const { symbol } = comparatorParts(first.comparator, lang);
  const plans = [...new Set(goals.map((g) => g.planCode))].join(', ');
  return `${symbol} ${formatGoalValue(first.value, unit, lang)} (${first.year}, ${plans})`;
}

/** Goals grouped by comparator, value and year (one label per group). */
export function goalGroups(goals: readonly ChartGoal[]): ChartGoal[][] {
  const groups = new Map<string, ChartGoal[]>();
  for (const goal of goals) {
    const key = `${goal.comparator}|${goal.value}|${goal.year}`;
    groups.set(key, [...(groups.get(key) ?? []), goal]);
  }
  return [...groups.values()];
}

/** Moves labels apart vertically (at least `gap` between baselines) while keeping them inside [top, bottom]. */
export function spreadLabels(ys: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => Math.min(Math.max(o.y, top), bottom));
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  const overflow = (placed[placed.length - 1] ?? bottom) - bottom;
  if (overflow > 0) {
    for (let k = placed.length - 1; k >= 0; k--) {
      const limit = k === placed.length - 1 ? bottom : placed[k + 1]! - gap;
      placed[k] = Math.max(top, Math.min(placed[k]!, limit));
    }
  }
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = r1(placed[k]!)));
  return out;
}

export interface LabelSpot {
  /** 'end': right-aligned at the plot's right edge; 'start': left-aligned at its left edge. */
  anchor: 'start' | 'end';
  /** Above (-1) or below (+1) its line. */
  side: -1 | 1;
}

/**
 * Where a goal's label hides the fewest data points: right or left end of its line, above or below it.
 * `points` are the drawn points in SVG coordinates; the label's width is estimated from its length.
 */
export function labelSpot(lineY: number, textLength: number, points: readonly { x: number; y: number }[], left: number, right: number): LabelSpot {
  const width = textLength * 6.6 + 6;
  const candidates: LabelSpot[] = [
    { anchor: 'end', side: -1 },
    { anchor: 'start', side: -1 },
    { anchor: 'end', side: 1 },
    { anchor: 'start', side: 1 },
  ];
  let best = candidates[0]!;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const spot of candidates) {
    const x1 = spot.anchor === 'end' ? right - width : left;
    const x2 = spot.anchor === 'end' ? right : left + width;
    const y1 = spot.side < 0 ? lineY - 16 : lineY;
    const y2 = spot.side < 0 ? lineY : lineY + 16;
    const score = points.filter((p) => p.x >= x1 - 4 && p.x <= x2 + 4 && p.y >= y1 - 4 && p.y <= y2 + 4).length;
    if (score < bestScore) {
      best = spot;
      bestScore = score;
    }
  }
  return best;
}

/** The x axis's years: every year, or every 2nd, 5th or 10th so that labels do not touch. */
export function yearTicks(xMin: number, xMax: number, plotWidth: number): number[] {
  const span = xMax - xMin;
  const step = [1, 2, 5, 10, 20].find((s) => (span / s + 1) * 34 <= plotWidth) ?? 20;
  const ticks: number[] = [];
  for (let year = Math.ceil(xMin / step) * step; year <= xMax; year += step) ticks.push(year);
  if (step > 1 && ticks[0] !== xMin && ticks.length < 2) ticks.unshift(xMin);
  return ticks;
}

export interface ChartText {
  title: string;
  description: string;
  indicator: string;
  area: string;
}

/** The chart as an inline SVG sized for `width` (CSS scales it; text stays about 12 px). */
export function chartSvgHtml(model: ChartModel, text: ChartText, width = DEFAULT_CHART_WIDTH, lang: Lang = getLang()): SafeHtml {
  const size = chartSize(width);
  const { x, y, plotW } = chartScales(model, size);
  const left = MARGIN.left;
  const right = size.width - MARGIN.right;
  const bottom = size.height - MARGIN.bottom;
  const groups = goalGroups(model.goals);
  const drawn = [...model.series.flatMap((s) => s.points), ...model.projection].map((p) => ({ x: x(p.year), y: y(p.value) }));
  const labels = groups.map((group) => goalLabel(group, model.unit, lang));
  const spots = groups.map((group, i) => labelSpot(y(group[0]!.value), labels[i]!.length, drawn, left, right));
  const labelYs = spreadLabels(
    groups.map((group, i) => y(group[0]!.value) + (spots[i]!.side < 0 ? -4 : 13)),
    13,
    MARGIN.top + 9,
    bottom - 4,
  );
  const decimals = Math.min(model.decimals, 2);
  const projection = model.projection;
  const lastProjection = projection[projection.length - 1];

  return html`<svg id="progress-chart" class="progress-chart" viewBox="0 0 ${size.width} ${size.height}" width="${size.width}" height="${size.height}"
      role="img" aria-labelledby="progress-chart-title progress-chart-desc" focusable="false"
      data-indicator="${text.indicator}" data-area="${text.area}" data-x-min="${model.xMin}" data-x-max="${model.xMax}"${model.projectionStatus ? html` data-projection-status="${model.projectionStatus}"` : ''}>
    <title id="progress-chart-title">${text.title}</title>
    <desc id="progress-chart-desc">${text.description}</desc>
    <g class="chart-grid" aria-hidden="true">
      ${model.yTicks.map(
        (tick) => html`<line class="grid-line" x1="${left}" x2="${right}" y1="${y(tick)}" y2="${y(tick)}"></line>
          <text class="tick-label" x="${left - 6}" y="${y(tick)}" dy="0.32em" text-anchor="end">${formatNumber(tick, decimals, lang)}</text>`,
      )}
      <line class="axis-line" x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}"></line>
      ${yearTicks(model.xMin, model.xMax, plotW).map(
        (year) => html`<line class="axis-tick" x1="${x(year)}" x2="${x(year)}" y1="${bottom}" y2="${bottom + 4}"></line>
          <text class="tick-label" x="${x(year)}" y="${bottom + 16}" text-anchor="${x(year) + 15 > size.width ? 'end' : 'middle'}">${year}</text>`,
      )}
    </g>
    <g class="chart-goals">
      ${model.goals.map(
        (goal) => html`<line class="goal-line" data-goal="" data-year="${goal.year}" data-value="${goal.value}" data-plan="${goal.planCode}" data-comparator="${goal.comparator}"
          x1="${left}" x2="${right}" y1="${y(goal.value)}" y2="${y(goal.value)}" stroke-dasharray="${GOAL_DASH}"></line>`,
      )}
      ${groups.map(
        (group, i) => html`<text class="goal-label" data-goal-label="" data-year="${group[0]!.year}" data-value="${group[0]!.value}" x="${spots[i]!.anchor === 'end' ? right - 2 : left + 2}" y="${labelYs[i]}" text-anchor="${spots[i]!.anchor}">${labels[i]}</text>`,
      )}
    </g>
    <g class="chart-series">
      ${model.series.map((series) => {
        const style = SERIES_STYLE[series.sex];
        return html`<g class="series sex-${series.sex === '_T' ? 'T' : series.sex}">
          <path class="series-line" data-series="${series.sex}" data-points="${pointsAttr(series.points, model.decimals)}" d="${linePath(series.points, x, y)}"${style.dash ? html` stroke-dasharray="${style.dash}"` : ''}></path>
          <g class="series-markers">${series.points.map((p) => marker(style.marker, x(p.year), y(p.value)))}</g>
        </g>`;
      })}
    </g>
    ${projection.length >= 2
      ? html`<g class="chart-projection">
          <path class="projection-line" data-projection="" data-plan="${model.projectionPlan ?? ''}"${model.projectionStatus ? html` data-status="${model.projectionStatus}"` : ''} data-points="${pointsAttr(projection, model.decimals)}" d="${linePath(projection, x, y)}" stroke-dasharray="${PROJECTION_DASH}"></path>
          ${lastProjection ? html`<circle class="projection-end" cx="${x(lastProjection.year)}" cy="${y(lastProjection.value)}" r="4"></circle>` : ''}
        </g>`
      : ''}
  </svg>`;
}

/** A small sample of a line for the legend (the same colour, dash and marker as in the chart). */
function swatch(kind: string, dash: string, shape: 'diamond' | 'circle' | 'square' | 'hollow' | null): SafeHtml {
  return html`<svg class="legend-swatch ${kind}" viewBox="0 0 32 12" width="32" height="12" aria-hidden="true" focusable="false">
    <line x1="1" x2="31" y1="6" y2="6"${dash ? html` stroke-dasharray="${dash}"` : ''}></line>
    ${shape === 'hollow' ? html`<circle cx="16" cy="6" r="3.5"></circle>` : shape ? marker(shape, 16, 6, 3) : ''}
  </svg>`;
}

export function legendHtml(model: ChartModel): SafeHtml {
  return html`<ul class="chart-legend" id="progress-chart-legend" role="list">
    ${model.series.map(
      (series) => html`<li data-legend="${series.sex}">${swatch(`series sex-${series.sex === '_T' ? 'T' : series.sex}`, SERIES_STYLE[series.sex].dash, SERIES_STYLE[series.sex].marker)} ${sexLabel(series.sex)}</li>`,
    )}
    ${model.projection.length >= 2 ? html`<li data-legend="projection">${swatch('projection', PROJECTION_DASH, 'hollow')} ${t('chart.projection')}</li>` : ''}
    ${model.goals.length ? html`<li data-legend="goal">${swatch('goal', GOAL_DASH, null)} ${t('chart.goals')}</li>` : ''}
  </ul>`;
}

/** The same data as a table (visually hidden: the chart's text alternative). */
export function chartTableHtml(model: ChartModel, unit: ChartUnit, areaName: string): SafeHtml {
  const years = [...new Set([...model.series.flatMap((s) => s.points.map((p) => p.year)), ...model.projection.map((p) => p.year)])].sort((a, b) => a - b);
  const showProjection = model.projection.length >= 2;
  const cell = (value: number | undefined) => (value === undefined ? t('values.none') : formatIndicatorValue(value, unit));
  return html`<div class="sr-only" id="progress-chart-alt">
    <table id="progress-chart-table">
      <caption>${t('chart.tableCaption', { area: areaName })}</caption>
      <thead><tr><th scope="col">${t('table.year')}</th>${model.series.map((s) => html`<th scope="col">${sexLabel(s.sex)}</th>`)}${showProjection ? html`<th scope="col">${t('chart.projection')}</th>` : ''}</tr></thead>
      <tbody>${years.map(
        (year) => html`<tr data-year="${year}"><th scope="row">${year}</th>${model.series.map((s) => html`<td>${cell(s.points.find((p) => p.year === year)?.value)}</td>`)}${showProjection
          ? html`<td>${cell(model.projection.find((p) => p.year === year)?.value)}</td>`
          : ''}</tr>`,
      )}</tbody>
    </table>
    ${model.goals.length
      ? html`<p>${t('chart.goals')}:</p><ul>${goalGroups(model.goals).map((group) => html`<li>${goalLabel(group, model.unit)}</li>`)}</ul>`
      : ''}
  </div>`;
}

// ---- the section -------------------------------------------------------------------------

export interface ProgressSectionState {
  code: string;
  area: string;
  areaName: string;
  unit: ChartUnit;
  progress: IndicatorProgress | null;
  ranking: Ranking | null;
  /** Messages of failed calls (already in the current language), or ''. */
  progressError: string;
  rankingError: string;
  /** Signed out: the area is chosen here (signed in, the values section has the choice). */
  areaChoice: { code: string; label: string }[] | null;
  chartWidth?: number;
}

/** The projection's status: icon and words, against which goal, with the ratio. */
export function projectionStatusHtml(progress: IndicatorProgress, unit: ChartUnit): SafeHtml {
  const projection = progress.projection;
  if (!projection) return html`<p class="help" id="projection-none">${t('chart.noOwnGoal')}</p>`;
  const comparator: Comparator = progress.goals.find((g) => g.planCode === projection.planCode && g.year === projection.targetYear)?.comparator ?? '=';
  const goal = html`${comparatorHtml(comparator)} ${formatGoalValue(projection.targetValue, unit.unit)}`;
  const lastPoint = projection.points[projection.points.length - 1];
  return html`<div class="projection-status" id="projection-status" data-status="${projection.status}" data-plan="${projection.planCode}">
    <p>${statusBadgeHtml(projection.status)}${projection.ratio !== null && projection.ratio !== undefined ? html` <span class="pt-ratio">${formatRatio(projection.ratio)}</span>` : ''}</p>
    <p>${t('chart.againstGoal', { plan: projection.planCode, year: projection.targetYear })} ${goal}${projection.latest
      ? html`; ${t('chart.latest', { year: projection.latest.year })} ${formatIndicatorValue(projection.latest.value, unit)}`
      : ''}${lastPoint && projection.points.length >= 2
      ? html`; ${t('chart.projectedTo', { year: lastPoint.year })} ${formatIndicatorValue(lastPoint.value, unit)}`
      : ''}.</p>
    ${projection.implausible ? html`<p class="pt-implausible"><span aria-hidden="true">⚠\uFE0E</span> ${implausibleText(projection.implausibleReason)}</p>` : ''}
  </div>`;
}

export function rankingHtml(ranking: Ranking, unit: ChartUnit, code: string): SafeHtml {
  if (ranking.areas.length === 0) return html`<p class="empty" id="ranking-empty">${t('ranking.none')}</p>`;
  const goal = ranking.comparator && ranking.target !== null && ranking.target !== undefined
    ? html`${comparatorHtml(ranking.comparator)} ${formatGoalValue(ranking.target, unit.unit)} (${ranking.targetYear ?? ''})`
    : null;
  const valueHeader = ranking.year ? t('ranking.valueYear', { year: ranking.year }) : t('ranking.value');
  return html`${goal ? html`<p class="help" id="ranking-goal">${t('ranking.against')} ${goal}</p>` : html`<p class="help" id="ranking-goal">${t('ranking.noGoal')}</p>`}
    <table class="data-table stack-table ranking-table" id="ranking" role="table"${ranking.year ? html` data-year="${ranking.year}"` : ''}>
      <caption>${t('ranking.caption')}</caption>
      <thead role="rowgroup"><tr role="row">
        <th role="columnheader" scope="col">${t('table.area')}</th>
        <th role="columnheader" scope="col" class="num">${valueHeader}</th>
        <th role="columnheader" scope="col" class="num">${t('ranking.gap')}</th>
        <th role="columnheader" scope="col">${t('ranking.status')}</th>
      </tr></thead>
      <tbody role="rowgroup">${ranking.areas.map(
        (area) => html`<tr role="row" data-area="${area.code}" data-status="${area.status}">
          <th role="rowheader" scope="row"><a class="ranking-link" data-area="${area.code}" href="${href('indicator', { code }, { area: area.code })}">${pick(area.nameVi, area.nameEn)}</a></th>
          <td role="cell" class="num" data-label="${valueHeader}">${area.value === null || area.value === undefined ? html`<span aria-hidden="true">—</span><span class="sr-only">${t('values.none')}</span>` : formatIndicatorValue(area.value, unit)}</td>
          <td role="cell" class="num" data-label="${t('ranking.gap')}">${area.gap === null || area.gap === undefined ? html`<span aria-hidden="true">—</span><span class="sr-only">${t('values.none')}</span>` : formatNumber(roundTo(area.gap, unit.decimals), Math.max(0, unit.decimals))}</td>
          <td role="cell" data-label="${t('ranking.status')}">${statusBadgeHtml(area.status)}</td>
        </tr>`,
      )}</tbody>
    </table>`;
}

function chartText(state: ProgressSectionState): ChartText {
  return { title: t('chart.title', { area: state.areaName }), description: t('chart.description'), indicator: state.code, area: state.area };
}

/** Only the SVG, drawn for another width (the page fits the chart to its box, and again on resize). */
export function progressChartSvg(state: ProgressSectionState, width: number): SafeHtml | null {
  if (!state.progress) return null;
  return chartSvgHtml(buildChartModel(state.progress, state.unit.decimals, state.unit.unit), chartText(state), width);
}

export function progressSectionHtml(state: ProgressSectionState): SafeHtml {
  const { progress } = state;
  const model = progress ? buildChartModel(progress, state.unit.decimals, state.unit.unit) : null;
  const hasData = !!model && (model.series.length > 0 || model.projection.length > 0);
  return html`<section class="progress-chart-section" id="progress-section" aria-labelledby="progress-heading" data-area="${state.area}">
    <h2 id="progress-heading">${t('chart.heading')}</h2>
    ${state.areaChoice
      ? html`<form class="filters" id="progress-area-form">
          <div class="field">
            <label for="progress-area">${t('values.area')}</label>
            <select id="progress-area" name="area">
              ${state.areaChoice.map((o) => html`<option value="${o.code}"${o.code === state.area ? html` selected` : ''}>${o.label}</option>`)}
            </select>
          </div>
        </form>`
      : html`<p class="chart-area" id="progress-area-name">${t('chart.area', { area: state.areaName })}</p>`}
    ${progress?.approvedOnly ? html`<p class="help" id="progress-approved">${t('chart.approvedOnly')}</p>` : ''}
    ${state.progressError ? html`<p class="error inline-error" role="alert" id="progress-error">${state.progressError}</p>` : ''}
    ${progress && model
      ? html`${projectionStatusHtml(progress, state.unit)}
          ${hasData
            ? html`<figure class="chart-figure">
                <div class="chart-box" id="progress-chart-box">${chartSvgHtml(model, chartText(state), state.chartWidth)}</div>
                <figcaption>${legendHtml(model)}</figcaption>
              </figure>
              ${chartTableHtml(model, state.unit, state.areaName)}`
            : html`<p class="empty" id="progress-empty">${t('chart.noData')}</p>`}`
      : ''}
  </section>
  <section class="ranking-section" id="ranking-section" aria-labelledby="ranking-heading">
    <h2 id="ranking-heading">${t('ranking.heading')}</h2>
    ${state.rankingError ? html`<p class="error inline-error" role="alert" id="ranking-error">${state.rankingError}</p>` : ''}
    ${state.ranking ? rankingHtml(state.ranking, state.unit, state.code) : ''}
  </section>`;
}
