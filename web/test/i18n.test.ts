import { describe, expect, it } from 'vitest';
import vi from '../src/i18n/vi.json';
import en from '../src/i18n/en.json';
import { formatNumber, interpolate, pick, t, tCount } from '../src/i18n';

describe('i18n messages', () => {
  it('vi.json and en.json have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('no message is empty', () => {
    for (const [key, value] of [...Object.entries(vi), ...Object.entries(en)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('both languages use the same placeholders for each key', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
  });

  it('the language switch names the other language', () => {
    expect(vi['lang.switch']).toBe('English');
    expect(en['lang.switch']).toBe('Tiếng Việt');
  });
});

describe('i18n helpers', () => {
  it('interpolates placeholders and leaves unknown ones', () => {
    expect(interpolate('{a} of {b} {c}', { a: 1, b: 'two' })).toBe('1 of two {c}');
  });

  it('translates in the asked language', () => {
    expect(t('nav.plans', undefined, 'vi')).toBe('Kế hoạch');
    expect(t('nav.plans', undefined, 'en')).toBe('Plans');
    expect(t('plan.shown', { count: 3, total: 23 }, 'en')).toBe('Showing 3 of 23 targets.');
  });

  it('picks the current language of a bilingual field, falling back to the other', () => {
    expect(pick('Ninh Bình', 'Ninh Binh', 'vi')).toBe('Ninh Bình');
    expect(pick('Ninh Bình', 'Ninh Binh', 'en')).toBe('Ninh Binh');
    expect(pick('Chỉ tiếng Việt', '', 'en')).toBe('Chỉ tiếng Việt');
    expect(pick(null, undefined, 'en')).toBe('');
  });

  it('formats numbers per language (vi-VN uses a decimal comma)', () => {
    expect(formatNumber(15.5, 3, 'vi')).toBe('15,5');
    expect(formatNumber(15.5, 3, 'en')).toBe('15.5');
    expect(formatNumber(100000, 0, 'vi')).toBe('100.000');
    expect(formatNumber(100000, 0, 'en')).toBe('100,000');
  });

  it('counts with plural forms', () => {
    expect(tCount('plans.targetCount', 1, 'en')).toBe('1 target');
    expect(tCount('plans.targetCount', 23, 'en')).toBe('23 targets');
    expect(tCount('plans.targetCount', 1, 'vi')).toBe('1 chỉ tiêu');
  });
});

describe('numbers without Intl (the first Intl.NumberFormat loads ICU data: a long task on a phone)', () => {
  it('writes numbers exactly as Intl.NumberFormat does for vi-VN and en-GB', async () => {
    const { formatFixedNumber } = await import('../src/i18n');
    const values = [0, -0, 1, -1, 0.5, 1.005, 2.5, -2.5, 15.5, 109.92815153494448, 112.55, 999.995, 1234.5, -1234.567, 100000, 1234567.891, 0.0001, -0.0001, 77.78469197261978, 46.058091286307054];
    let seed = 7;
    for (let i = 0; i < 300; i++) {
      seed = (seed * 48271) % 2147483647;
      values.push(((seed / 2147483647) - 0.3) * 10 ** ((i % 7) - 1));
    }
    for (const value of values) {
      for (const [min, max] of [[0, 0], [0, 1], [0, 2], [0, 3], [1, 1], [2, 2]] as const) {
        expect(formatFixedNumber(value, min, max, 'vi'), `${value} ${min}-${max} vi`).toBe(
          new Intl.NumberFormat('vi-VN', { minimumFractionDigits: min, maximumFractionDigits: max }).format(value),
        );
        expect(formatFixedNumber(value, min, max, 'en'), `${value} ${min}-${max} en`).toBe(
          new Intl.NumberFormat('en-GB', { minimumFractionDigits: min, maximumFractionDigits: max }).format(value),
        );
      }
    }
    expect(formatFixedNumber(1e21, 0, 0, 'en')).toBe(new Intl.NumberFormat('en-GB').format(1e21));
    expect(formatFixedNumber(Number.NaN, 0, 0, 'en')).toBe('NaN');
  });

  it('picks the plural form without Intl.PluralRules', async () => {
    const { pluralForm } = await import('../src/i18n');
    expect(pluralForm(1, 'en')).toBe('one');
    expect(pluralForm(2, 'en')).toBe('other');
    expect(pluralForm(0, 'en')).toBe('other');
    expect(pluralForm(1, 'vi')).toBe('other');
  });
});
