// Renders pages from stubbed API responses (no DOM needed: views return HTML strings).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearApiCache } from '../src/api/client';
import type { IndicatorDetail, PlanDetail, Target } from '../src/api/types';
import { setLang } from '../src/i18n';
import { indicatorPage } from '../src/pages/indicator';
import { groupTargetsByObjective, planPage } from '../src/pages/plan';
import { parseRoute } from '../src/router';

const srb: Target = {
  id: 41, planCode: 'NB-2021-2025', planTitleVi: 'Kế hoạch <b>Ninh Bình</b>', planTitleEn: 'Ninh Bình plan',
  planAreaCode: '37', planAreaNameVi: 'Ninh Bình', planAreaNameEn: 'Ninh Binh', objective: 4, number: '1', indicatorCode: 'SRB',
  indicatorNameVi: 'Tỷ số giới tính khi sinh', indicatorNameEn: 'Sex ratio at birth', domain: 'health',
  comparator: '<=', value: 111, year: 2025, unit: 'boys_per_100_girls', unitVi: 'bé trai/100 bé gái', unitEn: 'boys per 100 girls',
  textVi: 'Tỷ số giới tính khi sinh ở mức 111 bé trai/100 bé gái', textEn: 'Sex ratio at birth', leadAgencies: ['DOH'], coordinatingAgencies: ['POLICE'],
  source: null, confidence: null,
};
const curriculum: Target = {
  ...srb, id: 51, objective: 5, number: '1', indicatorCode: 'CURR', domain: 'education', comparator: '=', value: 1, unit: 'yes_no',
  unitVi: 'có/không', unitEn: 'yes/no', textVi: '<script>alert(1)</script>', textEn: 'Curriculum', leadAgencies: ['DOET'], coordinatingAgencies: [],
};
const plan: PlanDetail = {
  code: 'NB-2021-2025', kind: 'five-year', areaCode: '37', areaUnit: '37', areaNameVi: 'Ninh Bình', areaNameEn: 'Ninh Binh', areaLevel: 1,
  startYear: 2021, endYear: 2025, titleVi: 'Kế hoạch <b>Ninh Bình</b>', titleEn: 'Ninh Bình plan', targetCount: 2, status: 'issued', version: 1,
  legalBasisVi: 'Nghị quyết 28/NQ-CP', legalBasisEn: 'Resolution 28/NQ-CP', documentRef: null,
  reportingCalendar: [{ code: 'annual-report', kind: 'deadline', periodType: 'year', month: 12, day: 10, endMonth: null, endDay: null, nameVi: 'Báo cáo năm', nameEn: 'Annual report' }],
  objectives: [
    { number: 4, domain: 'health', domainNameVi: 'Y tế', domainNameEn: 'Health', titleVi: 'Sức khỏe', titleEn: 'Health', targets: [srb] },
    { number: 5, domain: 'education', domainNameVi: 'Giáo dục', domainNameEn: 'Education', titleVi: 'Giáo dục', titleEn: 'Education', targets: [curriculum] },
  ],
};
// The API nests the plan and the indicator beside their children; the client flattens them.
const { objectives, reportingCalendar, ...planSummary } = plan;
const planWire = { plan: planSummary, objectives, reportingCalendar };

const agencies = [
  { code: 'DOH', nameVi: 'Sở Y tế', nameEn: 'Department of Health' },
  { code: 'POLICE', nameVi: 'Công an tỉnh', nameEn: 'Provincial Police' },
];

function stubApi(routes: Record<string, unknown>) {
  const fetchMock = vi.fn(async (url: string) => {
    const path = url.split('?')[0]!;
    if (!(path in routes)) {
      return new Response(JSON.stringify({ title: 'Not Found', status: 404, detail: `No ${path}` }), { status: 404, headers: { 'content-type': 'application/problem+json' } });
    }
    return new Response(JSON.stringify(routes[path]), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

beforeEach(() => setLang('vi'));
afterEach(() => {
  vi.unstubAllGlobals();
  clearApiCache();
});

describe('plan page', () => {
  it('renders targets with their hooks, names and comparators, escaping API text', async () => {
    stubApi({ '/api/plans/NB-2021-2025': planWire, '/api/agencies': agencies });
    const view = await planPage.load(parseRoute('#/plans/NB-2021-2025'));
    const out = view.html().value;
    expect(view.title()).toBe('Kế hoạch <b>Ninh Bình</b>');
    expect(out).toContain('Kế hoạch &lt;b&gt;Ninh Bình&lt;/b&gt;');
    expect(out).not.toContain('<script>');
    expect(out).toContain('data-target="4.1"');
    expect(out).toContain('data-target="5.1"');
    expect(out).toContain('<a class="indicator-link" href="#/indicators/SRB" data-indicator="SRB">');
    expect(out).toContain('Sở Y tế');
    expect(out).toContain('Công an tỉnh');
    expect(out).toContain('<span aria-hidden="true">≤</span>');
    expect(out).toContain('Có'); // yes_no value
    expect(out).toContain('Hạn 10/12 hằng năm');
    expect(out).toContain('id="filter-domain"');
    expect(out).toContain('id="filter-agency"');
  });

  it('asks the API for filtered targets when the URL has filters', async () => {
    const fetchMock = stubApi({ '/api/plans/NB-2021-2025': planWire, '/api/agencies': agencies, '/api/plans/NB-2021-2025/targets': [srb] });
    const view = await planPage.load(parseRoute('#/plans/NB-2021-2025?domain=health&agency=POLICE'));
    expect(fetchMock).toHaveBeenCalledWith('/api/plans/NB-2021-2025/targets?domain=health&agency=POLICE', expect.anything());
    const out = view.html().value;
    expect(out).toContain('data-target="4.1"');
    expect(out).not.toContain('data-target="5.1"');
    expect(out).toMatch(/<option value="health" selected>/);
    expect(out).toMatch(/<option value="POLICE" selected>/);
    expect(view.announce?.()).toBe('Đang hiển thị 1 trên 2 chỉ tiêu.');
  });

  it('re-renders in the other language without fetching again', async () => {
    const fetchMock = stubApi({ '/api/plans/NB-2021-2025': planWire, '/api/agencies': agencies });
    const view = await planPage.load(parseRoute('#/plans/NB-2021-2025'));
    const calls = fetchMock.mock.calls.length;
    setLang('en');
    const out = view.html().value;
    expect(out).toContain('Department of Health');
    expect(out).toContain('Due 10/12 every year');
    expect(out).toContain('Yes');
    expect(fetchMock.mock.calls.length).toBe(calls);
  });

  it('still renders when agency names cannot be loaded (codes are shown)', async () => {
    stubApi({ '/api/plans/NB-2021-2025': planWire });
    const out = (await planPage.load(parseRoute('#/plans/NB-2021-2025'))).html().value;
    expect(out).toContain('DOH');
  });

  it('treats the same plan with other filters as the same view', () => {
    const key = planPage.sameViewKey!;
    expect(key(parseRoute('#/plans/A?domain=x'))).toBe(key(parseRoute('#/plans/A')));
    expect(key(parseRoute('#/plans/A'))).not.toBe(key(parseRoute('#/plans/B')));
  });

  it('groups targets under their objectives in plan order', () => {
    const groups = groupTargetsByObjective(plan.objectives, [curriculum, srb]);
    expect(groups.map((g) => [g.objective.number, g.targets.length])).toEqual([[4, 1], [5, 1]]);
    expect(groupTargetsByObjective(plan.objectives, [srb]).map((g) => g.objective.number)).toEqual([4]);
  });
});

describe('indicator page', () => {
  it('renders the title hook and a table of targets linking back to plans', async () => {
    const indicator: IndicatorDetail = {
      code: 'SRB', nameVi: 'Tỷ số giới tính khi sinh', nameEn: 'Sex ratio at birth', domain: 'health', unit: 'boys_per_100_girls',
      unitVi: 'bé trai/100 bé gái', unitEn: 'boys per 100 girls', direction: 'lower', decimals: 1, targetCount: 1,
      targets: [{ ...srb, planTitleVi: 'Kế hoạch Ninh Bình', planTitleEn: 'Ninh Bình plan', planAreaCode: '37', planAreaNameVi: 'Ninh Bình', planAreaNameEn: 'Ninh Binh' }],
    };
    const { targets, ...indicatorOnly } = indicator;
    stubApi({ '/api/indicators/SRB': { indicator: indicatorOnly, targets }, '/api/agencies': agencies });
    const out = (await indicatorPage.load(parseRoute('#/indicators/SRB'))).html().value;
    expect(out).toContain('<h1 tabindex="-1" id="indicator-title" data-indicator="SRB">Tỷ số giới tính khi sinh</h1>');
    expect(out).toContain('href="#/plans/NB-2021-2025"');
    expect(out).toContain('Càng thấp càng tốt');
    expect(out).toContain('<th role="columnheader" scope="col">');
  });

  it('rejects with the API error for an unknown indicator', async () => {
    stubApi({ '/api/agencies': agencies });
    await expect(indicatorPage.load(parseRoute('#/indicators/NOPE'))).rejects.toMatchObject({ status: 404 });
  });
});
