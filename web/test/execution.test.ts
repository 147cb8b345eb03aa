// Plan execution pages from stubbed API answers: My activities (#/activities), one report (#/reports/...) for its
// body and its reviewer, the compile page (#/compile), and the dashboard's activities and budget.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearApiCache } from '../src/api/client';
import type { Role } from '../src/api/types';
import { setLang } from '../src/i18n';
import { activitiesPage, owedReportHtml } from '../src/pages/activities';
import { activityReportPage, reportKeyFromRoute } from '../src/pages/activityReport';
import { compilePage, plansWithin, rosterCounts } from '../src/pages/compile';
import { completionFrom, loadCompletion } from '../src/pages/completion';
import { dashboardPage } from '../src/pages/dashboard';
import { planPage } from '../src/pages/plan';
import {
  activitiesSectionHtml,
  activityTimeText,
  budgetDifferences,
  budgetSectionHtml,
  filterRoster,
  outputName,
  reportHref,
  reportTitle,
  statedScopeText,
  summarizeActivities,
} from '../src/pages/execution';
import { afterSignInHash } from '../src/pages/signIn';
import { parseRoute } from '../src/router';
import { clearSession, setSession } from '../src/session';
import { json, stubFetch } from './fixtures';
import { planExecution, activityReport, bsPlan, filedReport, myActivities, nbActivities, nbPlan, planActivity, qnBudget, roster } from './executionFixtures';
import { planProgress } from './progressFixtures';

function signIn(username: string, role: Role, area: string, body: string | null, agency: string | null = body) {
  setSession({
    token: 't.o.k', expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user: { username, role, displayName: username, agency, area, body },
  });
}

const REPORT = '/api/plans/NB-2021-2025/reports/37/WU/action-month/2025';

beforeEach(() => {
  setLang('vi');
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-12-12T03:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  clearApiCache();
  clearSession();
  setLang('vi');
});

describe('words and counts', () => {
  it('names reports, times and outputs', () => {
    expect(reportTitle({ kind: 'action-month', period: '2025' })).toBe('Báo cáo Tháng hành động 2025');
    expect(reportTitle({ kind: 'half-year', period: '2018S1' })).toBe('Báo cáo 6 tháng đầu năm 2018');
    expect(reportTitle({ kind: 'half-year', period: '2018S1' }, 'en')).toBe('Half-year report, H1 2018');
    expect(activityTimeText({ timing: 'year', start: '2018-01-01', end: '2018-12-31' })).toBe('Năm 2018');
    expect(activityTimeText({ timing: 'period', start: '2021-01-01', end: '2025-12-31' })).toBe('2021–2025');
    expect(activityTimeText({ timing: 'window', start: '2018-11-15', end: '2018-12-15' })).toBe('15/11/2018 – 15/12/2018');
    expect(activityTimeText({ timing: 'date', start: '2018-11-10', end: '2018-11-10' })).toBe('10/11/2018');
    const output = planActivity().outputs[0]!;
    expect(outputName(output, { textVi: 'Khác', textEn: 'Other' })).toBe('Tập huấn cán bộ cơ sở');
    // An output stated in the activity's own sentence is named by its unit, not by the sentence again.
    expect(outputName(output, { textVi: 'Tập huấn cán bộ cơ sở.', textEn: '' })).toBe('Số lớp');
    expect(outputName({ ...output, unit: 'other' }, { textVi: 'Tập huấn cán bộ cơ sở', textEn: '' }, 'en')).toBe('Count');
    expect(reportHref({ plan: 'BS-2018', area: '381', body: 'BS-CULTURE', kind: 'half-year', period: '2018S1' })).toBe('#/reports/BS-2018/381/BS-CULTURE/half-year/2018S1');
    expect(reportKeyFromRoute(parseRoute('#/reports/BS-2018/381/BS-CULTURE/half-year/2018S1'))).toEqual({ plan: 'BS-2018', area: '381', body: 'BS-CULTURE', kind: 'half-year', period: '2018S1' });
    expect(reportKeyFromRoute(parseRoute('#/reports/BS-2018/381/BS-CULTURE/weekly/2018'))).toBeNull();
  });

  it('counts a plan’s activities (nothing estimated) and lists them by domain', () => {
    expect(summarizeActivities(nbActivities(), 2025)).toEqual({
      total: 4, withOutputs: 1, inYear: 3,
      byDomain: [{ domain: 'politics', count: 1 }, { domain: 'family-gbv', count: 1 }, { domain: 'health', count: 1 }, { domain: 'communication', count: 1 }],
    });
    const out = activitiesSectionHtml(nbActivities(), { year: 2025, open: true }).value;
    expect(out).toContain('<li data-count="total"><span class="count-number">4</span>');
    expect(out).toContain('data-count="in-year" data-year="2025"><span class="count-number">3</span> <span class="count-label">thực hiện trong năm 2025</span>');
    expect(out).toContain('<li data-domain="family-gbv" data-count="1">');
    expect(out).toContain('<details class="activity-list-details" id="activity-list-details" open>');
    expect(out).toContain('<li class="activity" data-activity="III.1.4" data-domain="family-gbv" data-timing="window">');
    expect(out).toContain('<span class="label">Chủ trì:</span> Sở Lao động - Thương binh và Xã hội');
    expect(out).toContain('<span class="label">Phối hợp:</span> Hội Liên hiệp Phụ nữ tỉnh');
    expect(out).toContain('Người được tập huấn</span> <span class="output-by-sex">· đếm theo giới tính</span>');
    expect(out).toContain('id="completion-note"');
    expect(activitiesSectionHtml([], { year: null, open: false }).value).toContain('id="activities-empty"');
  });

  it('shows the budget’s computed total beside the printed one, with the difference and the line left out', () => {
    const budget = qnBudget();
    expect(budgetDifferences(budget).map((c) => c.scope)).toEqual(['total', 'year']);
    const out = budgetSectionHtml(budget, (code) => (code === 'DIC' ? 'Sở TT&TT' : code)).value;
    expect(out).toContain('id="budget-computed" data-amount="10140">10.140</dd>');
    expect(out).toContain('id="budget-stated" data-amount="10050">10.050</dd>');
    expect(out).toContain('id="budget-difference" data-amount="90"><span class="budget-difference differs"><span aria-hidden="true">⚠</span> +90</span> <span class="budget-explained">(văn bản không cộng dòng V)</span>');
    expect(out).toContain('<tr role="row" data-scope="year" data-difference="40">');
    expect(out).toContain('>Năm 2013</th>');
    expect(out).not.toContain('data-scope="source"'); // a printed total that agrees is not listed as a difference
    expect(out).toContain('<tr role="row" data-line="I.1" class="sub-line" data-parent="I">');
    expect(out).toContain('(Sở TT&amp;TT)');
    expect(out).toContain('<td role="cell" class="num" data-label="Cộng" data-amount="90">90</td>');
    expect(out).toContain('<li data-source="provincial" data-amount="10140"><span class="label">Ngân sách tỉnh:</span> 10.140</li>');
    expect(out).toContain('Tổng do hệ thống tính = cộng các dòng cấp cao nhất.');
    setLang('en');
    const en = budgetSectionHtml(budget).value;
    expect(en).toContain('10,140');
    expect(en).toContain('(the printed total leaves out line V)');
    expect(statedScopeText(budget.stated[2]!, 'en')).toBe('Provincial budget, 2014');
    expect(budgetSectionHtml({ ...budget, lines: [], stated: [] }).value).toContain('id="budget-empty"');
  });

  it('filters the roster without reordering it, and counts what waits and what is missing', () => {
    const data = roster();
    expect(filterRoster(data.reports, { show: 'late' }).map((r) => r.body)).toEqual(['DCS', 'DOH']);
    expect(filterRoster(data.reports, { show: 'waiting' }).map((r) => r.body)).toEqual(['WU']);
    expect(filterRoster(data.reports, { show: 'missing' }).map((r) => r.body)).toEqual(['DCS', 'DISTRICT-PC']);
    expect(filterRoster(data.reports, { kind: 'year' }).map((r) => r.body)).toEqual(['DCS', 'DOH']);
    expect(rosterCounts(data)).toEqual({ owed: 4, reported: 2, onTime: 1, late: 2, waiting: 1, missing: 2 });
    expect(plansWithin([nbPlan, bsPlan], '38', [{ code: '381' }]).map((p) => p.code)).toEqual(['BS-2018']);
  });

  it('sends a town office (no agency) to its activities after signing in', () => {
    expect(afterSignInHash(undefined, 'department', null)).toBe('#/activities');
    expect(afterSignInHash(undefined, 'department', 'WU')).toBe('#/my');
  });
});

describe('#/activities', () => {
  it('asks for this year’s activities and reports of the newest plan, with links to each report', async () => {
    signIn('wu', 'department', '37', 'WU');
    const calls = stubFetch({
      'GET /api/plans': json([nbPlan]),
      'GET /api/me/activities': json(myActivities()),
      'GET /api/plans/NB-2021-2025/activities': json(nbActivities()),
      'GET /api/plans/NB-2021-2025/reports': json(roster()),
    });
    const out = (await activitiesPage.load(parseRoute('#/activities'))).html().value;
    expect(calls.map((c) => c.url)).toEqual([
      '/api/plans?area=37',
      '/api/me/activities?plan=NB-2021-2025&year=2025',
      '/api/plans/NB-2021-2025/activities',
      '/api/plans/NB-2021-2025/reports?year=2025',
    ]);
    expect(out).toContain('<h1 tabindex="-1" id="activities-title">Nhiệm vụ của tôi</h1>');
    expect(out).toContain('Đơn vị: Hội Liên hiệp Phụ nữ tỉnh · Địa bàn: Tỉnh Ninh Bình.');
    expect(out).toMatch(/<select id="activities-period" name="period">\s*<option value="2025" selected>/);
    expect(out).toContain('Báo cáo phải nộp năm 2025 (2)');
    // By due date: the annual report (10 Dec) before the Action Month's (15 Dec).
    expect([...out.matchAll(/<li class="owed-report" data-kind="([\w-]+)"/g)].map((m) => m[1])).toEqual(['year', 'action-month']);
    expect(out).toContain(`href="#/reports/NB-2021-2025/37/WU/action-month/2025" data-kind="action-month" data-period="2025">Báo cáo Tháng hành động 2025</a>`);
    expect(out).toContain('<span class="due-status">còn 3 ngày</span>');
    expect(out).toContain('<dd>Sở LĐTBXH</dd>'); // the recipient's name as the roster gives it
    expect(out).toContain('Lập báo cáo<span class="sr-only">: Báo cáo Tháng hành động 2025</span>');
    expect(out).toContain('Xem báo cáo<span class="sr-only">: Báo cáo năm 2025</span>');
    expect(out).toContain('<section class="my-activities" id="lead-activities" aria-labelledby="lead-activities-heading" data-count="1">');
    expect(out).toContain('data-activity="III.1.4" data-role="coordinating"');
    expect(out).not.toContain('id="received-link"');
  });

  it('links a body that receives reports to them, and keeps the URL’s plan and year', async () => {
    signIn('bs-labour', 'department', '381', 'BS-LABOUR', null);
    const calls = stubFetch({
      'GET /api/plans': json([bsPlan]),
      'GET /api/me/activities': json(myActivities({ plan: 'BS-2018', year: 2018, area: '381', body: 'BS-LABOUR', activities: [], reports: [] })),
      'GET /api/plans/BS-2018/activities': json([]),
      'GET /api/plans/BS-2018/reports': json(roster({ plan: 'BS-2018', reports: [roster().reports[0]!, { ...roster().reports[0]!, body: 'BS-CULTURE', recipient: 'BS-LABOUR' }] })),
    });
    const out = (await activitiesPage.load(parseRoute('#/activities?plan=BS-2018&year=2018'))).html().value;
    expect(calls[1]!.url).toBe('/api/me/activities?plan=BS-2018&year=2018');
    expect(out).toContain('id="owed-empty"');
    expect(out).toContain('href="#/compile?plan=BS-2018&amp;year=2018">Báo cáo các đơn vị gửi đến (1)</a>');
    expect(out).toContain('Năm 2018, đơn vị không chủ trì nhiệm vụ nào của kế hoạch.');
  });

  it('tells other roles and signed-out users what to do, and shows a failed load in the page', async () => {
    signIn('admin', 'admin', '37', 'DOLISA');
    expect((await activitiesPage.load(parseRoute('#/activities'))).html().value).toContain('id="activities-forbidden"');
    clearSession();
    expect((await activitiesPage.load(parseRoute('#/activities'))).html().value).toContain('id="activities-sign-in"');
    signIn('wu', 'department', '37', 'WU');
    stubFetch({ 'GET /api/plans': json([nbPlan]), 'GET /api/me/activities': json({ status: 404, detail: 'Không có. / None.' }, 404) });
    const out = (await activitiesPage.load(parseRoute('#/activities'))).html().value;
    expect(out).toContain('id="activities-plan"');
    expect(out).toMatch(/role="alert" id="activities-error">Không có.<\/p>/);
  });

  it('renders an owed report in English too', () => {
    const out = owedReportHtml(myActivities().reports[1]!, { plan: 'NB-2021-2025', area: '37', body: 'WU', today: '2025-12-12', recipientName: 'DOLISA' }, 'en').value;
    expect(out).toContain('Annual report 2025</a>');
    expect(out).toContain('data-state="submitted"');
    expect(out).not.toContain('due-status'); // submitted: no countdown
    expect(out).toContain('View the report');
  });
});

describe('#/reports/… (one report)', () => {
  const routes = (report = activityReport(), etag?: string) => ({
    [`GET ${REPORT}`]: json(report, 200, etag ? { etag } : {}),
    'GET /api/plans/NB-2021-2025/activities': json(nbActivities()),
    'GET /api/plans/NB-2021-2025': json({ plan: nbPlan, objectives: [], reportingCalendar: [] }),
    'GET /api/agencies': json([{ code: 'DOLISA', nameVi: 'Sở LĐTBXH', nameEn: 'DOLISA' }]),
  });

  it('is the form for the body that owes it: items, texts, save draft and submit', async () => {
    signIn('wu', 'department', '37', 'WU');
    const calls = stubFetch(routes());
    const out = (await activityReportPage.load(parseRoute('#/reports/NB-2021-2025/37/WU/action-month/2025'))).html().value;
    expect(calls[0]!.url).toBe(REPORT);
    expect(out).toContain('<h1 tabindex="-1" id="report-title" data-kind="action-month" data-period="2025">Báo cáo Tháng hành động 2025</h1>');
    expect(out).toContain('<div id="report-box" class="report-box" data-mode="owner">');
    expect(out).toContain('href="#/activities?plan=NB-2021-2025&amp;year=2025"');
    expect(out).toContain('<form id="report-form" class="report-form" novalidate>');
    expect(out).toContain('data-activity="III.1.4"');
    expect(out).toContain('data-activity="V.19.2"');
    expect(out).toContain('id="report-save"');
    expect(out).toContain('id="report-submit"');
    expect(out).not.toContain('id="report-approve"');
  });

  it('is read only for its body once submitted', async () => {
    signIn('wu', 'department', '37', 'WU');
    stubFetch(routes(filedReport({ state: 'submitted', submittedAt: '2025-12-10T02:00:00Z', onTime: true })));
    const out = (await activityReportPage.load(parseRoute('#/reports/NB-2021-2025/37/WU/action-month/2025'))).html().value;
    expect(out).toContain('id="report-readonly" data-reason="submitted"');
    expect(out).not.toContain('id="report-save"');
    expect(out).toContain('id="report-results-text">Tổ chức 12 buổi truyền thông</dd>');
    expect(out).toContain('gửi lúc 10/12/2025 09:00');
  });

  it('gives the coordinator the report read only with approve, return and reopen', async () => {
    signIn('admin', 'admin', '37', 'DOLISA');
    stubFetch(routes(filedReport({ state: 'submitted' })));
    const view = await activityReportPage.load(parseRoute('#/reports/NB-2021-2025/37/WU/action-month/2025'));
    const out = view.html().value;
    expect(out).toContain('data-mode="reviewer"');
    expect(out).toContain('href="#/compile?plan=NB-2021-2025&amp;year=2025"');
    expect(out).toContain('id="report-approve"');
    expect(out).toContain('id="report-return" aria-expanded="false" aria-controls="report-return-form"');
    expect(out).toContain('id="report-reopen"');
    expect(out).toMatch(/<form class="return-form" id="report-return-form" novalidate hidden>/);
    expect(out).toContain('<label for="report-return-comment">Lý do trả lại (bắt buộc)</label>');
    expect(out).not.toContain('id="report-form"');
    expect(out).toContain('id="report-spent-total"');
  });

  it('offers only reopening an approved report, and nothing before anything is filed', async () => {
    signIn('admin', 'admin', '37', 'DOLISA');
    stubFetch(routes(filedReport({ state: 'approved' })));
    let out = (await activityReportPage.load(parseRoute('#/reports/NB-2021-2025/37/WU/action-month/2025'))).html().value;
    expect(out).toContain('id="report-reopen"');
    expect(out).not.toContain('id="report-approve"');
    clearApiCache();
    stubFetch(routes());
    out = (await activityReportPage.load(parseRoute('#/reports/NB-2021-2025/37/WU/action-month/2025'))).html().value;
    expect(out).toContain('Đơn vị chưa lập báo cáo này.');
  });

  it('asks a signed-out user to sign in and come back', async () => {
    const out = (await activityReportPage.load(parseRoute('#/reports/NB-2021-2025/37/WU/action-month/2025'))).html().value;
    expect(out).toContain('id="report-sign-in"');
    expect(out).toContain('href="#/sign-in?return=%2Freports%2FNB-2021-2025%2F37%2FWU%2Faction-month%2F2025"');
  });
});

describe('#/compile', () => {
  it('lists every owed report of the plan’s year, late first, with counts, filters and a link to each', async () => {
    signIn('admin', 'admin', '37', 'DOLISA');
    const calls = stubFetch({
      'GET /api/plans': json([nbPlan, bsPlan]),
      'GET /api/areas': json([{ code: '369', parentCode: '37', level: 2, kindVi: 'Thành phố', nameVi: 'Thành phố Ninh Bình', nameEn: 'Ninh Binh city', childCount: 14 }]),
      'GET /api/plans/NB-2021-2025/reports': json(roster()),
    });
    const out = (await compilePage.load(parseRoute('#/compile'))).html().value;
    // The plan's districts name the district committees' rows (the same answer as the user's area's children: cached).
    expect(calls.map((c) => c.url)).toEqual(['/api/plans', '/api/areas?parent=37', '/api/plans/NB-2021-2025/reports?year=2025']);
    expect(out).toContain('<h1 tabindex="-1" id="compile-title">Tổng hợp báo cáo</h1>');
    expect(out).not.toContain('BS-2018'); // another province's town
    expect(out).toContain('<li class="roster-count count-waiting" data-count="waiting" data-value="1"><span class="count-number">1</span> <span class="count-label">chờ duyệt</span></li>');
    expect(out).toContain('data-count="late" data-value="2"');
    const rows = [...out.matchAll(/<tr role="row" data-body="([\w-]+)" data-area="(\d+)" data-kind="([\w-]+)" data-period="2025" data-state="(\w+)" data-late="(\w+)"/g)].map((m) => `${m[1]} ${m[4]} ${m[5]}`);
    expect(rows).toEqual(['DCS none true', 'DOH approved true', 'WU submitted false', 'DISTRICT-PC draft false']);
    expect(out).toContain('Sở &lt;Văn hóa&gt; <span class="late-badge">');
    expect(out).toContain('UBND huyện <span class="muted">(Thành phố Ninh Bình)</span>');
    expect(out).toContain('href="#/reports/NB-2021-2025/37/WU/action-month/2025">Mở<span class="sr-only">: Hội Liên hiệp Phụ nữ tỉnh, Báo cáo Tháng hành động 2025</span></a>');
    expect(out).toContain('11/12/2025 09:00 <span class="state-badge late" data-on-time="false">');
    expect(out).toContain('Đang hiển thị 4 trên 4 báo cáo.');
    expect(out).toContain('<option value="action-month">Báo cáo Tháng hành động</option>');
  });

  it('keeps the filters in the URL', async () => {
    signIn('admin', 'admin', '37', 'DOLISA');
    stubFetch({ 'GET /api/plans': json([nbPlan]), 'GET /api/areas': json([]), 'GET /api/plans/NB-2021-2025/reports': json(roster()) });
    const view = await compilePage.load(parseRoute('#/compile?plan=NB-2021-2025&year=2025&show=late&kind=year'));
    const out = view.html().value;
    expect(out).toContain('<option value="late" selected>Trễ hạn</option>');
    expect(out).toContain('<option value="year" selected>Báo cáo năm</option>');
    expect(view.announce?.()).toBe('Đang hiển thị 2 trên 4 báo cáo.');
  });

  it('is for coordinators and bodies, not for other roles', async () => {
    signIn('leader', 'leader', '37', null);
    expect((await compilePage.load(parseRoute('#/compile'))).html().value).toContain('id="compile-forbidden"');
    clearSession();
    expect((await compilePage.load(parseRoute('#/compile'))).html().value).toContain('id="compile-sign-in"');
  });
});

describe('the dashboard’s activities and budget', () => {
  const noTargets = () => ({ ...planProgress(), plan: 'BS-2018', area: '381', targets: [], objectives: [], agencies: [], counts: {} as ReturnType<typeof planProgress>['counts'] });

  it('shows a plan without numeric targets through its activities, open, instead of “no targets”', async () => {
    const calls = stubFetch({
      'GET /api/plans/BS-2018/progress': json(noTargets()),
      'GET /api/plans': json([bsPlan]),
      'GET /api/plans/BS-2018/activities': json(nbActivities()),
      'GET /api/plans/BS-2018/budget': json({ ...qnBudget(), plan: 'BS-2018', lines: [], stated: [] }),
      'GET /api/agencies': json([]),
    });
    const out = (await dashboardPage.load(parseRoute('#/dashboard?plan=BS-2018&area=381'))).html().value;
    expect(calls.map((c) => c.url)).toContain('/api/plans/BS-2018/activities');
    expect(out).toContain('Kế hoạch này không đặt chỉ tiêu định lượng');
    expect(out).not.toContain('Kế hoạch này chưa có chỉ tiêu nào.');
    expect(out).toContain('id="activities-progress"');
    expect(out).toContain('<details class="activity-list-details" id="activity-list-details" open>');
    expect(out).not.toContain('data-count="in-year"'); // 2018 is not this year
    expect(out).not.toContain('id="objectives-progress"');
    expect(out).toContain('id="budget-empty"');
  });

  it('puts the activities and the budget beside the target statuses of a plan with targets', async () => {
    stubFetch({
      'GET /api/plans/NB-2021-2025/progress': json(planProgress()),
      'GET /api/plans': json([nbPlan]),
      'GET /api/plans/NB-2021-2025/activities': json(nbActivities()),
      'GET /api/plans/NB-2021-2025/budget': json(qnBudget()),
      'GET /api/agencies': json([]),
    });
    const out = (await dashboardPage.load(parseRoute('#/dashboard?plan=NB-2021-2025&area=37'))).html().value;
    expect(out.indexOf('id="status-counts"')).toBeLessThan(out.indexOf('id="activities-progress"'));
    expect(out.indexOf('id="activities-progress"')).toBeLessThan(out.indexOf('id="budget"'));
    expect(out.indexOf('id="budget"')).toBeLessThan(out.indexOf('id="objectives-progress"'));
    expect(out).toContain('<details class="activity-list-details" id="activity-list-details">');
    expect(out).toContain('data-count="in-year" data-year="2025"');
    expect(out).toContain('id="budget-difference" data-amount="90"');
  });

  it('still shows the targets when the activities or the budget cannot be read', async () => {
    stubFetch({ 'GET /api/plans/NB-2021-2025/progress': json(planProgress()), 'GET /api/plans': json([nbPlan]) });
    const out = (await dashboardPage.load(parseRoute('#/dashboard?plan=NB-2021-2025&area=37'))).html().value;
    expect(out).toContain('id="objectives-progress"');
    expect(out).not.toContain('id="activities-progress"');
    expect(out).not.toContain('id="budget"');
  });
});

describe('the plan page’s activities', () => {
  it('lists a plan’s activities, open when it sets no numeric target', async () => {
    stubFetch({
      'GET /api/plans/BS-2018': json({ plan: bsPlan, objectives: [], reportingCalendar: [] }),
      'GET /api/agencies': json([]),
      'GET /api/plans/BS-2018/activities': json(nbActivities()),
    });
    const out = (await planPage.load(parseRoute('#/plans/BS-2018'))).html().value;
    expect(out).toContain('Kế hoạch này không đặt chỉ tiêu định lượng');
    expect(out).toContain('<details class="activity-list-details" id="activity-list-details" open>');
    expect(out).toContain('data-activity="V.19.2"');
  });
});

describe('completion from approved reports (GET /api/plans/{code}/execution, for everyone)', () => {
  it('shows the share with its formula, the statuses, the domains and the budget the API gives', () => {
    const completion = completionFrom(planExecution());
    expect(completion.reports).toBe(3);
    expect([...completion.byActivity]).toEqual([['III.1.4', 'done'], ['V.19.2', 'done'], ['IV.1', 'postponed']]);
    expect(completion.counts).toEqual({ 'not-started': 0, 'in-progress': 0, done: 2, postponed: 1, cancelled: 0 });
    expect(completion.notReported).toBe(1);
    const out = activitiesSectionHtml(nbActivities(), { year: 2025, open: true, completion }).value;
    expect(out).toContain('<h3>Mức độ hoàn thành theo 3 báo cáo đã duyệt <span class="muted">(năm 2025)</span></h3>');
    expect(out).toContain('id="completion-share" data-share="50"><span class="count-number">50 %</span>');
    expect(out).toContain('hoàn thành: 2 trên 4 nhiệm vụ phải thực hiện');
    expect(out).toContain('<li data-activity-status="done" data-count="2">');
    expect(out).toContain('<li data-activity-status="none" data-count="1">');
    expect(out).toContain('<tr data-domain="health" data-share="0">');
    expect(out).toContain('<tr data-source="provincial"><th scope="row">');
    expect(out).toMatch(/id="budget-execution" data-execution="25"/);
    expect(out).toContain('<details class="completion-formula" id="completion-formula"><summary>Cách tính</summary><p>Tỷ lệ hoàn thành = số hoạt động đã hoàn thành ÷ (số có kế hoạch − bị hủy bỏ)</p>');
    expect(out).not.toContain('id="completion-note"');
    expect(out).toMatch(/data-activity="IV.1"[^]*?data-activity-status="postponed"/);
  });

  it('reads the plan’s figures for a year, or the whole plan, without signing in', async () => {
    const calls = stubFetch({
      'GET /api/plans/NB-2021-2025/execution': json(planExecution()),
      'GET /api/plans/TN-2017/execution': json(planExecution({ plan: 'TN-2017', period: null })),
    });
    expect((await loadCompletion('NB-2021-2025', 2025))?.counts.done).toBe(2);
    expect((await loadCompletion('TN-2017'))?.period).toBeNull();
    expect(calls.map((c) => c.url)).toEqual(['/api/plans/NB-2021-2025/execution?period=2025', '/api/plans/TN-2017/execution']);
  });

  it('shows nothing rather than a guess when the figures cannot be read', async () => {
    stubFetch({});
    expect(await loadCompletion('BS-2018', 2018)).toBeNull();
  });
});
