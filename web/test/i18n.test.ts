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
