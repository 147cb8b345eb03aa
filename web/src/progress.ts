// Progress statuses as people see them (an icon AND words, the same everywhere: never colour alone),
// the "furthest behind first" order, and the tiny sparklines of the dashboard. Pure functions (no DOM).

import type { ProgressStatus, StatusCounts, TargetProgress, YearValue } from './api/types';
import { html, type SafeHtml } from './html';
import { formatNumber, getLang, t, type Lang, type MessageKey } from './i18n';

/** Every status, in the order the counts are shown (best first). */
export const STATUSES: readonly ProgressStatus[] = [
  'achieved',
  'on_track',
  'acceleration_needed',
  'limited_progress',
  'regressing',
  'not_achieved',
  'insufficient_data',
  'no_data',
  'implausible',
];

/** Furthest behind first: the order of the dashboard's targets. */
export const BEHIND_FIRST: readonly ProgressStatus[] = [
  'implausible',
  'regressing',
  'limited_progress',
  'acceleration_needed',
  'not_achieved',
  'insufficient_data',
  'no_data',
  'on_track',
  'achieved',
];

interface StatusMeta {
  /** A text symbol (with U+FE0E: text, not emoji, presentation). */
  icon: string;
  label: MessageKey;
}

const META: Record<ProgressStatus, StatusMeta> = {
  achieved: { icon: '✓', label: 'status.achieved' },
  on_track: { icon: '↗\uFE0E', label: 'status.on_track' },
  acceleration_needed: { icon: '⚠\uFE0E', label: 'status.acceleration_needed' },
  limited_progress: { icon: '→\uFE0E', label: 'status.limited_progress' },
  regressing: { icon: '↘\uFE0E', label: 'status.regressing' },
  insufficient_data: { icon: '?', label: 'status.insufficient_data' },
  no_data: { icon: '?', label: 'status.no_data' },
  not_achieved: { icon: '✗', label: 'status.not_achieved' },
  implausible: { icon: '!', label: 'status.implausible' },
};

/** Why a value is implausible, in the reader's language (the API writes "Vietnamese / English"), or the general warning. */
export function implausibleText(reason: string | null | undefined, lang: Lang = getLang()): string {
  const parts = (reason ?? '').split(' / ');
  return parts.length === 2 ? parts[lang === 'vi' ? 0 : 1] : t('dashboard.implausible', undefined, lang);
}

export function isStatus(value: unknown): value is ProgressStatus {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(META, value);
}

/** The status's symbol ('✓', '↗', '⚠', '→', '↘', '?', '✗'), without the presentation selector. */
export function statusIcon(status: ProgressStatus | string): string {
  return (isStatus(status) ? META[status].icon : '?').replace('\uFE0E', '');
}

/** The status in words ('Cần tăng tốc' / 'Acceleration needed'); an unknown status as it came. */
export function statusLabel(status: ProgressStatus | string, lang: Lang = getLang()): string {
  return isStatus(status) ? t(META[status].label, undefined, lang) : String(status);
}

/** A status badge: its icon (hidden from screen readers) and its words; the colour only repeats them. */
export function statusBadgeHtml(status: ProgressStatus | string, lang: Lang = getLang()): SafeHtml {
  const known = isStatus(status) ? status : 'no_data';
  return html`<span class="status-badge progress-status status-${known}" data-status="${status}"><span class="status-icon" aria-hidden="true">${META[known].icon}</span> <span class="status-label">${statusLabel(status, lang)}</span></span>`;
}

/** How far behind a status is: 0 = furthest behind. */
export function behindRank(status: ProgressStatus | string): number {
  const rank = BEHIND_FIRST.indexOf(status as ProgressStatus);
  return rank < 0 ? BEHIND_FIRST.length : rank;
}

/**
 * Target numbers as the plans write them: '2' < '2a' < '2b' < '10' (the number, then what follows it).
 * By hand: an Intl.Collator would load ICU data on the way to the dashboard's first screen.
 */
export function compareTargetNumbers(a: string, b: string): number {
  const pa = /^(\d*)(.*)$/.exec(a)!;
  const pb = /^(\d*)(.*)$/.exec(b)!;
  const na = pa[1] ? Number(pa[1]) : Number.POSITIVE_INFINITY;
  const nb = pb[1] ? Number(pb[1]) : Number.POSITIVE_INFINITY;
  if (na !== nb) return na < nb ? -1 : 1;
  const ra = pa[2]!;
  const rb = pb[2]!;
  return ra === rb ? 0 : ra < rb ? -1 : 1;
}

/** Targets furthest behind first: by status (BEHIND_FIRST), then by ratio ascending (none last), then in the plan's order. */
export function compareBehind(a: TargetProgress, b: TargetProgress): number {
  const byStatus = behindRank(a.status) - behindRank(b.status);
  if (byStatus) return byStatus;
  const ra = a.ratio ?? Number.POSITIVE_INFINITY;
  const rb = b.ratio ?? Number.POSITIVE_INFINITY;
  if (ra !== rb) return ra < rb ? -1 : 1;
  return comparePlanOrder(a, b);
}

export function sortBehindFirst(targets: readonly TargetProgress[]): TargetProgress[] {
  return [...targets].sort(compareBehind);
}

/** The plan's own order: objective, then target number ('2a' before '2b' before '10'). */
export function comparePlanOrder(a: Pick<TargetProgress, 'objective' | 'number'>, b: Pick<TargetProgress, 'objective' | 'number'>): number {
  return a.objective - b.objective || compareTargetNumbers(a.number, b.number);
}

/** A count for every status (the API's counts are a map from status name to count that may leave some out). */
export type CountsByStatus = Record<ProgressStatus, number>;

/** All statuses with a count (missing ones 0), e.g. to total them. */
export function normaliseCounts(counts: Partial<StatusCounts> | null | undefined): CountsByStatus {
  const out = {} as CountsByStatus;
  for (const status of STATUSES) out[status] = Number(counts?.[status] ?? 0) || 0;
  return out;
}

export function totalCount(counts: Partial<StatusCounts> | null | undefined): number {
  const all = normaliseCounts(counts);
  return STATUSES.reduce((sum, status) => sum + all[status], 0);
}

/** A goal's value as the plans write it: no padded decimals ('111', '15,5', '60%', 'Có'). */
export function formatGoalValue(value: number, unit: string, lang: Lang = getLang()): string {
  if (unit === 'yes_no') return t(value ? 'value.yes' : 'value.no', undefined, lang);
  const number = formatNumber(value, 3, lang);
  return unit === 'percent' ? `${number}%` : number;
}

/** A ratio for people: 'r = 0,89' (two decimals). */
export function formatRatio(ratio: number, lang: Lang = getLang()): string {
  return `r = ${formatNumber(Math.round(ratio * 100) / 100, 2, lang)}`;
}

// ---- sparklines --------------------------------------------------------------------------

export interface SparkBox {
  width: number;
  height: number;
  /** Space kept free on every side (for the stroke and the end dot). */
  pad: number;
}

export const SPARK_BOX: SparkBox = { width: 96, height: 32, pad: 3 };

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The value range a sparkline shows: the series and, if given, the target (never a zero-height range). */
export function sparkDomain(series: readonly YearValue[], target?: number | null): { min: number; max: number } {
  const values = series.map((p) => p.value).filter((v) => Number.isFinite(v));
  if (target !== null && target !== undefined && Number.isFinite(target)) values.push(target);
  if (values.length === 0) return { min: 0, max: 1 };
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) {
    const spread = Math.abs(min) * 0.05 || 1;
    min -= spread;
    max += spread;
  }
  return { min, max };
}

/** Maps a year and a value to the box (y grows downwards). */
export function sparkScale(series: readonly YearValue[], box: SparkBox, domain: { min: number; max: number }) {
  const years = series.map((p) => p.year);
  const first = years.length ? Math.min(...years) : 0;
  const last = years.length ? Math.max(...years) : 0;
  const innerW = box.width - 2 * box.pad;
  const innerH = box.height - 2 * box.pad;
  return {
    x: (year: number) => round1(box.pad + (last === first ? innerW / 2 : ((year - first) / (last - first)) * innerW)),
    y: (value: number) => round1(box.pad + (1 - (value - domain.min) / (domain.max - domain.min)) * innerH),
  };
}

/**
 * The SVG path of a yearly series: 'M3,29L12.3,20.1…', oldest year first. A missing year breaks the
 * line (the next point starts a new 'M'); one point alone is a move only (draw a dot for it).
 */
export function sparklinePath(series: readonly YearValue[], box: SparkBox = SPARK_BOX, domain = sparkDomain(series)): string {
  const points = [...series].filter((p) => Number.isFinite(p.value)).sort((a, b) => a.year - b.year);
  if (points.length === 0) return '';
  const scale = sparkScale(points, box, domain);
  let d = '';
  let previousYear: number | null = null;
  for (const point of points) {
    const command = previousYear !== null && point.year === previousYear + 1 ? 'L' : 'M';
    d += `${command}${scale.x(point.year)},${scale.y(point.value)}`;
    previousYear = point.year;
  }
  return d;
}

/**
 * A tiny inline SVG of a target's series with its target as a dashed line and the latest value as a dot.
 * It has a text alternative (role=img): the first and latest values and the target.
 */
export function sparklineSvg(target: Pick<TargetProgress, 'series' | 'value' | 'status'>, label: string, box: SparkBox = SPARK_BOX): SafeHtml {
  const points = [...target.series].filter((p) => Number.isFinite(p.value)).sort((a, b) => a.year - b.year);
  if (points.length === 0) return html``;
  const domain = sparkDomain(points, target.value);
  const scale = sparkScale(points, box, domain);
  const last = points[points.length - 1]!;
  const goalY = scale.y(target.value);
  return html`<svg class="sparkline status-${target.status}" viewBox="0 0 ${box.width} ${box.height}" width="${box.width}" height="${box.height}" role="img" aria-label="${label}" focusable="false">
    <line class="spark-goal" x1="0" x2="${box.width}" y1="${goalY}" y2="${goalY}"></line>
    <path class="spark-line" d="${sparklinePath(points, box, domain)}"></path>
    <circle class="spark-dot" cx="${scale.x(last.year)}" cy="${scale.y(last.value)}" r="2.5"></circle>
  </svg>`;
}
