import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearApiCache } from '../src/api/client';
import type { PlanSummary } from '../src/api/types';
import { setLang } from '../src/i18n';
import { countsSentence, dashboardOptions, dashboardPage, dashboardUrl, methodHtml, miniCountsHtml } from '../src/pages/dashboard';
import { plansPage } from '../src/pages/plans';
import { DEFAULT_DASHBOARD, dashboardHref, parseRoute, safeReturn } from '../src/router';
import { clearSession, setSession } from '../src/session';
import { json, stubFetch } from './fixtures';
import { counts, planProgress } from './progressFixtures';

const nbPlan: PlanSummary = {
  code: 'NB-2021-2025', kind: 'five-year', areaCode: '37', areaUnit: '37', areaNameVi: 'Tỉnh Ninh Bình', areaNameEn: 'Ninh Binh province', areaLevel: 1,
  startYear: 2021, endYear: 2025, titleVi: 'Kế hoạch Ninh Bình', titleEn: 'Ninh Bình plan', legalBasisVi: '', legalBasisEn: '', documentRef: null, targetCount: 23, status: 'issued', version: 1,
};
const vnPlan: PlanSummary = { ...nbPlan, code: 'VN-2021-2030', kind: 'strategy', areaCode: 'VN', areaUnit: 'VN', areaNameVi: 'Việt Nam', areaNameEn: 'Viet Nam', areaLevel: 0, titleVi: 'Chiến lược 2021-2030', titleEn: 'Strategy 2021-2030', startYear: 2021, endYear: 2030 };

beforeEach(() => setLang('vi'));
afterEach(() => {
  vi.unstubAllGlobals();
  clearApiCache();
  clearSession();
});

function routes(progress = planProgress()) {
  return {
    'GET /api/plans/NB-2021-2025/progress': json(progress),
    'GET /api/plans': json([vnPlan, nbPlan]),
  };
}

describe('dashboard route and options', () => {
  it('opens Ninh Bình’s plan at the province by default and keeps every option in the URL', () => {
    expect(parseRoute('#/dashboard?plan=NB-2021-2025&area=37').name).toBe('dashboard');
    expect(dashboardHref()).toBe('#/dashboard?plan=NB-2021-2025&area=37');
    expect(DEFAULT_DASHBOARD).toEqual({ plan: 'NB-2021-2025', area: '37' });
    expect(dashboardOptions({}, false)).toEqual({ plan: 'NB-2021-2025', area: '37', method: 'unsd', approvedOnly: false, objective: '' });
    expect(dashboardOptions({ plan: 'VN-2021-2030' }, false).area).toBe(''); // the plan's own area
    expect(dashboardOptions({ method: 'opensdg', approvedOnly: 'true' }, false)).toMatchObject({ method: 'opensdg', approvedOnly: false });
    expect(dashboardOptions({ approvedOnly: 'true' }, true).approvedOnly).toBe(true);
    expect(dashboardUrl({ plan: 'NB-2021-2025', area: '37', method: 'opensdg', approvedOnly: true, objective: '4' }))
      .toBe('#/dashboard?plan=NB-2021-2025&area=37&method=opensdg&objective=4&approvedOnly=true');
    expect(dashboardUrl({ plan: 'NB-2021-2025', area: '37', method: 'unsd', approvedOnly: false, objective: '' })).toBe('#/dashboard?plan=NB-2021-2025&area=37');
    expect(safeReturn('/dashboard?plan=NB-2021-2025&area=37')).toBe('/dashboard?plan=NB-2021-2025&area=37');
    expect(parseRoute('#/report?plan=NB-2021-2025&area=37')).toMatchObject({ name: 'report', query: { plan: 'NB-2021-2025', area: '37' } });
  });
});

describe('dashboard page', () => {
  it('works without signing in: asks for the public progress (no token, no approvedOnly)', async () => {
    const calls = stubFetch(routes());
    await dashboardPage.load(parseRoute('#/dashboard?plan=NB-2021-2025&area=37'));
    const progressCall = calls.find((c) => c.url.startsWith('/api/plans/NB-2021-2025/progress'))!;
    expect(progressCall.url).toBe('/api/plans/NB-2021-2025/progress?area=37');
    expect(progressCall.headers.Authorization).toBeUndefined();
  });

  it('shows counts by status with icon, number and words, objective tiles and targets furthest behind first', async () => {
    stubFetch(routes());
    const view = await dashboardPage.load(parseRoute('#/dashboard?plan=NB-2021-2025&area=37'));
    const out = view.html().value;
    expect(view.title()).toBe('Tiến độ thực hiện kế hoạch');
    expect(out).toContain('<h1 tabindex="-1" id="dashboard-title">');
    expect(out).toContain('id="dashboard" data-plan="NB-2021-2025" data-area="37" data-method="unsd" data-approved-only="true"');
    // counts: only statuses present, each with icon and words
    expect(out).toMatch(/<li class="status-count status-regressing" data-status="regressing" data-count="1">\s*<span class="status-icon" aria-hidden="true">↘<\/span>\s*<span class="count-number">1<\/span>\s*<span class="count-label">Đi lùi<\/span>/);
    expect(out).toContain('data-status="acceleration_needed" data-count="2"');
    expect(out).not.toContain('data-status="on_track" data-count');
    // tiles
    expect(out).toContain('<a class="objective-tile card-link" id="objective-tile-4" href="#/dashboard?plan=NB-2021-2025&amp;area=37&amp;objective=4" data-objective="4">');
    expect(out).toContain('Giáo dục &lt;script&gt;');
    // targets, furthest behind first
    const order = [...out.matchAll(/data-progress-target="([\w.]+)" data-status="(\w+)"/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(order).toEqual(['4.2:regressing', '4.3:acceleration_needed', '1.1:acceleration_needed', '5.1:not_achieved', '5.2:no_data', '4.1:achieved']);
    expect(out).toContain('<a class="indicator-chart-link" data-indicator="MMR" href="#/indicators/MMR?area=37&amp;date=2021-01-01">');
    expect(out).toContain('Tỷ suất sinh ở vị thành niên &lt;b&gt;');
    expect(out).toContain('<svg class="sparkline status-regressing"');
    expect(out).toContain('Chủ trì:</span> Sở Y tế');
    // the latest value against the target
    expect(out).toMatch(/data-progress-target="4\.2"[\s\S]*?Mới nhất \(2023\)<\/dt><dd>60,2<\/dd>[\s\S]*?Mục tiêu 2025<\/dt><dd>[\s\S]*?≤[\s\S]*? 28<\/dd>/);
    expect(out).toContain('Dự báo 2025</dt><dd>77,8</dd>'); // 2023 is before the target year
    expect(out).toContain('r = -1,97');
    // the method, the report, the plan choice and the method switch
    expect(out).toContain('id="method-details"');
    expect(out).toContain('v_T = v_t·(1+CAGR)^(T−t)');
    expect(out).toContain('<a class="button" id="report-link" href="#/report?plan=NB-2021-2025&amp;area=37">');
    expect(out).toContain('<select id="dashboard-plan" name="plan">');
    expect(out).toContain('<input type="radio" name="method" value="unsd" id="method-unsd" checked />');
    expect(out).not.toContain('id="approved-only"'); // signed out
    expect(out).toContain('id="approved-note"');
    expect(view.announce?.()).toBe('6 chỉ tiêu: 1 đã đạt, 2 cần tăng tốc, 1 đi lùi, 1 chưa đạt, 1 chưa có số liệu.');
  });

  it('filters by objective from the URL', async () => {
    stubFetch(routes());
    const out = (await dashboardPage.load(parseRoute('#/dashboard?plan=NB-2021-2025&area=37&objective=4'))).html().value;
    const order = [...out.matchAll(/data-progress-target="([\w.]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['4.2', '4.3', '4.1']);
    expect(out).toContain('data-objective="4" aria-current="true"');
    expect(out).toContain('<a id="clear-objective" href="#/dashboard?plan=NB-2021-2025&amp;area=37">');
  });

  it('asks for the Open SDG method and, signed in, for approved values only', async () => {
    setSession({ token: 't', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user: { username: 'leader', role: 'leader', displayName: 'Lãnh đạo', agency: null, area: null } });
    const calls = stubFetch(routes(planProgress({ method: 'opensdg' })));
    const out = (await dashboardPage.load(parseRoute('#/dashboard?plan=NB-2021-2025&area=37&method=opensdg&approvedOnly=true'))).html().value;
    expect(calls.find((c) => c.url.includes('/progress'))!.url).toBe('/api/plans/NB-2021-2025/progress?area=37&method=opensdg&approvedOnly=true');
    expect(out).toContain('id="method-opensdg" checked');
    expect(out).toContain('id="approved-only" checked');
    expect(out).toContain('<p id="method-text">Theo phương pháp Open SDG');
  });

  it('is in English too', async () => {
    setLang('en');
    stubFetch(routes());
    const out = (await dashboardPage.load(parseRoute('#/dashboard'))).html().value;
    expect(out).toContain('Progress of the plan');
    expect(out).toContain('<span class="count-label">Regressing</span>');
    expect(out).toContain('Targets, furthest behind first');
  });
});

describe('dashboard pieces', () => {
  it('small counts put what needs attention first and name the status for screen readers', () => {
    const out = miniCountsHtml(counts({ achieved: 2, regressing: 1 })).value;
    expect(out.indexOf('data-status="regressing"')).toBeLessThan(out.indexOf('data-status="achieved"'));
    expect(out).toContain('<span class="sr-only"> Đi lùi</span>');
    expect(countsSentence(counts(), 'en')).toBe('0 targets.');
  });

  it('explains the method with its formula and thresholds in both languages', () => {
    expect(methodHtml('unsd', true).value).toContain('r = (v_T − v_b)/(mục tiêu − v_b)');
    setLang('en');
    const out = methodHtml('unsd', false).value;
    expect(out).toContain('on track when r ≥ 0.95; acceleration needed when 0.10 ≤ r &lt; 0.95');
    expect(out).toContain('<details id="method-details">');
  });
});

describe('plans list', () => {
  it('keeps the plan links and adds a progress link to each plan', async () => {
    stubFetch({ 'GET /api/plans': json([nbPlan, vnPlan]) });
    const out = (await plansPage.load(parseRoute('#/'))).html().value;
    expect(out).toContain('<a class="plan-link card-link" href="#/plans/NB-2021-2025" data-plan="NB-2021-2025">');
    expect(out).toContain('<a class="progress-link" href="#/dashboard?plan=NB-2021-2025&amp;area=37" data-plan="NB-2021-2025">');
    expect(out).toContain('<a class="progress-link" href="#/dashboard?plan=VN-2021-2030&amp;area=VN" data-plan="VN-2021-2030">');
    expect(out).toContain('<span class="sr-only">: Kế hoạch Ninh Bình</span>');
  });
});
