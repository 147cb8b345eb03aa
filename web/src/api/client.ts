// Typed access to the EqualityTracker API. Every call is a GET of JSON; errors become ApiError
// (the API answered with a problem) or NetworkError (it could not be reached).
// To add an endpoint: add its shape to types.ts and a one-line function at the bottom.

import type {
  Agency,
  Area,
  AreaDetail,
  AreaResponse,
  Indicator,
  IndicatorDetail,
  IndicatorResponse,
  PlanDetail,
  PlanResponse,
  PlanSummary,
  ProblemDetails,
  Target,
  TargetFilter,
} from './types';

/** '' = same origin. Set VITE_API_BASE at build time to host the app apart from the API. */
export const API_BASE: string = (import.meta.env.VITE_API_BASE ?? '').replace(/\/+$/, '');

/** The API answered with an error status (its body, if any, is RFC 9457 problem details). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/** The request never got an answer (offline, DNS, CORS, server down). */
export class NetworkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NetworkError';
  }
}

export type Query = Record<string, string | number | undefined | null>;

/** Builds the URL of an API path with its query string (empty values left out). */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function readProblem(response: Response): Promise<ProblemDetails> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body: unknown = await response.json();
      if (body && typeof body === 'object') return body as ProblemDetails;
    } catch {
      // fall through: not JSON after all
    }
  }
  return { status: response.status, title: response.statusText || undefined };
}

/** GET a JSON resource. */
export async function getJson<T>(path: string, query: Query = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), { headers: { Accept: 'application/json' } });
  } catch (err) {
    throw new NetworkError(err instanceof Error ? err.message : String(err));
  }
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError(response.status, { status: response.status, title: 'Invalid JSON' });
  }
}

// A small in-memory cache: the catalogue changes rarely, and re-rendering (language switch,
// filter change, going back) should not refetch. Failed requests are never kept.
const DEFAULT_TTL_MS = 60_000;
const cache = new Map<string, { expires: number; value: Promise<unknown> }>();

export function cachedGetJson<T>(path: string, query: Query = {}, ttlMs = DEFAULT_TTL_MS): Promise<T> {
  const key = apiUrl(path, query);
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.expires > now) return hit.value as Promise<T>;
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

export const api = {
  areas: (query: { parent?: string; level?: number } = {}) => cachedGetJson<Area[]>('/api/areas', query),
  area: async (code: string): Promise<AreaDetail> => {
    const { area, ...rest } = await cachedGetJson<AreaResponse>(`/api/areas/${seg(code)}`);
    return { ...area, ...rest };
  },
  /** Agencies change almost never: fetched once per page load. */
  agencies: () => cachedGetJson<Agency[]>('/api/agencies', {}, Number.POSITIVE_INFINITY),
  plans: (area?: string) => cachedGetJson<PlanSummary[]>('/api/plans', { area }),
  plan: async (code: string): Promise<PlanDetail> => {
    const { plan, ...rest } = await cachedGetJson<PlanResponse>(`/api/plans/${seg(code)}`);
    return { ...plan, ...rest };
  },
  planTargets: (code: string, filter: TargetFilter = {}) =>
    cachedGetJson<Target[]>(`/api/plans/${seg(code)}/targets`, { domain: filter.domain, agency: filter.agency }),
  indicators: () => cachedGetJson<Indicator[]>('/api/indicators'),
  indicator: async (code: string): Promise<IndicatorDetail> => {
    const { indicator, targets } = await cachedGetJson<IndicatorResponse>(`/api/indicators/${seg(code)}`);
    return { ...indicator, targets };
  },
};
