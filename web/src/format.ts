// Display rules for targets and dates, shared by the pages. Pure functions (no DOM).

import type { Comparator, ReportingEvent, Target } from './api/types';
import { formatNumber, getLang, t, type Lang, type MessageKey } from './i18n';
import { html, type SafeHtml } from './html';

const COMPARATORS: Record<Comparator, { symbol: string; key: MessageKey }> = {
  '>=': { symbol: '≥', key: 'cmp.gte' },
  '>': { symbol: '>', key: 'cmp.gt' },
  '<=': { symbol: '≤', key: 'cmp.lte' },
  '<': { symbol: '<', key: 'cmp.lt' },
  '=': { symbol: '=', key: 'cmp.eq' },
};

/** The math symbol of a comparator and its words in the given language ('<=' → '≤', 'at most'). */
export function comparatorParts(comparator: Comparator, lang: Lang = getLang()): { symbol: string; text: string } {
  const entry = COMPARATORS[comparator] ?? { symbol: comparator, key: 'cmp.eq' };
  return { symbol: entry.symbol, text: t(entry.key, undefined, lang) };
}

/** The comparator as a symbol for the eye, with its words for screen readers and as a tooltip. */
export function comparatorHtml(comparator: Comparator, lang: Lang = getLang()): SafeHtml {
  const { symbol, text } = comparatorParts(comparator, lang);
  return html`<span class="cmp" title="${text}"><span aria-hidden="true">${symbol}</span><span class="sr-only">${text}</span></span>`;
}

/** A target's value with its unit, as text: '111 bé trai/100 bé gái', '60%', 'Có'. */
export function formatValue(
  value: number,
  unit: string,
  unitVi: string,
  unitEn: string,
  lang: Lang = getLang(),
): string {
  if (unit === 'yes_no') return t(value ? 'value.yes' : 'value.no', undefined, lang);
  const number = formatNumber(value, 3, lang);
  if (unit === 'percent') return `${number}%`;
  if (unit === 'count') return number;
  const unitName = lang === 'vi' ? unitVi || unitEn : unitEn || unitVi;
  return unitName ? `${number} ${unitName}` : number;
}

/** Comparator + value + unit, e.g. '≤ 111 boys per 100 girls' (plain text, for titles and tests). */
export function formatTargetText(target: Pick<Target, 'comparator' | 'value' | 'unit' | 'unitVi' | 'unitEn'>, lang: Lang = getLang()): string {
  const { symbol } = comparatorParts(target.comparator, lang);
  return `${symbol} ${formatValue(target.value, target.unit, target.unitVi, target.unitEn, lang)}`;
}

/** Comparator + value + unit as HTML, with the comparator's text alternative. */
export function targetGoalHtml(target: Pick<Target, 'comparator' | 'value' | 'unit' | 'unitVi' | 'unitEn'>, lang: Lang = getLang()): SafeHtml {
  return html`<span class="goal">${comparatorHtml(target.comparator, lang)} <span class="goal-value">${formatValue(target.value, target.unit, target.unitVi, target.unitEn, lang)}</span></span>`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A yearly date as dd/MM. */
export function formatDayMonth(day: number, month: number): string {
  return `${pad2(day)}/${pad2(month)}`;
}

/** A reporting-calendar entry's timing: 'Due 10/12 every year' or 'From 15/11 to 15/12 every year'. */
export function formatCalendarEvent(event: ReportingEvent, lang: Lang = getLang()): string {
  const start = formatDayMonth(event.day, event.month);
  if (event.kind === 'window' && event.endMonth && event.endDay) {
    return t('calendar.window', { start, end: formatDayMonth(event.endDay, event.endMonth) }, lang);
  }
  return t('calendar.deadline', { date: start }, lang);
}

/** A plan period: '2021–2025', or '2018' for a single year. */
export function formatPeriod(startYear: number, endYear: number): string {
  return startYear === endYear ? String(startYear) : `${startYear}–${endYear}`;
}
