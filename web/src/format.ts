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

/** A 'yyyy-MM-dd' date as dd/MM/yyyy ('2025-12-10' → '10/12/2025'); anything else as it is. */
export function formatIsoDate(date: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : String(date ?? '');
}

/** A plan period: '2021–2025', or '2018' for a single year. */
export function formatPeriod(startYear: number, endYear: number): string {
  return startYear === endYear ? String(startYear) : `${startYear}–${endYear}`;
}

// ---- instants ----------------------------------------------------------------------------

/** Viet Nam's time zone: every date and time the app shows is in it, whatever the device's zone. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

let instantFormat: Intl.DateTimeFormat | null = null;

/** An ISO instant as dd/MM/yyyy HH:mm in Viet Nam's time ('2026-11-22T17:30:00Z' → '23/11/2026 00:30'). */
export function formatInstant(iso: string): string {
  const ms = Date.parse(String(iso).replace(/(\.\d{3})\d+/, '$1'));
  if (Number.isNaN(ms)) return String(iso ?? '');
  instantFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts: Record<string, string> = {};
  for (const part of instantFormat.formatToParts(ms)) parts[part.type] = part.value;
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

let dayFormat: Intl.DateTimeFormat | null = null;

/** Viet Nam's calendar day at `now` as 'yyyy-MM-dd' (whatever the device's time zone). */
export function todayInVietNam(now: number = Date.now()): string {
  dayFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts: Record<string, string> = {};
  for (const part of dayFormat.formatToParts(now)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}`;
}

// ---- periods (DHIS2 ids: 2024, 2024S1, 2024Q3, 202405) -----------------------------------

export interface PeriodSpan {
  year: number;
  /** First and last month, 1–12. */
  start: number;
  end: number;
  kind: 'year' | 'half' | 'quarter' | 'month';
  /** Half, quarter or month number (1 for a year). */
  index: number;
}

export function parsePeriodId(id: string): PeriodSpan | null {
  let m = /^(\d{4})$/.exec(id);
  if (m) return { year: +m[1]!, start: 1, end: 12, kind: 'year', index: 1 };
  m = /^(\d{4})S([12])$/.exec(id);
  if (m) return { year: +m[1]!, start: +m[2]! * 6 - 5, end: +m[2]! * 6, kind: 'half', index: +m[2]! };
  m = /^(\d{4})Q([1-4])$/.exec(id);
  if (m) return { year: +m[1]!, start: +m[2]! * 3 - 2, end: +m[2]! * 3, kind: 'quarter', index: +m[2]! };
  m = /^(\d{4})(0[1-9]|1[0-2])$/.exec(id);
  if (m) return { year: +m[1]!, start: +m[2]!, end: +m[2]!, kind: 'month', index: +m[2]! };
  return null;
}

/** Orders periods by when they end, then by when they start (a year before its last month); unknown ids last. */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriodId(a);
  const pb = parsePeriodId(b);
  if (!pa || !pb) return (pa ? -1 : pb ? 1 : 0) || a.localeCompare(b);
  const end = (p: PeriodSpan) => p.year * 12 + p.end;
  const start = (p: PeriodSpan) => p.year * 12 + p.start;
  return end(pa) - end(pb) || start(pa) - start(pb);
}

/** A period id for people: '2024', '6 tháng đầu năm 2024' / 'H1 2024', 'Quý 3/2024' / 'Q3 2024', '05/2024'. */
export function formatPeriodId(id: string, lang: Lang = getLang()): string {
  const p = parsePeriodId(id);
  if (!p) return id;
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'half':
      return t(p.index === 1 ? 'period.h1' : 'period.h2', { year: p.year }, lang);
    case 'quarter':
      return t('period.quarter', { quarter: p.index, year: p.year }, lang);
    default:
      return `${pad2(p.index)}/${p.year}`;
  }
}
