import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearApiCache } from '../src/api/client';
import type { IndicatorDetail } from '../src/api/types';
import { setLang } from '../src/i18n';
import {
  buildChartModel,
  chartSvgHtml,
  chartTableHtml,
  goalLabel,
  labelSpot,
  legendHtml,
  niceTicks,
  pointsAttr,
  progressSectionHtml,
  rankingHtml,
  spreadLabels,
  yearTicks,
} from '../src/pages/chart';
import { indicatorPage } from '../src/pages/indicator';
import { parseRoute } from '../src/router';
import { json, stubFetch } from './fixtures';
import { indicatorProgress, ranking } from './progressFixtures';

const unit = { unit: 'boys_per_100_girls', unitVi: 'bé trai/100 bé gái', unitEn: 'boys per 100 girls', decimals: 1 };
const text = { title: 'Diễn biến – Ninh Bình', description: 'Mô tả', indicator: 'SRB', area: '37' };

/** The value of an attribute on the first element matching a simple selector-ish pattern. */
function attrs(out: string, tag: string, marker: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const m of out.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))) {
    if (!m[1]!.includes(marker)) continue;
    const a: Record<string, string> = {};
    for (const [, k, v] of m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)) a[k!] = v!;
    found.push(a);
  }
  return found;
}

beforeEach(() => setLang('vi'));
afterEach(() => {
  vi.unstubAllGlobals();
  clearApiCache();
});

describe('chart model', () => {
  it('keeps yearly points per sex (F, M, _T order), leaves out other periods and missing values', () => {
    const model = buildChartModel(indicatorProgress(), 1, 'boys_per_100_girls');
    expect(model.series.map((s) => s.sex)).toEqual(['F', 'M', '_T']);
    const total = model.series.find((s) => s.sex === '_T')!;
    expect(total.points.map((p) => p.year)).toEqual([2016, 2017, 2019, 2020, 2021, 2022, 2023]);
    expect(model.goals).toHaveLength(3);
    expect(model.projection.map((p) => p.year)).toEqual([2023, 2024, 2025]);
    expect(model.xMin).toBe(2016);
    expect(model.xMax).toBe(2025);
    expect(model.yMin).toBeLessThanOrEqual(100);
    expect(model.yMax).toBeGreaterThanOrEqual(121);
  });

  it('rounds the data attributes to the indicator’s decimals', () => {
    expect(pointsAttr([{ year: 2017, value: 114.166 }, { year: 2016, value: 115.3596 }, { year: 2018, value: 110 }], 1)).toBe('2016:115.4,2017:114.2,2018:110');
    expect(pointsAttr([{ year: 2020, value: 1.5083 }], 2)).toBe('2020:1.51');
    expect(pointsAttr([{ year: 2020, value: 112.55 }, { year: 2021, value: 1.005 }], 1)).toBe('2020:112.6,2021:1');
  });

  it('picks round ticks and readable years', () => {
    expect(niceTicks(108.2, 116.4, 5)).toEqual([110, 112, 114, 116]);
    expect(niceTicks(0, 100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(yearTicks(2016, 2025, 600)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(yearTicks(2015, 2030, 280)).toEqual([2015, 2020, 2025, 2030]);
  });

  it('labels goals "≤ 111 (2025, VN-2021-2030)", one label for goals with the same value and year', () => {
    const goal = { planCode: 'VN-2021-2030', comparator: '<=' as const, value: 111, year: 2025 };
    expect(goalLabel([goal], 'boys_per_100_girls', 'vi')).toBe('≤ 111 (2025, VN-2021-2030)');
    expect(goalLabel([goal, { ...goal, planCode: 'NB-2021-2025' }])).toBe('≤ 111 (2025, VN-2021-2030, NB-2021-2025)');
    expect(goalLabel([{ ...goal, comparator: '>=', value: 60 }], 'percent', 'en')).toBe('≥ 60% (2025, VN-2021-2030)');
  });

  it('keeps labels apart and inside the plot, and puts them where they hide the fewest points', () => {
    expect(spreadLabels([50, 52, 200], 13, 10, 180)).toEqual([50, 63, 180]);
    expect(spreadLabels([178, 179], 13, 10, 180)).toEqual([167, 180]);
    const crowdedRight = [{ x: 300, y: 95 }, { x: 290, y: 92 }];
    expect(labelSpot(100, 20, crowdedRight, 40, 330)).toEqual({ anchor: 'start', side: -1 });
    expect(labelSpot(100, 20, [], 40, 330)).toEqual({ anchor: 'end', side: -1 });
  });
});

describe('chart SVG', () => {
  const model = buildChartModel(indicatorProgress(), 1, 'boys_per_100_girls');
  const out = chartSvgHtml(model, text, 340, 'vi').value;

  it('is an image with a title and a description', () => {
    expect(out).toContain('<svg id="progress-chart"');
    expect(out).toContain('role="img" aria-labelledby="progress-chart-title progress-chart-desc"');
    expect(out).toContain('<title id="progress-chart-title">Diễn biến – Ninh Bình</title>');
    expect(out).toContain('data-projection-status="on_track"');
  });

  it('exposes each series’ points on path[data-series][data-points], with a dash pattern besides the colour', () => {
    const paths = attrs(out, 'path', 'data-series=');
    expect(paths.map((p) => p['data-series'])).toEqual(['F', 'M', '_T']);
    expect(paths[2]!['data-points']).toBe('2016:115.4,2017:114.2,2019:113.9,2020:112.6,2021:111.3,2022:111.4,2023:111.4');
    expect(paths[0]!['data-points']).toBe('2021:100,2023:101.3');
    expect(paths[0]!['stroke-dasharray']).toBe('8 4');
    expect(paths[1]!['stroke-dasharray']).toBe('2 4');
    expect(paths[2]!['stroke-dasharray']).toBeUndefined();
    // 2018 is missing: the total's line breaks there
    expect((paths[2]!.d!.match(/M/g) ?? []).length).toBe(2);
    // F has 2021 and 2023 only: two separate points
    expect(paths[0]!.d).toMatch(/^M[\d.]+,[\d.]+M[\d.]+,[\d.]+$/);
  });

  it('draws one line[data-goal] per goal with its year, value and plan, and labels them', () => {
    const goals = attrs(out, 'line', 'data-goal=');
    expect(goals.map((g) => `${g['data-year']}|${g['data-value']}|${g['data-plan']}`)).toEqual([
      '2020|115|VN-2011-2020',
      '2025|111|NB-2021-2025',
      '2025|111|VN-2021-2030',
    ]);
    expect(goals[1]!.y1).toBe(goals[2]!.y1);
    expect(out).toContain('≤ 115 (2020, VN-2011-2020)</text>');
    expect(out).toContain('≤ 111 (2025, NB-2021-2025, VN-2021-2030)</text>');
  });

  it('draws the projection dashed from the latest point to the target year', () => {
    const [projection] = attrs(out, 'path', 'data-projection=');
    expect(projection!['data-points']).toBe('2023:111.4,2024:111.5,2025:111.5');
    expect(projection!['data-plan']).toBe('NB-2021-2025');
    expect(projection!['data-status']).toBe('on_track');
    expect(projection!['stroke-dasharray']).toBe('5 5');
    expect(projection!.d!.startsWith('M')).toBe(true);
  });

  it('leaves the projection out when nothing is projected', () => {
    const none = buildChartModel(indicatorProgress({ projection: null }), 1);
    const svg = chartSvgHtml(none, text).value;
    expect(svg).not.toContain('data-projection=');
    expect(svg).not.toContain('data-projection-status');
    expect(legendHtml(none).value).not.toContain('data-legend="projection"');
  });

  it('has a legend and a visually hidden table of the same data', () => {
    const legend = legendHtml(model).value;
    expect(legend).toContain('data-legend="F"');
    expect(legend).toContain('Nữ');
    expect(legend).toContain('data-legend="projection"');
    expect(legend).toContain('data-legend="goal"');
    const table = chartTableHtml(model, unit, 'Tỉnh Ninh Bình').value;
    expect(table).toContain('<div class="sr-only" id="progress-chart-alt">');
    expect(table).toContain('<caption>Số liệu của biểu đồ – Tỉnh Ninh Bình</caption>');
    expect(table).toContain('<tr data-year="2016"><th scope="row">2016</th><td>không có số liệu</td><td>không có số liệu</td><td>115,4</td><td>không có số liệu</td></tr>');
    expect(table).toContain('<tr data-year="2025">');
    expect(table).toContain('<li>≤ 111 (2025, NB-2021-2025, VN-2021-2030)</li>');
  });
});

describe('ranking', () => {
  it('lists the areas below in the API’s order with their status and a link to their page', () => {
    const out = rankingHtml(ranking(), unit, 'SRB').value;
    expect(out).toContain('<table class="data-table stack-table ranking-table" id="ranking" role="table" data-year="2025">');
    const rows = [...out.matchAll(/<tr role="row" data-area="(\w+)" data-status="(\w+)">/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(rows).toEqual(['373:regressing', '370:acceleration_needed', '369:achieved', '377:no_data']);
    expect(out).toContain('<a class="ranking-link" data-area="373" href="#/indicators/SRB?area=373">Huyện Gia Viễn</a>');
    expect(out).toContain('Thành phố &lt;Tam Điệp&gt;');
    expect(out).toContain('114,7');
    expect(out).toContain('3,7');
    expect(out).toContain('<span aria-hidden="true">≤</span>');
    expect(out).toContain('<span class="status-label">Đi lùi</span>');
  });

  it('says so when there is no area below', () => {
    expect(rankingHtml(ranking({ areas: [] }), unit, 'SRB').value).toContain('id="ranking-empty"');
  });
});

describe('progress section', () => {
  it('shows the projection’s status with its icon and words, the chart and the ranking', () => {
    const out = progressSectionHtml({
      code: 'SRB', area: '37', areaName: 'Tỉnh Ninh Bình', unit, progress: indicatorProgress(), ranking: ranking(),
      progressError: '', rankingError: '', areaChoice: null,
    }).value;
    expect(out).toContain('id="projection-status" data-status="on_track" data-plan="NB-2021-2025"');
    expect(out).toContain('<span class="status-label">Đúng tiến độ</span>');
    expect(out).toContain('r = 0,97');
    expect(out).toContain('id="progress-chart"');
    expect(out).toContain('id="progress-chart-table"');
    expect(out).toContain('id="ranking"');
    expect(out).toContain('Địa bàn: Tỉnh Ninh Bình');
  });

  it('shows errors inside the section', () => {
    const out = progressSectionHtml({
      code: 'SRB', area: '37', areaName: '37', unit, progress: null, ranking: null,
      progressError: 'Máy chủ báo lỗi', rankingError: 'Lỗi', areaChoice: [{ code: '37', label: 'Ninh Bình' }],
    }).value;
    expect(out).toContain('<p class="error inline-error" role="alert" id="progress-error">Máy chủ báo lỗi</p>');
    expect(out).toContain('id="ranking-error"');
    expect(out).toContain('<select id="progress-area" name="area">');
  });
});

describe('indicator page with progress', () => {
  const indicator: IndicatorDetail = {
    code: 'SRB', nameVi: 'Tỷ số giới tính khi sinh', nameEn: 'Sex ratio at birth', domain: 'health', unit: 'boys_per_100_girls',
    unitVi: 'bé trai/100 bé gái', unitEn: 'boys per 100 girls', direction: 'lower', decimals: 1, targetCount: 0, targets: [],
  };
  const { targets, ...summary } = indicator;

  it('loads the chart and the ranking for everyone, signed in or not', async () => {
    const calls = stubFetch({
      'GET /api/indicators/SRB': json({ indicator: summary, targets }),
      'GET /api/agencies': json([]),
      'GET /api/indicators/SRB/progress': json(indicatorProgress()),
      'GET /api/indicators/SRB/ranking': json(ranking()),
      'GET /api/areas/37': json({ area: { code: '37', parentCode: 'VN', level: 1, kindVi: 'Tỉnh', nameVi: 'Tỉnh Ninh Bình', nameEn: 'Ninh Binh province', childCount: 8 }, ancestors: [], children: [] }),
    });
    const view = await indicatorPage.load(parseRoute('#/indicators/SRB?area=37'));
    const out = view.html().value;
    expect(calls.map((c) => c.url)).toEqual(
      expect.arrayContaining(['/api/indicators/SRB/progress?area=37', '/api/indicators/SRB/ranking?area=37', '/api/areas/37']),
    );
    expect(calls.some((c) => c.url.includes('/values'))).toBe(false); // values need a signed-in user
    expect(out).toContain('id="progress-section"');
    expect(out).toContain('path class="series-line" data-series="_T"');
    expect(out).toContain('data-goal="" data-year="2025" data-value="111" data-plan="VN-2021-2030"');
    expect(out).toContain('data-projection=""');
    expect(out).toContain('<tr role="row" data-area="373" data-status="regressing">');
    expect(out).toContain('<option value="37" selected>Tỉnh Ninh Bình</option>');
    expect(out.indexOf('id="progress-section"')).toBeLessThan(out.indexOf('id="indicator-targets-heading"'));
  });

  it('still shows the page when the progress cannot be read', async () => {
    stubFetch({
      'GET /api/indicators/SRB': json({ indicator: summary, targets }),
      'GET /api/agencies': json([]),
      'GET /api/indicators/SRB/progress': json({ status: 500, title: 'Lỗi / Error' }, 500),
    });
    const out = (await indicatorPage.load(parseRoute('#/indicators/SRB?area=37'))).html().value;
    expect(out).toContain('id="indicator-title"');
    expect(out).toContain('id="progress-error"');
    expect(out).toContain('id="ranking-error"');
  });
});
