// The "Values" section of the indicator page: the series of one area by sex and period, and the
// areas directly below it for the latest period. Computed values (summed from the areas below)
// are marked, with their coverage ("3/8": three of eight sub-areas had data).

import type { IndicatorDetail, IndicatorValues, SexCode, ValuePoint } from '../api/types';
import { comparePeriods, formatPeriodId, formatValue } from '../format';
import { html, type SafeHtml } from '../html';
import { formatDecimal, formatNumber, getLang, pick, t, type Lang, type MessageKey } from '../i18n';
import { href } from '../router';
import { alertHtml, errorMessage } from './common';

/** Sexes in the order the tables show them. */
export const SEX_ORDER: readonly SexCode[] = ['F', 'M', '_T'];

const SEX_LABEL: Record<SexCode, MessageKey> = { F: 'sex.F', M: 'sex.M', _T: 'sex._T' };

export function sexLabel(sex: string, lang: Lang = getLang()): string {
  return sex in SEX_LABEL ? t(SEX_LABEL[sex as SexCode], undefined, lang) : sex;
}

/** The sexes present in some points, in table order (unknown codes last). */
export function sexesIn(points: readonly ValuePoint[]): SexCode[] {
  const present = new Set(points.map((p) => p.sex));
  const known = SEX_ORDER.filter((sex) => present.has(sex));
  const other = [...present].filter((sex) => !SEX_ORDER.includes(sex)).sort();
  return [...known, ...other];
}

export interface SexTable {
  /** The columns: one per sex present. */
  sexes: SexCode[];
  /** One row per period, oldest first. */
  rows: { period: string; cells: Partial<Record<SexCode, ValuePoint>> }[];
}

/** Builds the period × sex table of a series. */
export function buildSexTable(series: readonly ValuePoint[]): SexTable {
  const byPeriod = new Map<string, Partial<Record<SexCode, ValuePoint>>>();
  for (const point of series) {
    let cells = byPeriod.get(point.period);
    if (!cells) byPeriod.set(point.period, (cells = {}));
    cells[point.sex] = point;
  }
  const periods = [...byPeriod.keys()].sort(comparePeriods);
  return { sexes: sexesIn(series), rows: periods.map((period) => ({ period, cells: byPeriod.get(period)! })) };
}

export interface AreaTable {
  /** The latest period in the children's series, or null when none has any value. */
  period: string | null;
  sexes: SexCode[];
  rows: { code: string; nameVi: string; nameEn: string; cells: Partial<Record<SexCode, ValuePoint>> }[];
}

/** Builds the table of sub-areas for the latest period found in their series. */
export function buildAreaTable(children: IndicatorValues['children']): AreaTable {
  const list = children ?? [];
  const periods = [...new Set(list.flatMap((child) => child.series.map((p) => p.period)))].sort(comparePeriods);
  const period = periods.at(-1) ?? null;
  const latest = list.flatMap((child) => child.series.filter((p) => p.period === period));
  return {
    period,
    sexes: sexesIn(latest),
    rows: list.map((child) => {
      const cells: Partial<Record<SexCode, ValuePoint>> = {};
      for (const point of child.series) if (point.period === period) cells[point.sex] = point;
      return { code: child.area.code, nameVi: child.area.nameVi, nameEn: child.area.nameEn, cells };
    }),
  };
}

/** Coverage of a computed value as "3/8", or '' when the API gave none. */
export function coverageText(point: Pick<ValuePoint, 'contributing' | 'childCount'>): string {
  return point.contributing == null || point.childCount == null ? '' : `${point.contributing}/${point.childCount}`;
}

type Unit = Pick<IndicatorDetail, 'unit' | 'unitVi' | 'unitEn' | 'decimals'>;

/** A value with the indicator's decimals ('110,0', '45,3%', 'Có'). */
export function formatIndicatorValue(value: number, indicator: Unit, lang: Lang = getLang()): string {
  if (indicator.unit === 'yes_no') return formatValue(value, 'yes_no', '', '', lang);
  const number = formatDecimal(value, indicator.decimals, lang);
  return indicator.unit === 'percent' ? `${number}%` : number;
}

/**
 * One cell: the value, a "computed" marker with its coverage for values summed from sub-areas, and
 * numerator and denominator on a small line (and in the title). `showReported` also labels reported values.
 */
export function valueCell(point: ValuePoint | undefined, indicator: Unit, label: string, sex: string, showReported = false): SafeHtml {
  if (!point || point.value === null || point.value === undefined) {
    const origin = point?.origin;
    return html`<td role="cell" class="num value-cell no-value" data-sex="${sex}" data-label="${label}"${origin ? html` data-origin="${origin}"` : ''}>
      <span aria-hidden="true">—</span><span class="sr-only">${t('values.none')}</span>
      ${point && point.origin === 'computed' && coverageText(point) ? html`<span class="coverage">${t('values.coverage', { count: coverageText(point) })}</span>` : ''}
    </td>`;
  }
  const parts =
    point.numerator != null && point.denominator != null
      ? t('values.parts', { numerator: formatNumber(point.numerator, 3), denominator: formatNumber(point.denominator, 3) })
      : '';
  const coverage = coverageText(point);
  const computed = point.origin === 'computed';
  return html`<td role="cell" class="num value-cell${computed ? ' computed' : ''}" data-sex="${sex}" data-label="${label}" data-origin="${point.origin}"${parts ? html` title="${parts}"` : ''}>
    <span class="value">${formatIndicatorValue(point.value, indicator)}</span>
    ${computed
      ? html`<span class="origin computed-marker">${t('values.computed')}${coverage
          ? html` <span class="coverage" title="${t('values.coverageTitle', { contributing: point.contributing ?? 0, total: point.childCount ?? 0 })}"><span aria-hidden="true">${coverage}</span><span class="sr-only">${t('values.coverageTitle', { contributing: point.contributing ?? 0, total: point.childCount ?? 0 })}</span></span>`
          : ''}</span>`
      : showReported
        ? html`<span class="origin reported-marker">${t('values.reported')}</span>`
        : ''}
    ${parts ? html`<span class="parts">${parts}</span>` : ''}
  </td>`;
}

function sexHeaders(sexes: readonly SexCode[]): SafeHtml[] {
  return sexes.map((sex) => html`<th role="columnheader" scope="col" class="num" data-sex="${sex}">${sexLabel(sex)}</th>`);
}

export function sexTableHtml(values: IndicatorValues, indicator: Unit): SafeHtml {
  const table = buildSexTable(values.series);
  if (table.rows.length === 0) return html`<p class="empty" id="values-by-sex-empty">${t('values.noSeries')}</p>`;
  return html`<table class="data-table stack-table values-table" id="values-by-sex" role="table">
    <caption>${t('values.bySexCaption', { area: pick(values.area.nameVi, values.area.nameEn) })}</caption>
    <thead role="rowgroup"><tr role="row">
      <th role="columnheader" scope="col">${t('values.period')}</th>
      ${sexHeaders(table.sexes)}
    </tr></thead>
    <tbody role="rowgroup">${table.rows.map(
      (row) => html`<tr role="row" data-period="${row.period}">
        <th role="rowheader" scope="row">${formatPeriodId(row.period)}</th>
        ${table.sexes.map((sex) => valueCell(row.cells[sex], indicator, sexLabel(sex), sex))}
      </tr>`,
    )}</tbody>
  </table>`;
}

export function areaTableHtml(values: IndicatorValues, indicator: Unit, indicatorCode: string): SafeHtml {
  const children = values.children ?? [];
  if (children.length === 0) return html`<p class="empty" id="values-by-area-empty">${t('values.noChildren')}</p>`;
  const table = buildAreaTable(children);
  if (!table.period) return html`<p class="empty" id="values-by-area-empty">${t('values.noChildValues')}</p>`;
  const sexes = table.sexes.length ? table.sexes : (['_T'] as SexCode[]);
  return html`<table class="data-table stack-table values-table" id="values-by-area" role="table" data-period="${table.period}">
    <caption>${t('values.byAreaCaption', { period: formatPeriodId(table.period) })}</caption>
    <thead role="rowgroup"><tr role="row">
      <th role="columnheader" scope="col">${t('table.area')}</th>
      ${sexHeaders(sexes)}
    </tr></thead>
    <tbody role="rowgroup">${table.rows.map(
      (row) => html`<tr role="row" data-area="${row.code}">
        <th role="rowheader" scope="row"><a class="area-link" data-area="${row.code}" href="${href('indicator', { code: indicatorCode }, { area: row.code })}">${pick(row.nameVi, row.nameEn)}</a></th>
        ${sexes.map((sex) => valueCell(row.cells[sex], indicator, sexLabel(sex), sex, true))}
      </tr>`,
    )}</tbody>
  </table>`;
}

// ---- area choice -------------------------------------------------------------------------

export interface AreaOption {
  code: string;
  label: string;
}

/** 'VN' (the country) and the issuing areas of the plans on the page, in the order seen. */
export function areaOptions(indicator: Pick<IndicatorDetail, 'targets'>, lang: Lang = getLang()): AreaOption[] {
  const options = new Map<string, string>([['VN', t('area.VN', undefined, lang)]]);
  for (const target of indicator.targets) {
    if (!options.has(target.planAreaCode)) options.set(target.planAreaCode, pick(target.planAreaNameVi, target.planAreaNameEn, lang) || target.planAreaCode);
  }
  return [...options].map(([code, label]) => ({ code, label }));
}

/** The area shown first: the issuing area of the first provincial target on the page, else Ninh Bình ('37'). */
export function defaultArea(indicator: Pick<IndicatorDetail, 'targets'>): string {
  return indicator.targets.find((target) => /^\d{2}$/.test(target.planAreaCode))?.planAreaCode ?? '37';
}

// ---- the section -------------------------------------------------------------------------

export interface ValuesState {
  signedIn: boolean;
  signInLink: string;
  area: string;
  options: AreaOption[];
  values: IndicatorValues | null;
  error: unknown;
}

export function valuesSectionHtml(state: ValuesState, indicator: IndicatorDetail): SafeHtml {
  const { values } = state;
  let options = state.options;
  if (!options.some((o) => o.code === state.area)) {
    const label = values && values.area.code === state.area ? pick(values.area.nameVi, values.area.nameEn) : state.area;
    options = [...options, { code: state.area, label }];
  }
  return html`<section class="values" id="values" aria-labelledby="values-heading">
    <h2 id="values-heading">${t('values.title')}</h2>
    ${!state.signedIn
      ? html`<p class="notice" id="values-sign-in">${t('values.signInText')} <a href="${state.signInLink}" id="values-sign-in-link">${t('values.signInLink')}</a></p>`
      : html`<form class="filters" id="values-area-form">
            <div class="field">
              <label for="values-area">${t('values.area')}</label>
              <select id="values-area" name="area">
                ${options.map((o) => html`<option value="${o.code}"${o.code === state.area ? html` selected` : ''}>${o.label}</option>`)}
              </select>
            </div>
          </form>
          ${state.error ? alertHtml(errorMessage(state.error), 'values-error') : ''}
          ${values
            ? html`<p class="formula" id="values-formula">${values.formula
                  ? html`<span class="label">${t('values.formula')}:</span> ${pick(values.formula.descriptionVi, values.formula.descriptionEn)}`
                  : t('values.direct')}</p>
                <p class="rollup" id="values-rollup" data-rolls-up="${values.rollsUp ? 'true' : 'false'}">${values.rollsUp ? t('values.rollsUp') : t('values.noRollUp')}</p>
                <h3 id="values-by-sex-heading">${t('values.bySex')}</h3>
                ${sexTableHtml(values, indicator)}
                <h3 id="values-by-area-heading">${t('values.byArea')}</h3>
                ${areaTableHtml(values, indicator, indicator.code)}`
            : ''}`}
  </section>`;
}
