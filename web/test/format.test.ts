import { describe, expect, it } from 'vitest';
import type { Comparator, ReportingEvent } from '../src/api/types';
import {
  comparatorHtml,
  comparatorParts,
  formatCalendarEvent,
  formatDayMonth,
  formatPeriod,
  formatTargetText,
  formatValue,
} from '../src/format';

describe('comparators', () => {
  const cases: [Comparator, string, string, string][] = [
    ['>=', '≥', 'ít nhất', 'at least'],
    ['>', '>', 'trên', 'more than'],
    ['<=', '≤', 'không quá', 'at most'],
    ['<', '<', 'dưới', 'less than'],
    ['=', '=', 'bằng', 'equal to'],
  ];

  it.each(cases)('%s is shown as %s with words in both languages', (comparator, symbol, textVi, textEn) => {
    expect(comparatorParts(comparator, 'vi')).toEqual({ symbol, text: textVi });
    expect(comparatorParts(comparator, 'en')).toEqual({ symbol, text: textEn });
  });

  it('gives the symbol to the eye and the words to screen readers', () => {
    const out = comparatorHtml('<=', 'en').value;
    expect(out).toContain('<span aria-hidden="true">≤</span>');
    expect(out).toContain('<span class="sr-only">at most</span>');
    expect(out).toContain('title="at most"');
  });

  it('escapes the > and < symbols in HTML', () => {
    expect(comparatorHtml('>', 'en').value).toContain('<span aria-hidden="true">&gt;</span>');
    expect(comparatorHtml('<', 'en').value).toContain('<span aria-hidden="true">&lt;</span>');
  });
});

describe('target values', () => {
  const srb = { comparator: '<=' as const, value: 111, unit: 'boys_per_100_girls', unitVi: 'bé trai/100 bé gái', unitEn: 'boys per 100 girls' };

  it('shows comparator, value and unit in the current language', () => {
    expect(formatTargetText(srb, 'vi')).toBe('≤ 111 bé trai/100 bé gái');
    expect(formatTargetText(srb, 'en')).toBe('≤ 111 boys per 100 girls');
  });

  it('uses a decimal comma in Vietnamese', () => {
    const abr = { comparator: '<=' as const, value: 15.5, unit: 'per_1000_women_15_19', unitVi: 'ca sinh/1.000 phụ nữ', unitEn: 'births per 1,000 women' };
    expect(formatTargetText(abr, 'vi')).toBe('≤ 15,5 ca sinh/1.000 phụ nữ');
    expect(formatTargetText(abr, 'en')).toBe('≤ 15.5 births per 1,000 women');
  });

  it('writes percentages with a % sign', () => {
    expect(formatValue(60, 'percent', 'phần trăm', 'percent', 'vi')).toBe('60%');
    expect(formatTargetText({ comparator: '>=', value: 60, unit: 'percent', unitVi: '%', unitEn: '%' }, 'en')).toBe('≥ 60%');
  });

  it('shows yes/no values as words', () => {
    expect(formatValue(1, 'yes_no', 'có/không', 'yes/no', 'vi')).toBe('Có');
    expect(formatValue(1, 'yes_no', 'có/không', 'yes/no', 'en')).toBe('Yes');
    expect(formatValue(0, 'yes_no', 'có/không', 'yes/no', 'en')).toBe('No');
  });

  it('shows counts as bare numbers', () => {
    expect(formatValue(1, 'count', 'cơ sở', 'facilities', 'en')).toBe('1');
  });
});

describe('dates and periods', () => {
  it('formats yearly dates as dd/MM', () => {
    expect(formatDayMonth(5, 12)).toBe('05/12');
    expect(formatDayMonth(22, 3)).toBe('22/03');
  });

  it('formats deadlines and windows', () => {
    const deadline: ReportingEvent = { code: 'annual-report', kind: 'deadline', periodType: 'year', month: 12, day: 10, endMonth: null, endDay: null, nameVi: 'Báo cáo năm', nameEn: 'Annual report' };
    const window: ReportingEvent = { code: 'action-month', kind: 'window', periodType: null, month: 11, day: 15, endMonth: 12, endDay: 15, nameVi: 'Tháng hành động', nameEn: 'Action Month' };
    expect(formatCalendarEvent(deadline, 'vi')).toBe('Hạn 10/12 hằng năm');
    expect(formatCalendarEvent(deadline, 'en')).toBe('Due 10/12 every year');
    expect(formatCalendarEvent(window, 'vi')).toBe('Từ 15/11 đến 15/12 hằng năm');
    expect(formatCalendarEvent(window, 'en')).toBe('From 15/11 to 15/12 every year');
  });

  it('formats periods', () => {
    expect(formatPeriod(2021, 2025)).toBe('2021–2025');
    expect(formatPeriod(2018, 2018)).toBe('2018');
  });
});
