// UI strings and the current language. Data from the API carries both languages (xxxVi / xxxEn):
// use pick() to show the current one.

import vi from './vi.json';
import en from './en.json';

export type Lang = 'vi' | 'en';
export type MessageKey = keyof typeof vi;
export type Messages = Record<MessageKey, string>;

export const LANGS: readonly Lang[] = ['vi', 'en'];
export const STORAGE_KEY = 'eqt.lang';
const DEFAULT_LANG: Lang = 'vi';

// Typed as Messages so that a key missing from en.json fails the type check too.
export const messages: Record<Lang, Messages> = { vi, en };

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

function readStoredLang(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLang(stored) ? stored : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG; // storage blocked (privacy mode): just use the default
  }
}

let current: Lang = readStoredLang();
const listeners = new Set<(lang: Lang) => void>();

export function getLang(): Lang {
  return current;
}

/** The BCP 47 locale for Intl formatting in the current language ('vi-VN' uses a decimal comma). */
export function getLocale(lang: Lang = current): string {
  return LOCALES[lang];
}

/** Switches language, remembers it, updates <html lang> and tells the listeners (which re-render). */
export function setLang(lang: Lang): void {
  current = lang;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // not remembered, still switched
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  for (const listener of listeners) listener(lang);
}

export function onLangChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type Vars = Record<string, string | number>;

/** Fills {name} placeholders. Unknown placeholders are left as they are. */
export function interpolate(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

/** The UI string for a key in the current language (a plain string: escape it like any other text). */
export function t(key: MessageKey, vars?: Vars, lang: Lang = current): string {
  return interpolate(messages[lang][key] ?? messages[DEFAULT_LANG][key] ?? key, vars);
}

/** Count-dependent string: uses `${base}.one` or `${base}.other`; {count} is formatted. */
export function tCount(base: 'plans.targetCount', count: number, lang: Lang = current): string {
  return t(`${base}.${pluralForm(count, lang)}`, { count: formatNumber(count, 0, lang) }, lang);
}

/**
 * The CLDR plural category of a count in our two languages, without Intl.PluralRules: Vietnamese has only
 * 'other'; English has 'one' for exactly 1 (an integer), else 'other'.
 */
export function pluralForm(count: number, lang: Lang = current): 'one' | 'other' {
  return lang === 'en' && count === 1 ? 'one' : 'other';
}

/** Picks the current language's version of a bilingual API field, falling back to the other one. */
export function pick(textVi: string | null | undefined, textEn: string | null | undefined, lang: Lang = current): string {
  const first = lang === 'vi' ? textVi : textEn;
  const second = lang === 'vi' ? textEn : textVi;
  return first || second || '';
}

// Numbers are formatted by hand for our two locales (vi-VN: 1.234,5; en-GB: 1,234.5), exactly as
// Intl.NumberFormat formats them: the first Intl.NumberFormat of a page loads the ICU data, a long task
// (about 100 ms on a fast machine, several times that on a phone) on the way to the first screen.
// Intl stays the fallback for numbers the hand-made path does not cover (huge, tiny, not finite).

const SEPARATORS: Record<Lang, { decimal: string; group: string }> = {
  vi: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

const intlFormats = new Map<string, Intl.NumberFormat>();

function intlFormat(value: number, minDecimals: number, maxDecimals: number, lang: Lang): string {
  const key = `${lang}:${minDecimals}:${maxDecimals}`;
  let format = intlFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(getLocale(lang), { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals });
    intlFormats.set(key, format);
  }
  return format.format(value);
}

/**
 * `value` with `minDecimals` to `maxDecimals` fraction digits, grouped by thousands, as
 * Intl.NumberFormat(vi-VN | en-GB) writes it. Halves round away from zero on the number's shortest
 * decimal text (112.55 → 112,6), as V8's Intl does.
 */
export function formatFixedNumber(value: number, minDecimals: number, maxDecimals: number, lang: Lang = current): string {
  const min = Math.min(Math.max(Math.trunc(minDecimals) || 0, 0), 20);
  const max = Math.min(Math.max(Math.trunc(maxDecimals) || 0, min), 20);
  const abs = Math.abs(value);
  const text = String(abs);
  if (!Number.isFinite(value) || abs >= 1e15 || text.includes('e')) return intlFormat(value, min, max, lang);
  const rounded = Math.round(Number(`${text}e${max}`));
  let [integer = '0', fraction = ''] = Number(`${rounded}e-${max}`).toFixed(max).split('.');
  while (fraction.length > min && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const { decimal, group } = SEPARATORS[lang] ?? SEPARATORS.vi;
  integer = integer.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${integer}${fraction ? `${decimal}${fraction}` : ''}`;
}

/** Formats a number for the current language, with at most maxDecimals fraction digits. */
export function formatNumber(value: number, maxDecimals = 3, lang: Lang = current): string {
  return formatFixedNumber(value, 0, maxDecimals, lang);
}

/**
 * The current language's half of an API text written "Vietnamese / English" (problem details,
 * validation reasons). Text without " / " is returned whole. When the halves themselves contain
 * " / " (the same number in both, e.g. a file name), the text splits in the middle.
 */
export function splitBilingual(text: string | null | undefined, lang: Lang = current): string {
  const value = text ?? '';
  const parts = value.split(' / ');
  if (parts.length < 2) return value.trim();
  const middle = parts.length % 2 === 0 ? parts.length / 2 : 1;
  const vi = parts.slice(0, middle).join(' / ').trim();
  const en = parts.slice(middle).join(' / ').trim();
  return (lang === 'vi' ? vi || en : en || vi);
}

/** Formats a number with exactly `decimals` fraction digits (an indicator's precision). */
export function formatDecimal(value: number, decimals: number, lang: Lang = current): string {
  const digits = Math.min(Math.max(Math.trunc(decimals) || 0, 0), 10);
  return formatFixedNumber(value, digits, digits, lang);
}
