// The coordinator's review (#/review): submission cards and their actions, the timeliness table,
// and the plan/period choice shared with the department page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, clearApiCache } from '../src/api/client';
import type { PlanSummary } from '../src/api/types';
import { setLang } from '../src/i18n';
import {
  choosePlanPeriod,
  defaultPeriod,
  dueStatus,
  formatIsoDate,
  planYears,
  plansForArea,
  todayInVietNam,
} from '../src/pages/reporting';
import { ReviewQueue, emptyCardUi, submissionCardHtml, timelinessRows, timelinessTableHtml } from '../src/pages/review';
import { json, stubFetch, submission, timeliness } from './fixtures';

beforeEach(() => setLang('vi'));
afterEach(() => {
  vi.unstubAllGlobals();
  clearApiCache();
  setLang('vi');
});

const plan = (over: Partial<PlanSummary>): PlanSummary => ({
  code: 'NB-2021-2025', kind: 'five-year', areaCode: '37', areaUnit: '37', areaNameVi: 'Ninh Bình', areaNameEn: 'Ninh Binh', areaLevel: 1,
  startYear: 2021, endYear: 2025, titleVi: 'Kế hoạch BĐG 2021–2025', titleEn: 'Gender equality plan 2021–2025',
  legalBasisVi: '', legalBasisEn: '', documentRef: null, targetCount: 23, status: 'issued', version: 1, ...over,
});

describe('plan and period', () => {
  it('takes Viet Nam’s calendar day, whatever the device’s zone', () => {
    expect(todayInVietNam(Date.UTC(2026, 10, 22, 16, 59))).toBe('2026-11-22');
    expect(todayInVietNam(Date.UTC(2026, 10, 22, 17, 0))).toBe('2026-11-23');
    expect(formatIsoDate('2025-12-10')).toBe('10/12/2025');
  });

  it('offers the plan’s years up to this year, last year first selected', () => {
    expect(planYears(plan({}), 2026)).toEqual([2025, 2024, 2023, 2022, 2021]);
    expect(defaultPeriod(plan({}), 2026)).toBe(2025);
    expect(defaultPeriod(plan({}), 2023)).toBe(2022);
    expect(planYears(plan({ startYear: 2026, endYear: 2030 }), 2026)).toEqual([2026]);
    expect(defaultPeriod(plan({ startYear: 2026, endYear: 2030 }), 2026)).toBe(2026);
    expect(defaultPeriod(plan({ startYear: 2016, endYear: 2020 }), 2026)).toBe(2020);
  });

  it('picks the newest plan of the user’s area, and the URL’s plan and period when they are valid', () => {
    const plans = [
      plan({ code: 'NB-2016-2020', startYear: 2016, endYear: 2020 }),
      plan({ code: 'VN-2021-2030', areaCode: 'VN', startYear: 2021, endYear: 2030 }),
      plan({}),
      plan({ code: 'NB-2031-2035', startYear: 2031, endYear: 2035 }),
    ];
    expect(plansForArea(plans, '37', 2026).map((p) => p.code)).toEqual(['NB-2021-2025', 'NB-2016-2020', 'NB-2031-2035']);
    expect(choosePlanPeriod(plans, '37', {}, 2026)).toMatchObject({ plan: { code: 'NB-2021-2025' }, period: '2025' });
    expect(choosePlanPeriod(plans, '37', { plan: 'NB-2016-2020', period: '2019' }, 2026)).toMatchObject({ plan: { code: 'NB-2016-2020' }, period: '2019' });
    expect(choosePlanPeriod(plans, '37', { plan: 'NB-2021-2025', period: '2019' }, 2026).period).toBe('2025');
    expect(choosePlanPeriod(plans, '37', { period: '2025; drop' }, 2026).period).toBe('2025');
    expect(choosePlanPeriod([], '37', {}, 2026).plan).toBeNull();
  });

  it('says how the due date stands', () => {
    expect(dueStatus('2025-12-10', '2026-11-22')).toEqual({ overdue: true, text: 'quá hạn 347 ngày' });
    expect(dueStatus('2026-12-10', '2026-11-22', 'en')).toEqual({ overdue: false, text: '18 day(s) left' });
    expect(dueStatus('2026-11-22', '2026-11-22')?.text).toBe('hạn là hôm nay');
    expect(dueStatus(null, '2026-11-22')).toBeNull();
  });
});

describe('review cards', () => {
  it('show who sent what and when, with Approve and Return (a labelled, required comment)', () => {
    const out = submissionCardHtml(submission()).value;
    expect(out).toMatch(/^<article class="submission-card" data-submission="7" data-agency="DOH"/);
    expect(out).toContain('<h3 id="submission-7-title" tabindex="-1">Sở Y tế</h3>');
    expect(out).toContain('Gửi bởi doh lúc 09/12/2025 10:15.');
    expect(out).toContain('<span aria-hidden="true">✔</span> Đúng hạn');
    expect(out).toContain('<tr role="row" data-field="LIVE_BIRTHS-F">');
    expect(out).toContain('1.100');
    expect(out).toContain('Theo &lt;sổ&gt; A1');
    expect(out).toContain('class="button primary approve-button" data-id="7"');
    expect(out).toContain('class="button return-button" data-id="7" aria-describedby="submission-7-title" aria-expanded="false" aria-controls="return-form-7"');
    expect(out).toMatch(/<form class="return-form" id="return-form-7" data-id="7" novalidate hidden>/);
    expect(out).toContain('<label for="return-comment-7">Lý do trả lại (bắt buộc)</label>');
    expect(out).toMatch(/<textarea id="return-comment-7" class="return-comment" name="comment" rows="3" required aria-required="true"/);
  });

  it('mark a missing comment and a late submission in words', () => {
    const out = submissionCardHtml(submission({ onTime: false }), { ...emptyCardUi(), returning: true, commentMissing: true }).value;
    expect(out).toContain('<span aria-hidden="true">⚠</span> Nộp muộn');
    expect(out).not.toMatch(/return-form-7" data-id="7" novalidate hidden/);
    expect(out).toContain('aria-invalid="true"');
    expect(out).toContain('aria-describedby="return-comment-7-help return-comment-7-msg"');
    expect(out).toContain('Hãy ghi lý do trả lại.');
  });

  it('approve: POST …/approve, and the submission leaves the queue', async () => {
    const calls = stubFetch({ 'POST /api/submissions/7/approve': json(submission({ status: 'approved', reviewedBy: 'admin' })) });
    const queue = new ReviewQueue([submission(), submission({ id: 8, agency: 'DOET' })]);
    const answer = await queue.approve(7);
    expect(answer.status).toBe('approved');
    expect(calls[0]).toMatchObject({ method: 'POST', url: '/api/submissions/7/approve' });
    expect(queue.submissions.map((s) => s.id)).toEqual([8]);
  });

  it('return: needs a comment, posts it, and the submission leaves the queue', async () => {
    const calls = stubFetch({ 'POST /api/submissions/8/return': json(submission({ id: 8, status: 'returned', comment: 'Thiếu số nam' })) });
    const queue = new ReviewQueue([submission(), submission({ id: 8 })]);
    await expect(queue.returnWith(8, '   ')).rejects.toBeInstanceOf(RangeError);
    expect(calls).toHaveLength(0);
    await queue.returnWith(8, ' Thiếu số nam ');
    expect(calls[0]).toMatchObject({ method: 'POST', url: '/api/submissions/8/return', body: { comment: 'Thiếu số nam' } });
    expect(queue.submissions.map((s) => s.id)).toEqual([7]);
  });

  it('a failed action keeps the submission in the queue', async () => {
    stubFetch({ 'POST /api/submissions/7/approve': json({ status: 409, detail: 'Đã được duyệt. / Already approved.' }, 409) });
    const queue = new ReviewQueue([submission()]);
    await expect(queue.approve(7)).rejects.toMatchObject({ status: 409 });
    expect(queue.submissions).toHaveLength(1);
  });

  it('asks for the queue of a plan period', async () => {
    const calls = stubFetch({ 'GET /api/submissions': json([submission()]) });
    await api.submissions({ plan: 'NB-2021-2025', period: '2025', status: 'submitted' });
    expect(calls[0]!.url).toBe('/api/submissions?plan=NB-2021-2025&period=2025&status=submitted');
  });
});

describe('timeliness', () => {
  it('keeps the API’s order (late first) and marks late rows with an icon and words', () => {
    const data = timeliness();
    expect(timelinessRows(data).map((r) => r.agency)).toEqual(['DOHA', 'DIC', 'DOH', 'DCS']);
    const out = timelinessTableHtml(data).value;
    const rows = [...out.matchAll(/<tr role="row" data-agency="(\w+)" data-late="(true|false)"( class="row-late")?>/g)].map((m) => [m[1], m[2], !!m[3]]);
    expect(rows).toEqual([['DOHA', 'true', true], ['DIC', 'true', true], ['DOH', 'false', false], ['DCS', 'false', false]]);
    const doha = out.slice(out.indexOf('data-agency="DOHA"'), out.indexOf('data-agency="DIC"'));
    expect(doha).toContain('<span class="late-badge"><span aria-hidden="true">⚠</span> Trễ hạn</span>');
    expect(doha).toContain('data-count="expected">6</td>');
    expect(doha).toContain('data-count="onTime">0</td>');
    expect(doha).toContain('data-count="late">2</td>');
    expect(doha).toContain('data-count="missing">4</td>');
    expect(doha).toContain('Chưa gửi');
    expect(doha).toContain('class="button reopen-button" data-agency="DOHA"');
    const doh = out.slice(out.indexOf('data-agency="DOH"'), out.indexOf('data-agency="DCS"'));
    expect(doh).not.toContain('late-badge');
    expect(doh).toContain('<span aria-hidden="true">✔</span> Đã duyệt');
    expect(out).toContain('Sở &lt;Văn hóa&gt;');
    expect(out).toContain('<caption>Kỳ 2025 · hạn 10/12/2025</caption>');
    for (const header of ['Phải báo cáo', 'Đúng hạn', 'Muộn', 'Chưa nộp', 'Trạng thái']) expect(out).toContain(`>${header}</th>`);
  });

  it('reads the table and reopens a period for an agency', async () => {
    const calls = stubFetch({
      'GET /api/plans/NB-2021-2025/timeliness': json(timeliness()),
      'POST /api/reopenings': new Response(null, { status: 200 }),
    });
    await api.timeliness('NB-2021-2025', '2025');
    expect(calls[0]!.url).toBe('/api/plans/NB-2021-2025/timeliness?period=2025');
    await expect(api.reopen('NB-2021-2025', '2025', 'DOHA')).resolves.toBeNull();
    expect(calls[1]).toMatchObject({ method: 'POST', url: '/api/reopenings', body: { plan: 'NB-2021-2025', period: '2025', agency: 'DOHA' } });
  });
});
