// EqualityTracker service worker. vite.config.ts fills in the version and the app shell's files at
// build time and writes it as sw.js next to index.html (production builds only; main.ts registers it).
//
// - App shell (index.html, the hashed JS/CSS, manifest, icons): kept at install; pages network first
//   (a new deployment shows at once), assets cache first (their names change with their content).
// - API GETs the app reads (plans, progress, indicators, agencies, areas, demo): network first; every
//   good answer is kept with the time it was fetched in the x-eqt-cached-at header. When the network
//   fails (or is slower than 8 s and a copy exists), the kept copy answers: the page sees the header
//   and shows "offline — data as of HH:mm dd/MM/yyyy".
// - Answers fetched with a bearer token go to a separate cache that the page clears on sign-out and when
//   it finds the session expired; they never answer an anonymous request. Each is kept with its token's
//   expiry (x-eqt-expires-at, from the JWT's exp): past it, the copy is never served and is deleted, even
//   if no page ever runs again to clear it (see private-cache.js).
/* eslint-env serviceworker */

/* __EQT_PRIVATE_CACHE__ */

const VERSION = '__EQT_VERSION__';
const SHELL = __EQT_SHELL__;
const SHELL_CACHE = `eqt-shell-${VERSION}`;
const PUBLIC_CACHE = 'eqt-api-public';
const PRIVATE_CACHE = 'eqt-api-private';
const CACHED_AT = 'x-eqt-cached-at';
const NETWORK_TIMEOUT_MS = 8000;
/** How often, at most, the worker sweeps expired private copies when it handles a request. */
const SWEEP_EVERY_MS = 60_000;
/** The API paths worth keeping: what the public pages and the dashboard read. */
const KEPT_API = /\/api\/(plans|indicators|agencies|areas|demo)(\/|$)/;
/** Never kept: downloads. */
const NOT_KEPT = /\.(csv|xlsx)$/;

const scopeUrl = new URL(self.registration.scope);
const shellUrls = new Set(SHELL.map((path) => new URL(path, scopeUrl).href));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll([...shellUrls]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('eqt-shell-') && name !== SHELL_CACHE).map((name) => caches.delete(name))))
      .then(() => sweepPrivate())
      .then(() => self.clients.claim()),
  );
});

function isKeptApi(url) {
  return KEPT_API.test(url.pathname) && !NOT_KEPT.test(url.pathname);
}

/** A copy of the answer with the time it was fetched (and, for a private one, when its token expires). */
async function stamped(response, expiresAt = null) {
  const headers = new Headers(response.headers);
  headers.set(CACHED_AT, new Date().toISOString());
  if (expiresAt) headers.set(EXPIRES_AT, expiresAt);
  const body = await response.blob();
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

async function keep(cacheName, url, response, expiresAt = null) {
  try {
    const cache = await caches.open(cacheName);
    await cache.put(url, await stamped(response, expiresAt));
  } catch {
    // storage full or blocked: the page still works online
  }
}

async function kept(cacheName, url) {
  const cache = await caches.open(cacheName);
  return cache.match(url, { ignoreVary: true });
}

/** The signed-in user's copy while its token is valid; an expired one is deleted, never served. */
async function keptPrivate(url) {
  const cache = await caches.open(PRIVATE_CACHE);
  const copy = await cache.match(url, { ignoreVary: true });
  if (!copy) return undefined;
  if (!isExpiredCopy(copy.headers.get(EXPIRES_AT), Date.now())) return copy;
  await cache.delete(url, { ignoreVary: true });
  return undefined;
}

/** A signed-in user's own copy, else the public one (approved values only: never the other way round). */
async function keptFor(isPrivate, url) {
  if (!isPrivate) return kept(PUBLIC_CACHE, url);
  return (await keptPrivate(url)) ?? (await kept(PUBLIC_CACHE, url));
}

/** Deletes every private copy whose token has expired. */
async function sweepPrivate() {
  try {
    if (!(await caches.has(PRIVATE_CACHE))) return;
    const cache = await caches.open(PRIVATE_CACHE);
    const now = Date.now();
    for (const request of await cache.keys()) {
      const copy = await cache.match(request, { ignoreVary: true });
      if (!copy || isExpiredCopy(copy.headers.get(EXPIRES_AT), now)) await cache.delete(request, { ignoreVary: true });
    }
  } catch {
    // storage blocked: nothing kept either
  }
}

let lastSweep = 0;
/** Sweeps at most once a minute, whichever request wakes the worker. */
function sweepSometimes(event) {
  const now = Date.now();
  if (now - lastSweep < SWEEP_EVERY_MS) return;
  lastSweep = now;
  event.waitUntil(sweepPrivate());
}

async function apiNetworkFirst(event) {
  const request = event.request;
  const url = request.url;
  const isPrivate = request.headers.has('authorization');
  // A private answer is kept only with its token's expiry (none readable, or already past: not kept).
  const expiresAt = isPrivate ? privateExpiryHeader(request.headers.get('authorization'), Date.now()) : null;
  const network = fetch(request).then((response) => {
    if (response.ok && !isPrivate) event.waitUntil(keep(PUBLIC_CACHE, url, response.clone()));
    else if (response.ok && expiresAt) event.waitUntil(keep(PRIVATE_CACHE, url, response.clone(), expiresAt));
    return response;
  });
  network.catch(() => {}); // handled below; a late failure after a cached answer is no error
  let timer;
  const slow = new Promise((resolve) => {
    timer = setTimeout(() => resolve('slow'), NETWORK_TIMEOUT_MS);
  });
  try {
    const first = await Promise.race([network, slow]);
    if (first !== 'slow') {
      // The API itself failing (a proxy's 502, a restart): the kept copy is better than an error page.
      if (first.status >= 500) return (await keptFor(isPrivate, url)) ?? first;
      return first;
    }
    const copy = await keptFor(isPrivate, url);
    return copy ?? (await network);
  } catch (error) {
    const copy = await keptFor(isPrivate, url);
    if (copy) return copy;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function pageNetworkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(SHELL_CACHE);
      await cache.put(new URL('./', scopeUrl).href, response.clone());
    }
    return response;
  } catch (error) {
    const cache = await caches.open(SHELL_CACHE);
    const copy = (await cache.match(new URL('./', scopeUrl).href)) ?? (await cache.match(new URL('./index.html', scopeUrl).href));
    if (copy) return copy;
    throw error;
  }
}

async function shellCacheFirst(request) {
  const cache = await caches.open(SHELL_CACHE);
  const copy = await cache.match(request, { ignoreSearch: true });
  if (copy) return copy;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  sweepSometimes(event);
  const url = new URL(request.url);
  if (isKeptApi(url)) {
    event.respondWith(apiNetworkFirst(event));
    return;
  }
  if (url.origin !== scopeUrl.origin) return;
  const root = new URL('./', scopeUrl);
  if (request.mode === 'navigate' && (url.pathname === root.pathname || url.pathname === `${root.pathname}index.html`)) {
    event.respondWith(pageNetworkFirst(request));
    return;
  }
  if (shellUrls.has(`${url.origin}${url.pathname}`)) {
    event.respondWith(shellCacheFirst(request));
  }
});

/** Fetches and keeps anonymous API URLs the page read before this worker controlled it. */
async function warm(urls) {
  const cache = await caches.open(PUBLIC_CACHE);
  await Promise.all(
    urls.map(async (raw) => {
      try {
        const url = new URL(raw, scopeUrl);
        if (!isKeptApi(url) || (await cache.match(url.href, { ignoreVary: true }))) return;
        const response = await fetch(url.href, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
        if (response.ok) await cache.put(url.href, await stamped(response));
      } catch {
        // offline already, or refused: nothing kept
      }
    }),
  );
}

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'eqt:warm') {
    const urls = Array.isArray(data.urls) ? data.urls.filter((u) => typeof u === 'string').slice(0, 500) : [];
    event.waitUntil(warm(urls).then(() => event.ports[0]?.postMessage({ type: 'eqt:warmed' })));
  } else if (data.type === 'eqt:clear-private') {
    event.waitUntil(caches.delete(PRIVATE_CACHE));
  }
});
