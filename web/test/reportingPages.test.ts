// The #/my and #/review pages rendered from stubbed API answers (views return HTML strings).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearApiCache } from '../src/api/client';
import type { PlanSummary, Role } from '../src/api/types';
import { setLang } from '../src/i18n';
import { myPage } from '../src/pages/my';
import { reviewPage } from '../src/pages/review';
import { parseRoute } from '../src/router';
import { clearSession, setSession } from '../src/session';
import { assignments, json, stubFetch, submission, timeliness } from './fixtures';

const plan: PlanSummary = {
  code: 'NB-2021-2025', kind: 'five-year', areaCode: '37', areaUnit: '37', areaNameVi: 'Ninh Bình', areaNameEn: 'Ninh Binh', areaLevel: 1,
  startYear: 2021, endYear: 2025, titleVi: 'Kế hoạch BĐG', titleEn: 'GE plan', legalBasisVi: '', legalBasisEn: '', documentRef: null, targetCount: 23, status: 'issued', version: 1,
};

function signIn(role: Role, agency: string | null) {
  setSession({
    token: 't.o.k', expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user: { username: role === 'admin' ? 'admin' : 'doh', role, displayName: 'Sở Y tế', agency, area: '37' },
  });
}

beforeEach(() => {
  setLang('vi');
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-22T03:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  clearApiCache();
  clearSession();
});

describe('#/my', () => {
  it('asks for last year of the newest plan of the user’s area and shows deadlines, cards and actions', async () => {
    signIn('department', 'DOH');
    const calls = stubFetch({
      'GET /api/plans': json([plan]),
      'GET /api/agencies': json([{ code: 'DOH', nameVi: 'Sở Y tế', nameEn: 'Department of Health' }]),
      'GET /api/me/assignments': json(assignments({ submission: { id: 3, status: 'returned', submittedAt: '2025-12-01T01:00:00Z', comment: 'Thiếu <số> nam' } })),
    });
    const view = await myPage.load(parseRoute('#/my'));
    expect(calls.map((c) => c.url)).toEqual(['/api/plans?area=37', '/api/agencies', '/api/me/assignments?plan=NB-2021-2025&period=2025']);
    const out = view.html().value;
    expect(out).toContain('<h1 tabindex="-1" id="my-title">Số liệu của đơn vị</h1>');
    expect(out).toContain('Đơn vị: Sở Y tế · Địa bàn: Ninh Bình.');
    expect(out).toMatch(/<select id="my-period" name="period">\s*<option value="2025" selected>2025<\/option>/);
    expect(out).toContain('id="due-date" data-date="2025-12-10">10/12/2025');
    expect(out).toContain('quá hạn 347 ngày');
    expect(out).toContain('id="lock-date" data-date="2026-01-31" data-locked="false">31/01/2026');
    expect(out).toContain('id="submission-status" data-status="returned"');
    expect(out).toContain('<blockquote id="return-comment">Thiếu &lt;số&gt; nam</blockquote>');
    expect(out).toContain('data-target="4.1"');
    expect(out).toContain('id="save-draft"');
    expect(out).toContain('id="submit-period"');
    expect(out).toContain('<dialog id="history-drawer" class="drawer" role="dialog" aria-modal="true" aria-labelledby="history-title">');
  });

  it('keeps the URL’s period, and tells other roles and signed-out users what to do', async () => {
    signIn('department', 'DOH');
    const calls = stubFetch({ 'GET /api/plans': json([plan]), 'GET /api/agencies': json([]), 'GET /api/me/assignments': json(assignments({ period: '2023', locked: true })) });
    const out = (await myPage.load(parseRoute('#/my?plan=NB-2021-2025&period=2023'))).html().value;
    expect(calls[2]!.url).toBe('/api/me/assignments?plan=NB-2021-2025&period=2023');
    expect(out).toContain('id="locked-notice"');
    expect(out).toMatch(/id="save-draft" disabled/);

    signIn('statistics', 'PSO');
    expect((await myPage.load(parseRoute('#/my'))).html().value).toContain('id="my-forbidden"');
    clearSession();
    expect((await myPage.load(parseRoute('#/my'))).html().value).toContain('id="my-sign-in"');
  });

  it('shows a failed load of the assignments in the page, with the plan and period still selectable', async () => {
    signIn('department', 'DOH');
    stubFetch({ 'GET /api/plans': json([plan]), 'GET /api/agencies': json([]), 'GET /api/me/assignments': json({ status: 403, detail: 'Không được giao. / Not assigned.' }, 403) });
    const out = (await myPage.load(parseRoute('#/my'))).html().value;
    expect(out).toContain('id="my-plan"');
    expect(out).toMatch(/<p class="error inline-error" role="alert" id="my-error">Không được giao.<\/p>/);
  });
});

describe('#/review', () => {
  it('lists the waiting submissions and the timeliness of the plan period', async () => {
    signIn('admin', 'DOLISA');
    const calls = stubFetch({
      'GET /api/plans': json([plan]),
      'GET /api/submissions': json([submission(), submission({ id: 9, agency: 'DOET', agencyNameVi: 'Sở GD&ĐT' })]),
      'GET /api/plans/NB-2021-2025/timeliness': json(timeliness()),
    });
    const out = (await reviewPage.load(parseRoute('#/review'))).html().value;
    expect(calls.map((c) => c.url)).toEqual([
      '/api/plans?area=37',
      '/api/submissions?plan=NB-2021-2025&period=2025&status=submitted',
      '/api/plans/NB-2021-2025/timeliness?period=2025',
    ]);
    expect(out).toContain('Chờ duyệt (2)');
    expect(out).toContain('data-submission="7"');
    expect(out).toContain('data-submission="9"');
    expect(out).toContain('Sở GD&amp;ĐT');
    expect(out).toContain('id="timeliness"');
    expect(out).toContain('tr role="row" data-agency="DOHA" data-late="true" class="row-late"');
  });

  it('is for the coordinating department only', async () => {
    signIn('department', 'DOH');
    expect((await reviewPage.load(parseRoute('#/review'))).html().value).toContain('id="review-forbidden"');
  });
});
