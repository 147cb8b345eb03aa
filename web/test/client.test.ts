import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError, api, apiUrl, clearApiCache, getJson } from '../src/api/client';

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
