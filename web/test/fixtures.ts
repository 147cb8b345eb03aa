// Shared test data for the department and review pages (the shapes the API answers).
import { vi } from 'vitest';
import type { AssignmentField, AssignmentTarget, Assignments, Submission, Timeliness } from '../src/api/types';

export function field(over: Partial<AssignmentField> = {}): AssignmentField {
  return {
    code: 'LIVE_BIRTHS', nameVi: 'Số trẻ sinh ra sống', nameEn: 'Live births', sex: 'F', unit: 'count', integerOnly: true,
    min: null, max: null, value: null, note: null, state: null, etag: null, ...over,
  };
}

export function target(over: Partial<AssignmentTarget> = {}): AssignmentTarget {
  return {
    objective: 4, number: '1', indicatorCode: 'SRB', indicatorNameVi: 'Tỷ số giới tính khi sinh', indicatorNameEn: 'Sex ratio at birth',
    comparator: '<=', value: 111, year: 2025, unit: 'boys_per_100_girls', unitVi: 'bé trai/100 bé gái', unitEn: 'boys per 100 girls',
    role: 'lead', editable: true, fields: [], ...over,
  };
}

/** DOH in Ninh Bình, 2025: leads 4.1 (births by sex) and 4.2 (a percentage), coordinates 3.2. */
export function assignments(over: Partial<Assignments> = {}): Assignments {
  return {
    plan: 'NB-2021-2025', period: '2025', area: '37', agency: 'DOH', dueDate: '2025-12-10', lockDate: '2026-01-31', locked: false,
    submission: null,
    targets: [
      target({
        fields: [
          field({ sex: 'F', value: 1000, state: 'draft', etag: '"1"' }),
          field({ sex: 'M', value: null }),
        ],
      }),
      target({
        number: '2', indicatorCode: 'ANC_SHARE', indicatorNameVi: 'Tỷ lệ phụ nữ mang thai được khám thai', indicatorNameEn: 'Share of pregnant women with antenatal care',
        comparator: '>=', value: 90, unit: 'percent', unitVi: '%', unitEn: '%',
        fields: [field({ code: 'ANC_SHARE', nameVi: 'Tỷ lệ khám thai', nameEn: 'Antenatal care share', sex: '_T', unit: 'percent', integerOnly: false, value: 88.5, state: 'approved', etag: '"4"' })],
      }),
      target({
        objective: 3, number: '2', indicatorCode: 'GBV_SUPPORT', indicatorNameVi: 'Nạn nhân bạo lực được hỗ trợ', indicatorNameEn: 'GBV victims supported',
        comparator: '>=', value: 80, unit: 'percent', unitVi: '%', unitEn: '%', role: 'coordinating', editable: false,
        fields: [field({ code: 'GBV_SUPPORT', nameVi: 'Tỷ lệ được hỗ trợ', nameEn: 'Share supported', sex: '_T', unit: 'percent', integerOnly: false, value: 75, state: 'submitted', etag: '"2"' })],
      }),
    ],
    ...over,
  };
}

export function submission(over: Partial<Submission> = {}): Submission {
  return {
    id: 7, plan: 'NB-2021-2025', period: '2025', agency: 'DOH', agencyNameVi: 'Sở Y tế', agencyNameEn: 'Department of Health', area: '37',
    status: 'submitted', submittedBy: 'doh', submittedAt: '2025-12-09T03:15:00Z', reviewedBy: null, reviewedAt: null, comment: null, onTime: true,
    values: [
      { code: 'LIVE_BIRTHS', nameVi: 'Số trẻ sinh ra sống', nameEn: 'Live births', sex: 'F', value: 1000, note: 'Theo <sổ> A1', state: 'submitted' },
      { code: 'LIVE_BIRTHS', nameVi: 'Số trẻ sinh ra sống', nameEn: 'Live births', sex: 'M', value: 1100, note: null, state: 'submitted' },
    ],
    ...over,
  };
}

export function timeliness(over: Partial<Timeliness> = {}): Timeliness {
  return {
    plan: 'NB-2021-2025', period: '2025', dueDate: '2025-12-10', lockDate: '2026-01-31', today: '2026-11-22',
    agencies: [
      // Late ones first, as the API orders them (not alphabetical, not by counts).
      { agency: 'DOHA', nameVi: 'Sở Nội vụ', nameEn: 'Department of Home Affairs', expected: 6, onTime: 0, late: 2, missing: 4, isLate: true, submissionStatus: null },
      { agency: 'DIC', nameVi: 'Sở Thông tin và Truyền thông', nameEn: 'Department of Information and Communications', expected: 4, onTime: 0, late: 4, missing: 0, isLate: true, submissionStatus: 'submitted' },
      { agency: 'DOH', nameVi: 'Sở Y tế', nameEn: 'Department of Health', expected: 8, onTime: 8, late: 0, missing: 0, isLate: false, submissionStatus: 'approved' },
      { agency: 'DCS', nameVi: 'Sở <Văn hóa>', nameEn: 'Department of Culture', expected: 2, onTime: 2, late: 0, missing: 0, isLate: false, submissionStatus: 'submitted' },
    ],
    late: ['DOHA', 'DIC'],
    ...over,
  };
}

export interface Call {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

type Reply = Response | ((call: Call) => Response);

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type, ...headers } });
}

/**
 * Stubs fetch: `routes` maps 'METHOD /path' to a reply, or a list of replies used in turn.
 * Returns the calls made (method, URL, headers, parsed JSON body).
 */
export function stubFetch(routes: Record<string, Reply | Reply[]>): Call[] {
  const calls: Call[] = [];
  const used = new Map<string, number>();
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit = {}) => {
    const call: Call = {
      method: init.method ?? 'GET',
      url,
      headers: (init.headers ?? {}) as Record<string, string>,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const key = `${call.method} ${url.split('?')[0]}`;
    const route = routes[key];
    if (!route) return json({ status: 404, title: 'Not Found', detail: `No route ${key}` }, 404);
    const list = Array.isArray(route) ? route : [route];
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    const reply = list[Math.min(n, list.length - 1)]!;
    return typeof reply === 'function' ? reply(call) : reply.clone();
  }));
  return calls;
}
