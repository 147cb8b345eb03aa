// The service worker's private cache: answers fetched with a bearer token are kept with the token's expiry
// and never served past it, whether or not a page ever runs again to clear them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXPIRES_AT, isExpiredCopy, privateExpiryHeader, tokenExpiry } from '../sw/private-cache.js';
import { PRIVATE_CACHE, SW_MESSAGES, clearPrivateCache } from '../src/offline';
import { serviceWorkerSource } from '../vite.config';

const base64Url = (text: string) => Buffer.from(text, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
/** A JWT-shaped token (unsigned: the worker only reads it) expiring at `expMs`. */
function jwt(expMs: number, extra: Record<string, unknown> = {}): string {
  return `${base64Url('{"alg":"HS256","typ":"JWT"}')}.${base64Url(JSON.stringify({ sub: 'doh', name: 'Sở Y tế ½', ...extra, exp: Math.floor(expMs / 1000) }))}.c2ln`;
}

const NOW = Date.UTC(2026, 11, 1, 3, 0, 0);
const HOUR = 3_600_000;

describe('token expiry', () => {
  it('reads the exp claim of the bearer token, in milliseconds', () => {
    expect(tokenExpiry(`Bearer ${jwt(NOW + HOUR)}`)).toBe(NOW + HOUR);
    expect(tokenExpiry(`bearer   ${jwt(NOW + HOUR)}`)).toBe(NOW + HOUR);
  });

  it('is NaN for anything that is not a JWT with a numeric exp', () => {
    expect(tokenExpiry(null)).toBeNaN();
    expect(tokenExpiry('')).toBeNaN();
    expect(tokenExpiry('Basic dXNlcjpwYXNz')).toBeNaN();
    expect(tokenExpiry('Bearer opaque-token')).toBeNaN();
    expect(tokenExpiry('Bearer a.!!!.c')).toBeNaN();
    expect(tokenExpiry(`Bearer a.${base64Url('not json')}.c`)).toBeNaN();
    expect(tokenExpiry(`Bearer a.${base64Url('{"exp":"soon"}')}.c`)).toBeNaN();
    expect(tokenExpiry(`Bearer a.${base64Url('{"sub":"x"}')}.c`)).toBeNaN();
  });

  it('keeps a private answer only with a future expiry', () => {
    expect(privateExpiryHeader(`Bearer ${jwt(NOW + HOUR)}`, NOW)).toBe(new Date(NOW + HOUR).toISOString());
    expect(privateExpiryHeader(`Bearer ${jwt(NOW - 1000)}`, NOW)).toBeNull();
    expect(privateExpiryHeader('Bearer opaque-token', NOW)).toBeNull();
  });

  it('counts a copy as expired at its expiry, or when it has none', () => {
    const at = new Date(NOW + HOUR).toISOString();
    expect(isExpiredCopy(at, NOW)).toBe(false);
    expect(isExpiredCopy(at, NOW + HOUR)).toBe(true);
    expect(isExpiredCopy(null, NOW)).toBe(true);
    expect(isExpiredCopy('nonsense', NOW)).toBe(true);
  });
});

// ---- the built worker, run against in-memory caches ---------------------------------------

type Handler = (event: unknown) => void;

/** CacheStorage in a Map, keyed by URL (enough for the worker: it never varies by header). */
function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const key = (request: Request | string) => (typeof request === 'string' ? request : request.url);
  const cache = (store: Map<string, Response>) => ({
    match: async (request: Request | string) => store.get(key(request))?.clone(),
    put: async (request: Request | string, response: Response) => void store.set(key(request), response),
    delete: async (request: Request | string) => store.delete(key(request)),
    keys: async () => [...store.keys()].map((url) => new Request(url)),
    addAll: async () => {},
  });
  return {
    stores,
    open: async (name: string) => {
      if (!stores.has(name)) stores.set(name, new Map());
      return cache(stores.get(name)!);
    },
    has: async (name: string) => stores.has(name),
    delete: async (name: string) => stores.delete(name),
    keys: async () => [...stores.keys()],
  };
}

function startWorker(network: (request: Request) => Promise<Response>) {
  const handlers = new Map<string, Handler>();
  const self = {
    registration: { scope: 'http://app.test/' },
    addEventListener: (type: string, handler: Handler) => handlers.set(type, handler),
    skipWaiting: async () => {},
    clients: { claim: async () => {} },
  };
  const caches = fakeCaches();
  const source = serviceWorkerSource('test', ['./']);
  new Function('self', 'caches', 'fetch', source)(self, caches, network);

  /** A GET through the worker; resolves with its answer once the worker's own work is done. */
  async function get(url: string, token?: string): Promise<Response> {
    const pending: Promise<unknown>[] = [];
    let answer: Promise<Response> | undefined;
    const request = new Request(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    handlers.get('fetch')!({ request, respondWith: (p: Promise<Response>) => (answer = p), waitUntil: (p: Promise<unknown>) => pending.push(p) });
    const response = await answer!;
    await Promise.all(pending);
    await Promise.all(pending); // work queued by work
    return response;
  }

  async function message(data: unknown): Promise<void> {
    const pending: Promise<unknown>[] = [];
    handlers.get('message')!({ data, ports: [], waitUntil: (p: Promise<unknown>) => pending.push(p) });
    await Promise.all(pending);
  }

  return { caches, get, message };
}

describe('the service worker’s private copies', () => {
  afterEach(() => vi.useRealTimers());

  const url = 'http://app.test/api/plans/NB-2021-2025/progress?area=37';
  let online = true;
  const network = async () => {
    if (!online) throw new TypeError('Failed to fetch');
    return new Response('{"private":true}', { status: 200, headers: { 'content-type': 'application/json' } });
  };

  it('keeps an answer with its token’s expiry and serves it offline until then, never after', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    online = true;
    const worker = startWorker(network);
    const token = jwt(NOW + HOUR);
    await worker.get(url, token);
    const kept = worker.caches.stores.get('eqt-api-private')?.get(url);
    expect(kept?.headers.get(EXPIRES_AT)).toBe(new Date(NOW + HOUR).toISOString());

    online = false;
    vi.setSystemTime(NOW + HOUR - 1000);
    expect(await (await worker.get(url, token)).text()).toBe('{"private":true}');

    vi.setSystemTime(NOW + HOUR);
    await expect(worker.get(url, token)).rejects.toThrow('Failed to fetch'); // not served
    expect(worker.caches.stores.get('eqt-api-private')?.has(url)).toBe(false); // and deleted
  });

  it('sweeps expired copies when any request wakes it, even with no page to clear them', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    online = true;
    const worker = startWorker(network);
    await worker.get(url, jwt(NOW + HOUR));
    expect(worker.caches.stores.get('eqt-api-private')?.size).toBe(1);

    vi.setSystemTime(NOW + 2 * HOUR);
    await worker.get('http://app.test/api/plans'); // anonymous
    expect(worker.caches.stores.get('eqt-api-private')?.size).toBe(0);
    expect(worker.caches.stores.get('eqt-api-public')?.has('http://app.test/api/plans')).toBe(true);
  });

  it('keeps nothing private for a token without a readable expiry, or one expired already', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    online = true;
    const worker = startWorker(network);
    await worker.get(url, 'opaque-token');
    await worker.get(url, jwt(NOW - 1000));
    expect(worker.caches.stores.get('eqt-api-private')?.size ?? 0).toBe(0);
  });

  it('drops every private copy when the page says so', async () => {
    online = true;
    const worker = startWorker(network);
    await worker.get(url, jwt(Date.now() + HOUR));
    await worker.message({ type: SW_MESSAGES.clearPrivate });
    expect(worker.caches.stores.has(PRIVATE_CACHE)).toBe(false);
  });
});

describe('clearing from the page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('tells the controlling worker and deletes the cache itself', async () => {
    const posted: unknown[] = [];
    const deleted: string[] = [];
    vi.stubGlobal('navigator', { serviceWorker: { controller: { postMessage: (m: unknown) => posted.push(m) } } });
    vi.stubGlobal('caches', { delete: async (name: string) => void deleted.push(name) });
    clearPrivateCache();
    await Promise.resolve();
    expect(posted).toEqual([{ type: 'eqt:clear-private' }]);
    expect(deleted).toEqual([PRIVATE_CACHE]);
  });

  it('tells the registration’s active worker when none controls the page', async () => {
    const posted: unknown[] = [];
    const active = { postMessage: (m: unknown) => posted.push(m) };
    vi.stubGlobal('navigator', { serviceWorker: { controller: null, getRegistration: async () => ({ active }) } });
    vi.stubGlobal('caches', { delete: async () => true });
    clearPrivateCache();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(posted).toEqual([{ type: 'eqt:clear-private' }]);
  });

  it('uses the worker’s cache name', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(new URL('../sw/sw.js', import.meta.url), 'utf8')).toContain(`const PRIVATE_CACHE = '${PRIVATE_CACHE}';`);
  });
});
