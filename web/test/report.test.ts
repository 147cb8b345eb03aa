import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearApiCache, reportFileUrl } from '../src/api/client';
import type { PlanDetail, Target } from '../src/api/types';
import { setLang } from '../src/i18n';
import { buildReport, reportPage, reportTableHtml, reportYears } from '../src/pages/report';
import { parseRoute } from '../src/router';
import { json, stubFetch } from './fixtures';
import { planProgress } from './progressFixtures';

const planTarget = (objective: number, number: string, textVi: string, textEn: string): Target => ({
  id: objective * 10 + Number.parseInt(number, 10), planCode: 'NB-2021-2025', planTitleVi: 'Kế hoạch Ninh Bình', planTitleEn: 'Ninh Bình plan',
  planAreaCode: '37', planAreaNameVi: 'Tỉnh Ninh Bình', planAreaNameEn: 'Ninh Binh province', objective, number, indicatorCode: 'X', indicatorNameVi: 'X', indicatorNameEn: 'X', domain: 'health', comparator: '<=',
  value: 1, year: 2025, unit: 'percent', unitVi: '%', unitEn: '%', textVi, textEn, leadAgencies: [], coordinatingAgencies: [], source: null, confidence: null,
});

const plan: PlanDetail = {
  code: 'NB-2021-2025', kind: 'five-year', areaCode: '37', areaUnit: '37', areaNameVi: 'Tỉnh Ninh Bình', areaNameEn: 'Ninh Binh province', areaLevel: 1,
  startYear: 2021, endYear: 2025, titleVi: 'Kế hoạch Ninh Bình', titleEn: 'Ninh Bình plan', legalBasisVi: '', legalBasisEn: '', documentRef: null, targetCount: 6, status: 'issued', version: 1,
  reportingCalendar: [],
  objectives: [
    { number: 4, domain: 'health', domainNameVi: 'Y tế', domainNameEn: 'Health', titleVi: 'Y tế', titleEn: 'Health', targets: [
      planTarget(4, '1', 'Tỷ số giới tính khi sinh ở mức 111', 'Sex ratio at birth at 111'),
      planTarget(4, '2', 'Giảm tỷ số tử vong mẹ xuống <28>', 'Maternal mortality down to 28'),
    ] },
  ],
};
const { objectives, reportingCalendar, ...planSummary } = plan;

beforeEach(() => setLang('vi'));
afterEach(() => {
  vi.unstubAllGlobals();
  clearApiCache();
});

describe('annual report', () => {
  it('has a column per plan year', () => {
    expect(reportYears(planProgress(), plan)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(reportYears(planProgress(), null)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('builds one row per target in the plan’s order, with texts, lead agencies, baseline and each year’s value', () => {
    const table = buildReport(planProgress(), plan);
    expect(table.rows.map((r) => r.id)).toEqual(['1.1', '4.1', '4.2', '4.3', '5.1', '5.2']);
    const mmr = table.rows.find((r) => r.id === '4.2')!;
    expect(mmr.textVi).toBe('Giảm tỷ số tử vong mẹ xuống <28>');
    expect(mmr.lead).toEqual([{ vi: 'Sở Y tế', en: 'Department of Health' }]);
    expect(mmr.baseline).toEqual({ year: 2021, value: 44.7 });
    expect(mmr.values).toEqual({ 2021: 44.7, 2022: 50.1, 2023: 60.2, 2024: null, 2025: null });
    // a target the plan detail does not describe keeps its indicator's name
    expect(table.rows.find((r) => r.id === '1.1')!.textVi).toBe('Tỷ lệ cơ quan có lãnh đạo chủ chốt là nữ');
  });

  it('renders the printable table with its hooks, escaping the texts', () => {
    const out = reportTableHtml(buildReport(planProgress(), plan)).value;
    expect(out).toContain('<table class="data-table report-print-table" id="report-table">');
    expect(out).toContain('<th scope="col" class="num" data-year="2021">2021</th>');
    expect(out).toContain('<tr data-target="4.2" data-status="regressing" data-indicator="MMR">');
    expect(out).toContain('Giảm tỷ số tử vong mẹ xuống &lt;28&gt;');
    expect(out).toMatch(/<td class="num" data-year="2023" data-label="2023">60,2<\/td>/);
    expect(out).toMatch(/<td class="num no-value" data-year="2024" data-label="2024"><span aria-hidden="true">—<\/span>/);
    expect(out).toContain('58,5%'); // percent values
    expect(out).toContain('Không'); // yes/no values
    expect(out).toContain('<span class="status-label">Đi lùi</span>');
    expect(out).toContain('role="region" aria-labelledby="report-caption" tabindex="0"');
  });

  it('links to the CSV and Excel files and prints', async () => {
    expect(reportFileUrl('NB-2021-2025', '37', 'csv')).toBe('/api/plans/NB-2021-2025/report.csv?area=37');
    stubFetch({
      'GET /api/plans/NB-2021-2025/progress': json(planProgress()),
      'GET /api/plans/NB-2021-2025': json({ plan: planSummary, objectives, reportingCalendar }),
    });
    const view = await reportPage.load(parseRoute('#/report?plan=NB-2021-2025&area=37'));
    const out = view.html().value;
    expect(view.title()).toBe('Báo cáo tiến độ thực hiện kế hoạch');
    expect(out).toContain('<a class="button" id="report-csv" href="/api/plans/NB-2021-2025/report.csv?area=37" download>');
    expect(out).toContain('<a class="button" id="report-xlsx" href="/api/plans/NB-2021-2025/report.xlsx?area=37" download>');
    expect(out).toContain('id="print-button"');
    expect(out).toContain('Tỉnh Ninh Bình');
    expect(out).toContain('id="report-table"');
  });
});
