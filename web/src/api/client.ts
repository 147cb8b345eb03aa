// Typed access to the EqualityTracker API. Errors become ApiError (the API answered with a problem)
// or NetworkError (it could not be reached). When someone is signed in, every call carries the
// bearer token; a 401 from any call (except the sign-in itself) ends the session (see onUnauthorized).
// Requests and answers are typed from the contract (./contract.ts, generated from ../openapi.yaml): each
// call names its operation (`Answer<'ListAreas'>`, `QueryOf<…>`, `BodyOf<…>`), so a change of the contract
// shows up here when contract.ts is regenerated. To add an endpoint: regenerate contract.ts after the API
// has it (web/README.md), name its shape in types.ts if pages need it, and add a one-line function at the bottom.

import { getSession } from '../session';
import type { operations } from './contract';
import type { ActivityFilter, AreaDetail, IndicatorDetail, PlanContent, PlanDetail, ProblemDetails, ProgressMethod, ReportInput, ReportKind, SexCode, TargetFilter, ValueInput } from './types';

type Operation = keyof operations;
type JsonContent<R> = R extends { content: { 'application/json': infer T } } ? T : never;
/** The JSON body of an operation's successful answer (its 200, else its 201), as the contract declares it. */
export type Answer<Op extends Operation> = operations[Op]['responses'] extends infer R
  ? R extends { 200: infer Ok }
    ? JsonContent<Ok>
    : R extends { 201: infer Created }
      ? JsonContent<Created>
      : never
  : never;
/** An operation's query parameters, as the contract declares them. */
export type QueryOf<Op extends Operation> = NonNullable<operations[Op]['parameters']['query']>;
/** An operation's JSON request body, as the contract declares it. */
export type BodyOf<Op extends Operation> = JsonContent<NonNullable<operations[Op]['requestBody']>>;

/** '' = same origin. Set VITE_API_BASE at build time to host the app apart from the API. */
export const API_BASE: string = (import.meta.env.VITE_API_BASE ?? '').replace(/\/+$/, '');

/** The API answered with an error status (its body, if any, is RFC 9457 problem details). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;
  /** The Retry-After header in seconds (429), if the API sent one. */
  readonly retryAfter: number | null;

  constructor(status: number, problem: ProblemDetails, retryAfter: number | null = null) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

/** The request never got an answer (offline, DNS, CORS, server down). */
export class NetworkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NetworkError';
  }
}

export type Query = Record<string, string | number | boolean | undefined | null>;

/** Builds the URL of an API path with its query string (empty values left out). */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

/** Options of one request. */
export interface RequestOptions {
  /** false: a 401 is an answer for the caller (the sign-in form), not an ended session. Default true. */
  handleUnauthorized?: boolean;
  /** false: the answer is not page data (the demo flag): leave it out of the data's age. Default true. */
  track?: boolean;
}

// ---- answers kept offline ----------------------------------------------------------------
// The service worker (public sw.js, built by vite.config.ts) answers API GETs from its cache when the
// network fails, with the time it fetched them in this header. The app remembers which URLs came from
// that cache, and which URLs each page used, to say how old the data on screen is.

/** Set by the service worker on the answers it kept: when it fetched them from the API (ISO instant). */
export const CACHED_AT_HEADER = 'x-eqt-cached-at';

const cachedAtByUrl = new Map<string, string>();
/** Anonymous GETs that answered from the network: the service worker can keep them (see offline.ts). */
const publicUrls = new Set<string>();
let dataWindow: Set<string> | null = null;

/** Starts recording the URLs a page uses (main.ts: one window per navigation). */
export function beginDataWindow(): Set<string> {
  dataWindow = new Set<string>();
  return dataWindow;
}

/** The oldest fetch time (ISO) of the answers in `urls` that came from the offline cache, or null when all are fresh. */
export function oldestCachedAt(urls: Iterable<string>): string | null {
  let oldest: string | null = null;
  let oldestMs = Number.POSITIVE_INFINITY;
  for (const url of urls) {
    const at = cachedAtByUrl.get(url);
    if (!at) continue;
    const ms = Date.parse(at);
    if (!Number.isNaN(ms) && ms < oldestMs) {
      oldestMs = ms;
      oldest = at;
    }
  }
  return oldest;
}

/** Anonymous API GETs answered from the network so far (for the service worker to keep). */
export function seenPublicUrls(): string[] {
  return [...publicUrls];
}

function noteAnswer(url: string, response: Response, anonymous: boolean): void {
  const at = response.headers.get(CACHED_AT_HEADER);
  if (at) {
    cachedAtByUrl.set(url, at);
  } else {
    cachedAtByUrl.delete(url);
    if (anonymous && publicUrls.size < 500) publicUrls.add(url);
  }
}

function useUrl(url: string, options: RequestOptions): void {
  if (options.track !== false) dataWindow?.add(url);
}

let unauthorizedHandler: (() => void) | null = null;

/** What to do when the API answers 401 (the token is missing, expired or revoked): main.ts ends the session. */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

function authHeaders(): Record<string, string> {
  const session = getSession();
  return session ? { Authorization: `Bearer ${session.token}` } : {};
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), or null. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

function problemFromText(status: number, contentType: string, text: string, statusText = ''): ProblemDetails {
  if (contentType.includes('json') && text) {
    try {
      const body: unknown = JSON.parse(text);
      if (body && typeof body === 'object') return body as ProblemDetails;
    } catch {
      // fall through: not JSON after all
    }
  }
  return { status, title: statusText || undefined };
}

async function failure(response: Response, options: RequestOptions): Promise<ApiError> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // no body
  }
  const problem = problemFromText(response.status, response.headers.get('content-type') ?? '', text, response.statusText);
  if (response.status === 401 && options.handleUnauthorized !== false) unauthorizedHandler?.();
  return new ApiError(response.status, problem, parseRetryAfter(response.headers.get('retry-after')));
}

async function send(url: string, init: RequestInit, options: RequestOptions): Promise<Response> {
  let response: Response;
  const auth = authHeaders();
  try {
    response = await fetch(url, { ...init, headers: { Accept: 'application/json', ...auth, ...(init.headers as Record<string, string>) } });
  } catch (err) {
    throw new NetworkError(err instanceof Error ? err.message : String(err));
  }
  if (!response.ok) throw await failure(response, options);
  if (!init.method || init.method === 'GET') noteAnswer(url, response, !auth.Authorization);
  return response;
}

async function readJson<T>(response: Response): Promise<T> {
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError(response.status, { status: response.status, title: 'Invalid JSON' });
  }
}

/** GET a JSON resource. */
export async function getJson<T>(path: string, query: Query = {}, options: RequestOptions = {}): Promise<T> {
  const url = apiUrl(path, query);
  useUrl(url, options);
  return readJson<T>(await send(url, {}, options));
}

/** POST a JSON body and read a JSON answer. */
export async function postJson<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  const init: RequestInit = { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
  return readJson<T>(await send(apiUrl(path), init, options));
}

/** POST a JSON body; the answer's JSON if it has any, else null (for calls whose answer does not matter). */
export async function postForAnswer(path: string, body: unknown): Promise<unknown> {
  const init: RequestInit = { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
  const text = await (await send(apiUrl(path), init, {})).text().catch(() => '');
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/** Which stored value: indicator or count code, area, period, sex. */
export interface ValueKey {
  code: string;
  area: string;
  period: string;
  sex: SexCode;
}

/** The path of one stored value: /api/values/{code}/{area}/{period}/{sex}. */
export function valuePath(key: ValueKey): string {
  return `/api/values/${[key.code, key.area, key.period, key.sex].map(encodeURIComponent).join('/')}`;
}

/**
 * The PUT that writes one value. With the ETag the value had when it was read, as If-Match (the API
 * answers 412 if someone changed it since); without one (nothing stored yet), no If-Match.
 */
export function valuePutRequest(key: ValueKey, input: ValueInput, etag: string | null): { url: string; init: RequestInit } {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (etag) headers['If-Match'] = etag;
  return {
    url: apiUrl(valuePath(key)),
    init: { method: 'PUT', headers, body: JSON.stringify({ value: input.value, note: input.note } satisfies BodyOf<'PutValue'>) },
  };
}

/** PUT one value; resolves with the stored value and its new ETag (header, else the body's `etag`). */
export async function putValue(key: ValueKey, input: ValueInput, etag: string | null): Promise<{ value: Answer<'PutValue'>; etag: string | null }> {
  const { url, init } = valuePutRequest(key, input, etag);
  const response = await send(url, init, {});
  const value = await readJson<Answer<'PutValue'>>(response);
  return { value, etag: response.headers.get('etag') ?? value?.etag ?? null };
}

/** Which implementation report: the plan, the reporting body (its area and code), the kind and the period. */
export interface ReportKey {
  plan: string;
  area: string;
  body: string;
  kind: ReportKind;
  period: string;
}

/** The path of one report: /api/plans/{plan}/reports/{area}/{body}/{kind}/{period}. */
export function reportPath(key: ReportKey): string {
  return `/api/plans/${encodeURIComponent(key.plan)}/reports/${[key.area, key.body, key.kind, key.period].map(encodeURIComponent).join('/')}`;
}

/** A report and its ETag (the header; else its version in quotes, as the API makes it). */
export interface ReportAnswer {
  report: Answer<'GetReport'>;
  etag: string | null;
}

async function reportAnswer(response: Response): Promise<ReportAnswer> {
  const report = await readJson<Answer<'GetReport'>>(response);
  const etag = response.headers.get('etag') ?? (report && report.version > 0 ? `"${report.version}"` : null);
  return { report, etag };
}

/** GET one report (an empty one, version 0, while nothing is filed), with its ETag. */
export async function getReport(key: ReportKey): Promise<ReportAnswer> {
  const url = apiUrl(reportPath(key));
  useUrl(url, {});
  return reportAnswer(await send(url, {}, {}));
}

/**
 * PUT the whole report as a draft. With the ETag it had when read, as If-Match (412 when someone changed it
 * since; 428 when it exists and none is sent); without one (nothing filed yet), no If-Match.
 */
export async function putReport(key: ReportKey, input: ReportInput, etag: string | null): Promise<ReportAnswer> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (etag) headers['If-Match'] = etag;
  const body = { results: input.results, difficulties: input.difficulties, proposals: input.proposals, items: input.items } satisfies BodyOf<'PutReport'>;
  return reportAnswer(await send(apiUrl(reportPath(key)), { method: 'PUT', headers, body: JSON.stringify(body) }, {}));
}

/** One step of a report's review: submit (its body), approve, reopen or return with a comment (its reviewer). */
export async function reportAction(key: ReportKey, action: 'submit' | 'approve' | 'reopen' | 'return', comment?: string): Promise<ReportAnswer> {
  // Submit, approve and reopen take no body (the contract declares none); return takes {comment}.
  const init: RequestInit =
    action === 'return'
      ? { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ comment: comment ?? '' } satisfies BodyOf<'ReturnReport'>) }
      : { method: 'POST' };
  return reportAnswer(await send(apiUrl(`${reportPath(key)}/${action}`), init, {}));
}

/** GET a file (e.g. a spreadsheet) as a Blob, with the bearer token. */
export async function getBlob(path: string, query: Query = {}): Promise<Blob> {
  const response = await send(apiUrl(path, query), { headers: { Accept: '*/*' } }, {});
  return response.blob();
}

export interface UploadOptions {
  dryRun: boolean;
  /** Bytes sent so far and in all (the request body, slightly more than the file). */
  onProgress?: (loaded: number, total: number) => void;
  /** The whole file is sent; the API is now reading it. */
  onSent?: () => void;
}

/**
 * POST /api/uploads as multipart/form-data (field `file`). XMLHttpRequest, not fetch, because only
 * XHR reports upload progress. Resolves with the report; rejects with ApiError (a 422 problem holds
 * the report in `problem.report`) or NetworkError.
 */
export function uploadFile(file: File, options: UploadOptions): Promise<Answer<'CreateUpload'>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl('/api/uploads', { dryRun: options.dryRun ? true : undefined } satisfies QueryOf<'CreateUpload'>));
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(authHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded, event.total);
    });
    xhr.upload.addEventListener('load', () => options.onSent?.());
    xhr.addEventListener('load', () => {
      const type = xhr.getResponseHeader('content-type') ?? '';
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as Answer<'CreateUpload'>);
        } catch {
          reject(new ApiError(xhr.status, { status: xhr.status, title: 'Invalid JSON' }));
        }
        return;
      }
      if (xhr.status === 401) unauthorizedHandler?.();
      const problem = problemFromText(xhr.status, type, xhr.responseText, xhr.statusText);
      reject(new ApiError(xhr.status, problem, parseRetryAfter(xhr.getResponseHeader('retry-after'))));
    });
    xhr.addEventListener('error', () => reject(new NetworkError('upload failed')));
    xhr.addEventListener('abort', () => reject(new NetworkError('upload aborted')));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

// A small in-memory cache: the catalogue changes rarely, and re-rendering (language switch,
// filter change, going back) should not refetch. Failed requests are never kept.
const DEFAULT_TTL_MS = 60_000;
const cache = new Map<string, { expires: number; value: Promise<unknown> }>();

export function cachedGetJson<T>(path: string, query: Query = {}, ttlMs = DEFAULT_TTL_MS): Promise<T> {
  const key = apiUrl(path, query);
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.expires > now) {
    useUrl(key, {});
    return hit.value as Promise<T>;
  }
  const value = getJson<T>(path, query);
  cache.set(key, { expires: now + ttlMs, value });
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  return value;
}

/** Forget cached responses (e.g. after the user changed data, or to retry). */
export function clearApiCache(): void {
  cache.clear();
}

const seg = encodeURIComponent;

/** The download link of a plan's annual report ('csv' or 'xlsx'): a plain, public link. */
export function reportFileUrl(plan: string, area: string, format: 'csv' | 'xlsx'): string {
  return apiUrl(`/api/plans/${encodeURIComponent(plan)}/report.${format}`, { area } satisfies QueryOf<'GetPlanReportCsv' | 'GetPlanReportXlsx'>);
}

export const api = {
  areas: (query: QueryOf<'ListAreas'> = {}) => cachedGetJson<Answer<'ListAreas'>>('/api/areas', query),
  area: async (code: string): Promise<AreaDetail> => {
    const { area, ...rest } = await cachedGetJson<Answer<'GetArea'>>(`/api/areas/${seg(code)}`);
    return { ...area, ...rest };
  },
  /** Agencies change almost never: fetched once per page load. */
  agencies: () => cachedGetJson<Answer<'ListAgencies'>>('/api/agencies', {}, Number.POSITIVE_INFINITY),
  plans: (area?: string) => cachedGetJson<Answer<'ListPlans'>>('/api/plans', { area } satisfies QueryOf<'ListPlans'>),
  plan: async (code: string): Promise<PlanDetail> => {
    const { plan, ...rest } = await cachedGetJson<Answer<'GetPlan'>>(`/api/plans/${seg(code)}`);
    return { ...plan, ...rest };
  },
  planTargets: (code: string, filter: TargetFilter = {}) =>
    cachedGetJson<Answer<'ListPlanTargets'>>(`/api/plans/${seg(code)}/targets`, { domain: filter.domain, agency: filter.agency } satisfies QueryOf<'ListPlanTargets'>),
  indicators: () => cachedGetJson<Answer<'ListIndicators'>>('/api/indicators'),
  indicator: async (code: string): Promise<IndicatorDetail> => {
    const { indicator, targets } = await cachedGetJson<Answer<'GetIndicator'>>(`/api/indicators/${seg(code)}`);
    return { ...indicator, targets };
  },
  /** Needs a signed-in user. Cached briefly; an upload or a change of user clears the cache. */
  indicatorValues: (code: string, area: string, date?: string) =>
    cachedGetJson<Answer<'GetIndicatorValues'>>(`/api/indicators/${seg(code)}/values`, { area, date, children: true } satisfies QueryOf<'GetIndicatorValues'>),

  /** Every target's status, with counts by objective and lead agency. Public: without signing in, approved values only. */
  planProgress: (code: string, query: { area?: string; method?: ProgressMethod; approvedOnly?: boolean } = {}) =>
    cachedGetJson<Answer<'GetPlanProgress'>>(`/api/plans/${seg(code)}/progress`, {
      area: query.area,
      method: query.method === 'opensdg' ? 'opensdg' : undefined,
      approvedOnly: query.approvedOnly ? true : undefined,
    } satisfies QueryOf<'GetPlanProgress'>),
  /** The series by sex at an area, the goals that apply there and the projection to its own goal. Public. */
  indicatorProgress: (code: string, area: string, date?: string) =>
    cachedGetJson<Answer<'GetIndicatorProgress'>>(`/api/indicators/${seg(code)}/progress`, { area, date } satisfies QueryOf<'GetIndicatorProgress'>),
  /** The areas directly below, furthest behind the goal first. Public. */
  ranking: (code: string, area: string) =>
    cachedGetJson<Answer<'GetIndicatorRanking'>>(`/api/indicators/${seg(code)}/ranking`, { area } satisfies QueryOf<'GetIndicatorRanking'>),

  signIn: (username: string, password: string) =>
    postJson<Answer<'CreateToken'>>('/api/auth/token', { username, password } satisfies BodyOf<'CreateToken'>, { handleUnauthorized: false }),
  /** Whether the API serves demonstration data (never cached: read once per page load). */
  demo: () => getJson<Answer<'GetDemo'>>('/api/demo', {}, { handleUnauthorized: false, track: false }),
  /** Upload history, newest first (statistics and admin). Never cached. */
  uploads: () => getJson<Answer<'ListUploads'>>('/api/uploads'),
  upload: uploadFile,
  /** The upload template of a plan, as an .xlsx Blob. */
  template: (plan: string) => getBlob('/api/uploads/template', { plan } satisfies QueryOf<'GetUploadTemplate'>),

  // Department reporting and the coordinator's review: never cached (others change them too).
  /** The signed-in department's targets and fields for a plan period, with deadlines and states. */
  assignments: (plan: string, period: string) =>
    getJson<Answer<'GetMyAssignments'>>('/api/me/assignments', { plan, period } satisfies QueryOf<'GetMyAssignments'>),
  putValue,
  /** A value's changes, newest first. */
  valueHistory: (key: ValueKey) => getJson<Answer<'GetValueHistory'>>(`${valuePath(key)}/history`),
  /** Submits the department's values of a plan period for review; the answer is the submission. */
  submit: (plan: string, period: string) =>
    postJson<Answer<'CreateSubmission'>>('/api/submissions', { plan, period } satisfies BodyOf<'CreateSubmission'>),
  submissions: (query: { plan: string; period: string; status?: QueryOf<'ListSubmissions'>['status'] }) =>
    getJson<Answer<'ListSubmissions'>>('/api/submissions', { plan: query.plan, period: query.period, status: query.status } satisfies QueryOf<'ListSubmissions'>),
  // The contract declares no body for approve; the app has always sent an empty JSON object, which the API ignores.
  approveSubmission: (id: number) => postJson<Answer<'ApproveSubmission'>>(`/api/submissions/${seg(String(id))}/approve`, {}),
  returnSubmission: (id: number, comment: string) =>
    postJson<Answer<'ReturnSubmission'>>(`/api/submissions/${seg(String(id))}/return`, { comment } satisfies BodyOf<'ReturnSubmission'>),
  /** Who reported a plan period on time, late or not at all (late agencies first). */
  timeliness: (plan: string, period: string) =>
    getJson<Answer<'GetPlanTimeliness'>>(`/api/plans/${seg(plan)}/timeliness`, { period } satisfies QueryOf<'GetPlanTimeliness'>),
  /** Lets an agency write a locked (or reviewed) period again. */
  reopen: (plan: string, period: string, agency: string) =>
    postForAnswer('/api/reopenings', { plan, period, agency } satisfies BodyOf<'ReopenPeriod'>),

  // Plan execution. Activities and budget are public and change rarely (cached); reports never are.
  /** The plan's activities with their lead and coordinating bodies, timing and planned outputs. */
  planActivities: (code: string, filter: ActivityFilter = {}) =>
    cachedGetJson<Answer<'ListPlanActivities'>>(`/api/plans/${seg(code)}/activities`, { body: filter.body, domain: filter.domain, year: filter.year } satisfies QueryOf<'ListPlanActivities'>),
  /** The plan's budget table, the totals computed beside the totals the document prints. */
  planBudget: (code: string) => cachedGetJson<Answer<'GetPlanBudget'>>(`/api/plans/${seg(code)}/budget`),
  /** Activity completion and budget execution from approved reports (public): for a year, or the whole plan without one. */
  planExecution: (code: string, period?: number) =>
    cachedGetJson<Answer<'GetPlanExecution'>>(`/api/plans/${seg(code)}/execution`, { period } satisfies QueryOf<'GetPlanExecution'>, 60_000),
  /** The annual report's draft, block by block as the Word document writes it (a coordinator over the plan's area). */
  annualReportDraft: (code: string, period: number) =>
    getJson<Answer<'GetAnnualReportDraft'>>(`/api/plans/${seg(code)}/annual-report`, { period } satisfies QueryOf<'GetAnnualReportDraft'>),
  /** The annual report as a Word document or its Excel annex, as a Blob (with the bearer token). */
  annualReportFile: (code: string, period: number, format: 'docx' | 'xlsx') =>
    getBlob(`/api/plans/${seg(code)}/annual-report.${format}`, { period } satisfies QueryOf<'GetAnnualReportDocx' | 'GetAnnualReportXlsx'>),
  /** What the signed-in body leads and coordinates in a plan's year, and the reports it owes. */
  myActivities: (plan: string, year: number | string) =>
    getJson<Answer<'GetMyActivities'>>('/api/me/activities', { plan, year: Number(year) } satisfies QueryOf<'GetMyActivities'>),
  /** Every report owed in a plan's year (every year without one), late first (a coordinator sees all; a body its own and those it receives). */
  reportRoster: (plan: string, year?: number | string) =>
    getJson<Answer<'ListReports'>>(`/api/plans/${seg(plan)}/reports`, { year: year === undefined ? undefined : Number(year) } satisfies QueryOf<'ListReports'>),
  report: getReport,
  putReport,
  reportAction,

  // Plans written in the product (coordinators): never cached — the author changes them.
  /** Every plan, drafts included for their authors. */
  plansFresh: (query: QueryOf<'ListPlans'> = {}) => getJson<Answer<'ListPlans'>>('/api/plans', query),
  createPlan: (input: BodyOf<'CreatePlan'>) => postJson<Answer<'CreatePlan'>>('/api/plans', input),
  planDraft: (code: string) => getJson<Answer<'GetPlanDraft'>>(`/api/plans/${seg(code)}/draft`),
  /** PUT the draft's whole content, with the ETag it had when read (412 when someone changed it since). */
  putPlanDraft: async (code: string, content: PlanContent, etag: string): Promise<Answer<'GetPlanDraft'>> => {
    const init: RequestInit = { method: 'PUT', headers: { 'Content-Type': 'application/json', 'If-Match': etag }, body: JSON.stringify(content) };
    return readJson<Answer<'GetPlanDraft'>>(await send(apiUrl(`/api/plans/${seg(code)}`), init, {}));
  },
  issuePlan: (code: string, decisionNumber: string, decisionDate: string) =>
    postJson<Answer<'IssuePlan'>>(`/api/plans/${seg(code)}/issue`, { decisionNumber, decisionDate } satisfies BodyOf<'IssuePlan'>),
  amendPlan: (code: string, decisionNumber: string) =>
    postJson<Answer<'AmendPlan'>>(`/api/plans/${seg(code)}/amend`, { decisionNumber } satisfies BodyOf<'AmendPlan'>),
  copyPlan: (code: string, input: BodyOf<'CopyPlan'>) => postJson<Answer<'CopyPlan'>>(`/api/plans/${seg(code)}/copy`, input),
  planVersions: (code: string) => getJson<Answer<'ListPlanVersions'>>(`/api/plans/${seg(code)}/versions`),
  plansBelow: (code: string) => getJson<Answer<'ListPlansBelow'>>(`/api/plans/${seg(code)}/below`),
  /** Draft targets read from a plan's pasted objectives section; nothing is stored. */
  draftTargets: (text: string, year?: number) =>
    postJson<Answer<'DraftPlanTargets'>>('/api/plans/drafts/targets', { text, year } satisfies BodyOf<'DraftPlanTargets'>),
};
