import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError, api, apiUrl, clearApiCache, getJson, onUnauthorized, parseRetryAfter } from '../src/api/client';
import { clearSession, setSession } from '../src/session';

afterEach(() => {
  vi.unstubAllGlobals();
  clearApiCache();
});

function jsonResponse(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

describe('api client', () => {
  it('builds URLs with only the non-empty query values', () => {
    expect(apiUrl('/api/plans/NB-2021-2025/targets', { domain: 'health', agency: '' })).toBe('/api/plans/NB-2021-2025/targets?domain=health');
    expect(apiUrl('/api/plans', { area: undefined })).toBe('/api/plans');
  });

  it('returns parsed JSON', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse([{ code: 'DOH' }])));
    await expect(getJson('/api/agencies')).resolves.toEqual([{ code: 'DOH' }]);
  });

  it('turns problem details into an ApiError with status and detail', async () => {
    const problem = { type: 'about:blank', title: 'Not Found', status: 404, detail: "No plan 'XX'." };
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(problem, 404, 'application/problem+json')));
    const error = await getJson('/api/plans/XX').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).problem.detail).toBe("No plan 'XX'.");
  });

  it('copes with an error body that is not JSON', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('oops', { status: 502, statusText: 'Bad Gateway' })));
    const error = (await getJson('/api/plans').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.problem.title).toBe('Bad Gateway');
  });

  it('turns a failed fetch into a NetworkError', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(getJson('/api/plans')).rejects.toBeInstanceOf(NetworkError);
  });

  it('asks for filtered targets with the filter in the query', async () => {
    const fetchMock = vi.fn(async () => jsonResponse([]));
    vi.stubGlobal('fetch', fetchMock);
    await api.planTargets('NB-2021-2025', { domain: 'health', agency: 'DOH' });
    expect(fetchMock).toHaveBeenCalledWith('/api/plans/NB-2021-2025/targets?domain=health&agency=DOH', expect.anything());
  });

  it('caches successful responses and forgets failed ones', async () => {
    const fetchMock = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValue(jsonResponse([{ code: 'DOH', nameVi: 'Sở Y tế', nameEn: 'Department of Health' }]));
    vi.stubGlobal('fetch', fetchMock);
    await expect(api.agencies()).rejects.toBeInstanceOf(NetworkError);
    await expect(api.agencies()).resolves.toHaveLength(1);
    await expect(api.agencies()).resolves.toHaveLength(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});

describe('api client with a session', () => {
  afterEach(() => {
    clearSession();
    onUnauthorized(null);
  });

  const session = () => ({
    token: 'abc.def.ghi',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user: { username: 'statistics', role: 'statistics' as const, displayName: 'Cục Thống kê tỉnh', agency: 'PSO', area: '37' },
  });

  it('sends the bearer token when signed in, and none otherwise', async () => {
    const fetchMock = vi.fn(async () => jsonResponse([]));
    vi.stubGlobal('fetch', fetchMock);
    await getJson('/api/uploads');
    expect((fetchMock.mock.calls[0] as unknown[])[1]).toMatchObject({ headers: { Accept: 'application/json' } });
    expect(((fetchMock.mock.calls[0] as unknown[])[1] as RequestInit).headers).not.toHaveProperty('Authorization');
    setSession(session());
    await getJson('/api/uploads');
    expect((fetchMock.mock.calls[1] as unknown[])[1]).toMatchObject({ headers: { Authorization: 'Bearer abc.def.ghi' } });
  });

  it('reports a 401 from any call, but not from the sign-in itself', async () => {
    const handler = vi.fn();
    onUnauthorized(handler);
    const problem = { title: 'Unauthorized', status: 401, detail: 'Cần đăng nhập. / Sign in first.' };
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(problem, 401, 'application/problem+json')));
    await expect(getJson('/api/uploads')).rejects.toMatchObject({ status: 401 });
    expect(handler).toHaveBeenCalledTimes(1);
    await expect(api.signIn('statistics', 'wrong')).rejects.toMatchObject({ status: 401 });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('posts the sign-in as JSON and reads Retry-After from a 429', async () => {
    const fetchMock = vi.fn(async () =>
      new Response(JSON.stringify({ status: 429, detail: 'Hãy thử lại sau 15 phút. / Try again in 15 minutes.' }), {
        status: 429,
        headers: { 'content-type': 'application/problem+json', 'retry-after': '840' },
      }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const error = (await api.signIn('statistics', 'x').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(429);
    expect(error.retryAfter).toBe(840);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/auth/token');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ username: 'statistics', password: 'x' });
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json' });
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', Date.UTC(2015, 9, 21, 7, 28, 0))).toBe(30);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});
