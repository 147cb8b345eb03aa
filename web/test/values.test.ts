import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearApiCache } from '../src/api/client';
import type { IndicatorDetail, IndicatorTarget, IndicatorValues, ValuePoint } from '../src/api/types';
import { comparePeriods, formatPeriodId } from '../src/format';
import { setLang } from '../src/i18n';
import { indicatorPage } from '../src/pages/indicator';
import {
  areaOptions,
  areaTableHtml,
  buildAreaTable,
  buildSexTable,
  coverageText,
  defaultArea,
  sexTableHtml,
  valueCell,
  valuesSectionHtml,
} from '../src/pages/values';
import { parseRoute } from '../src/router';
import { clearSession, setSession } from '../src/session';

const point = (over: Partial<ValuePoint>): ValuePoint => ({
  period: '2024', sex: '_T', value: 110, numerator: 1320, denominator: 1200, origin: 'reported', contributing: null, childCount: null, ...over,
});

const srb = {
  code: 'SRB', nameVi: 'Tỷ số giới tính khi sinh', nameEn: 'Sex ratio at birth', domain: 'health', unit: 'boys_per_100_girls',
  unitVi: 'bé trai/100 bé gái', unitEn: 'boys per 100 girls', direction: 'lower', decimals: 1, targetCount: 1,
} as const;

const target: IndicatorTarget = {
  id: 41, planCode: 'NB-2021-2025', objective: 4, number: '1', indicatorCode: 'SRB', indicatorNameVi: 'Tỷ số giới tính khi sinh', indicatorNameEn: 'Sex ratio at birth',
  domain: 'health', comparator: '<=', value: 111, year: 2025, unit: 'boys_per_100_girls', unitVi: 'bé trai/100 bé gái', unitEn: 'boys per 100 girls',
  textVi: 'SRB', textEn: 'SRB', leadAgencies: ['DOH'], coordinatingAgencies: [], source: null, confidence: null,
  planTitleVi: 'Kế hoạch Ninh Bình', planTitleEn: 'Ninh Bình plan', planAreaCode: '37', planAreaNameVi: 'Ninh Bình', planAreaNameEn: 'Ninh Binh',
};
const indicator: IndicatorDetail = {
  ...srb,
  targets: [
    { ...target, planCode: 'VN-2021-2030', planAreaCode: 'VN', planAreaNameVi: 'Việt Nam', planAreaNameEn: 'Viet Nam' },
    { ...target },
  ],
};

const values: IndicatorValues = {
  indicator: 'SRB',
  area: { code: '37', nameVi: 'Tỉnh Ninh Bình', nameEn: 'Ninh Binh province' },
  formula: {
    factor: 100, numeratorCode: 'LIVE_BIRTHS', numeratorSex: 'M', denominatorCode: 'LIVE_BIRTHS', denominatorSex: 'F',
    descriptionVi: 'Tỷ số giới tính khi sinh = 100 × số bé trai / số bé gái', descriptionEn: 'Sex ratio at birth = 100 × male / female live births',
  },
  rollsUp: true,
  series: [
    point({ period: '2024', sex: '_T', value: 112.345, origin: 'computed', contributing: 3, childCount: 8 }),
    point({ period: '2023', sex: 'M', value: 51 }),
    point({ period: '2023', sex: 'F', value: 49, numerator: null, denominator: null }),
    point({ period: '2023', sex: '_T', value: null, numerator: 10, denominator: 0 }),
  ],
  children: [
    { area: { code: '369', nameVi: 'Thành phố Ninh Bình', nameEn: 'Ninh Binh city' }, series: [point({ period: '2023' }), point({ period: '2024', value: 109 })] },
    { area: { code: '370', nameVi: 'Thành phố <Tam Điệp>', nameEn: 'Tam Diep city' }, series: [point({ period: '2023', value: 120 })] },
    { area: { code: '372', nameVi: 'Huyện Nho Quan', nameEn: 'Nho Quan district' }, series: [point({ period: '2024', value: 115, origin: 'computed', contributing: 2, childCount: 27 })] },
  ],
};

beforeEach(() => setLang('vi'));

describe('values by sex', () => {
  it('has one row per period, oldest first, and a column for each sex present (F, M, total)', () => {
    const table = buildSexTable(values.series);
    expect(table.sexes).toEqual(['F', 'M', '_T']);
    expect(table.rows.map((r) => r.period)).toEqual(['2023', '2024']);
    expect(table.rows[0]!.cells.F?.value).toBe(49);
    expect(table.rows[1]!.cells.F).toBeUndefined();
    expect(buildSexTable([point({ sex: '_T' })]).sexes).toEqual(['_T']);
  });

  it('renders values with the indicator’s decimals, a computed marker with its coverage, and the numerator and denominator', () => {
    const out = sexTableHtml(values, indicator).value;
    expect(out).toContain('id="values-by-sex"');
    expect(out).toMatch(/<th role="columnheader" scope="col" class="num" data-sex="F">Nữ<\/th>\s*<th[^>]*data-sex="M">Nam<\/th>\s*<th[^>]*data-sex="_T">Tổng<\/th>/);
    const row2024 = out.slice(out.indexOf('data-period="2024"'));
    expect(row2024).toContain('112,3'); // one decimal, Vietnamese decimal comma
    expect(row2024).toContain('data-origin="computed"');
    expect(row2024).toContain('tính từ cấp dưới');
    expect(row2024).toContain('<span aria-hidden="true">3/8</span>');
    expect(row2024).toContain('3 trên 8 địa bàn trực thuộc có số liệu');
    expect(row2024).toContain('title="Tử số 1.320 · mẫu số 1.200"');
    const row2023 = out.slice(out.indexOf('data-period="2023"'), out.indexOf('data-period="2024"'));
    expect(row2023).toContain('51,0');
    expect(row2023).not.toContain('tính từ cấp dưới');
    expect(row2023).toContain('no-value'); // total without a value (denominator 0)
  });

  it('says "computed" in English and formats numbers the English way', () => {
    setLang('en');
    const cell = valueCell(point({ value: 1234.56, origin: 'computed', contributing: 1, childCount: 8, numerator: 12345, denominator: 1000 }), srb, 'Total', '_T').value;
    expect(cell).toContain('1,234.6');
    expect(cell).toContain('computed');
    expect(cell).toContain('1/8');
    expect(cell).toContain('Numerator 12,345 · denominator 1,000');
  });

  it('writes percentages with a % sign', () => {
    expect(valueCell(point({ value: 45.25 }), { unit: 'percent', unitVi: '%', unitEn: '%', decimals: 1 }, 'Tổng', '_T').value).toContain('45,3%');
  });

  it('gives coverage only for computed values', () => {
    expect(coverageText(point({ contributing: 3, childCount: 8 }))).toBe('3/8');
    expect(coverageText(point({}))).toBe('');
  });
});

describe('values by area', () => {
  it('shows every sub-area for the latest period, with "—" where there is no value', () => {
    const table = buildAreaTable(values.children);
    expect(table.period).toBe('2024');
    expect(table.sexes).toEqual(['_T']);
    expect(table.rows.map((r) => [r.code, r.cells._T?.value ?? null])).toEqual([['369', 109], ['370', null], ['372', 115]]);

    const out = areaTableHtml(values, srb, 'SRB').value;
    expect(out).toContain('id="values-by-area" role="table" data-period="2024"');
    expect(out).toContain('href="#/indicators/SRB?area=369"');
    expect(out).toContain('Thành phố &lt;Tam Điệp&gt;');
    const tam = out.slice(out.indexOf('data-area="370"'), out.indexOf('data-area="372"'));
    expect(tam).toContain('—');
    const nho = out.slice(out.indexOf('data-area="372"'));
    expect(nho).toContain('115,0');
    expect(nho).toContain('2/27');
    const city = out.slice(out.indexOf('data-area="369"'), out.indexOf('data-area="370"'));
    expect(city).toContain('báo cáo'); // the origin of reported values is shown too
  });

  it('says so when no sub-area has data, or there are no sub-areas', () => {
    expect(areaTableHtml({ ...values, children: [{ area: values.area, series: [] }] }, srb, 'SRB').value).toContain('id="values-by-area-empty"');
    expect(areaTableHtml({ ...values, children: [] }, srb, 'SRB').value).toContain('id="values-by-area-empty"');
  });
});

describe('periods', () => {
  it('orders periods of mixed kinds by when they end', () => {
    expect(['2024', '2023', '2024S1', '2024Q3', '202402'].sort(comparePeriods)).toEqual(['2023', '202402', '2024S1', '2024Q3', '2024']);
  });

  it('names periods in both languages', () => {
    expect(formatPeriodId('2024S1', 'vi')).toBe('6 tháng đầu năm 2024');
    expect(formatPeriodId('2024S2', 'en')).toBe('H2 2024');
    expect(formatPeriodId('2024Q3', 'vi')).toBe('Quý 3/2024');
    expect(formatPeriodId('202405', 'en')).toBe('05/2024');
    expect(formatPeriodId('weird', 'en')).toBe('weird');
  });
});

describe('area choice', () => {
  it('offers the country and the plan areas on the page; starts with the first provincial plan area', () => {
    expect(areaOptions(indicator, 'vi')).toEqual([{ code: 'VN', label: 'Cả nước' }, { code: '37', label: 'Ninh Bình' }]);
    expect(defaultArea(indicator)).toBe('37');
    expect(defaultArea({ targets: [] })).toBe('37');
    expect(defaultArea({ targets: [{ ...target, planAreaCode: '25' }] })).toBe('25');
  });
});

describe('indicator page values section', () => {
  const { targets, ...indicatorOnly } = indicator;

  function stub(): ReturnType<typeof vi.fn> {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      const path = url.split('?')[0]!;
      const body =
        path === '/api/indicators/SRB' ? { indicator: indicatorOnly, targets }
        : path === '/api/agencies' ? []
        : path === '/api/indicators/SRB/values' ? values
        : null;
      void init;
      return body === null
        ? new Response('{}', { status: 404, headers: { 'content-type': 'application/problem+json' } })
        : new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
  }

  afterEach(() => {
    vi.unstubAllGlobals();
    clearApiCache();
    clearSession();
  });

  it('asks a visitor to sign in, without calling the values endpoint', async () => {
    const fetchMock = stub();
    const out = (await indicatorPage.load(parseRoute('#/indicators/SRB'))).html().value;
    expect(out).toContain('id="values-sign-in"');
    expect(out).toContain('href="#/sign-in?return=%2Findicators%2FSRB"');
    expect(out).not.toContain('values-by-sex');
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/values'))).toBe(false);
  });

  it('shows a signed-in user the formula, the roll-up rule and both tables, for the area in the URL', async () => {
    setSession({ token: 'tok', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user: { username: 'leader', role: 'leader', displayName: 'Lãnh đạo', agency: null, area: '37' } });
    const fetchMock = stub();
    const out = (await indicatorPage.load(parseRoute('#/indicators/SRB?area=37'))).html().value;
    const call = fetchMock.mock.calls.find(([url]) => String(url).includes('/values'))!;
    expect(call[0]).toBe('/api/indicators/SRB/values?area=37&children=true');
    expect((call[1] as RequestInit).headers).toMatchObject({ Authorization: 'Bearer tok' });
    expect(out).toContain('id="values-area"');
    expect(out).toMatch(/<option value="37" selected>Ninh Bình<\/option>/);
    expect(out).toContain('Tỷ số giới tính khi sinh = 100 × số bé trai / số bé gái');
    expect(out).toContain('không lấy trung bình tỷ lệ');
    expect(out).toContain('id="values-by-sex"');
    expect(out).toContain('id="values-by-area"');
    // the existing hooks are still there
    expect(out).toContain('id="indicator-targets"');
  });

  it('explains the roll-up in the current language, and says when there is none', async () => {
    setSession({ token: 'tok', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user: { username: 'leader', role: 'leader', displayName: 'Lãnh đạo', agency: null, area: '37' } });
    stub();
    const view = await indicatorPage.load(parseRoute('#/indicators/SRB'));
    expect(view.html().value).toContain('data-rolls-up="true"');
    setLang('en');
    expect(view.html().value).toContain('percentages are never averaged');
    const direct = valuesSectionHtml(
      { signedIn: true, signInLink: '', area: '37', options: [], values: { ...values, formula: null, rollsUp: false }, error: null },
      indicator,
    ).value;
    expect(direct).toContain('Does not roll up across areas.');
    expect(direct).toContain('Entered directly, not computed from counts.');
  });
});
