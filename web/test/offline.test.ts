import { afterEach, describe, expect, it, vi } from 'vitest';
import { CACHED_AT_HEADER, api, beginDataWindow, clearApiCache, getJson, oldestCachedAt, seenPublicUrls } from '../src/api/client';
import { formatTimeDate, offlineNoticeText } from '../src/offline';
import { serviceWorkerSource } from '../vite.config';

afterEach(() => {
  vi.unstubAllGlobals();
  clearApiCache();
});

describe('offline notice', () => {
  it('formats the fetch time as HH:mm dd/MM/yyyy in Viet Nam’s time', () => {
    expect(formatTimeDate('2026-11-23T07:05:00Z')).toBe('14:05 23/11/2026');
    expect(formatTimeDate('2026-11-22T17:30:00.1234567Z')).toBe('00:30 23/11/2026');
    expect(formatTimeDate('nonsense')).toBe('');
  });

  it('says the page is offline and how old the data is, in both languages', () => {
    expect(offlineNoticeText('2026-11-23T07:05:00Z', 'vi')).toBe('Ngoại tuyến — số liệu tính đến 14:05 23/11/2026');
    expect(offlineNoticeText('2026-11-23T07:05:00Z', 'en')).toBe('Offline — data as of 14:05 23/11/2026');
    expect(offlineNoticeText('', 'en')).toBe('Offline — showing saved data');
  });
});

describe('answers from the offline copy', () => {
  function reply(url: string, at: string | null) {
    return new Response(JSON.stringify({ url }), { status: 200, headers: { 'content-type': 'application/json', ...(at ? { [CACHED_AT_HEADER]: at } : {}) } });
  }

  it('tells the oldest fetch time of the answers a page used that came from the service worker’s copy', async () => {
    const times: Record<string, string | null> = {
      '/api/plans': '2026-11-23T07:05:00Z',
      '/api/plans/NB-2021-2025/progress?area=37': '2026-11-23T06:00:00Z',
      '/api/agencies': null,
    };
    vi.stubGlobal('fetch', vi.fn(async (url: string) => reply(url, times[url] ?? null)));
    const used = beginDataWindow();
    await api.plans();
    await api.planProgress('NB-2021-2025', { area: '37' });
    await api.agencies();
    expect([...used]).toEqual(['/api/plans', '/api/plans/NB-2021-2025/progress?area=37', '/api/agencies']);
    expect(oldestCachedAt(used)).toBe('2026-11-23T06:00:00Z');

    // the next page uses only fresh answers (or the in-memory cache of a fresh one)
    const next = beginDataWindow();
    await api.agencies();
    expect(oldestCachedAt(next)).toBeNull();
  });

  it('forgets the age once a fresh answer comes, and leaves the demo flag out', async () => {
    const fetchMock = vi.fn()
      .mockResolvedValueOnce(reply('/api/indicators', '2026-11-23T06:00:00Z'))
      .mockResolvedValueOnce(reply('/api/indicators', null))
      .mockResolvedValue(reply('/api/demo', '2026-11-20T06:00:00Z'));
    vi.stubGlobal('fetch', fetchMock);
    const used = beginDataWindow();
    await getJson('/api/indicators');
    expect(oldestCachedAt(used)).toBe('2026-11-23T06:00:00Z');
    await getJson('/api/indicators');
    expect(oldestCachedAt(used)).toBeNull();
    await api.demo();
    expect(used.has('/api/demo')).toBe(false);
    expect(seenPublicUrls()).toContain('/api/indicators');
  });
});

describe('service worker template', () => {
  it('has the placeholders the build fills and is valid JavaScript once filled', async () => {
    const { readFileSync } = await import('node:fs');
    const template = readFileSync(new URL('../sw/sw.js', import.meta.url), 'utf8');
    expect(template).toContain("'__EQT_VERSION__'");
    expect(template).toContain('__EQT_SHELL__');
    expect(template).toContain(`'${CACHED_AT_HEADER}'`);
    expect(template).toContain('/* __EQT_PRIVATE_CACHE__ */');
    const source = serviceWorkerSource('test', ['./']);
    expect(source).not.toMatch(/__EQT_|^export /m);
    expect(source).toContain('function tokenExpiry(');
    expect(() => new Function(source)).not.toThrow();
  });
});
