// Offline: the service worker (built by vite.config.ts from sw/sw.js) keeps the app shell and, network
// first, the API answers the app read. When an answer comes from that cache the page says so, with the
// time the data was fetched: "Ngoại tuyến — số liệu tính đến 14:05 23/11/2026".

import { seenPublicUrls } from './api/client';
import { TIME_ZONE } from './format';
import { getLang, t, type Lang } from './i18n';

let timeDateFormat: Intl.DateTimeFormat | null = null;

/** An ISO instant as 'HH:mm dd/MM/yyyy' in Viet Nam's time ('2026-11-23T07:05:00Z' → '14:05 23/11/2026'); '' if unreadable. */
export function formatTimeDate(iso: string | null | undefined): string {
  const ms = Date.parse(String(iso ?? '').replace(/(\.\d{3})\d+/, '$1'));
  if (Number.isNaN(ms)) return '';
  timeDateFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts: Record<string, string> = {};
  for (const part of timeDateFormat.formatToParts(ms)) parts[part.type] = part.value;
  return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}`;
}

/** The notice's text: 'Ngoại tuyến — số liệu tính đến 14:05 23/11/2026' / 'Offline — data as of 14:05 23/11/2026'. */
export function offlineNoticeText(cachedAt: string, lang: Lang = getLang()): string {
  const time = formatTimeDate(cachedAt);
  return time ? t('offline.notice', { time }, lang) : t('offline.noticeUnknown', undefined, lang);
}

/**
 * Fills (or empties, with null) the shell's #offline-notice. The element itself stays in the page, empty
 * and without size when all is fresh: a live region (role=status) must exist before its text changes.
 */
export function renderOfflineNotice(cachedAt: string | null): void {
  const notice = typeof document === 'undefined' ? null : document.getElementById('offline-notice');
  if (!notice) return;
  if (!cachedAt) {
    notice.removeAttribute('data-cached-at');
    notice.textContent = '';
    return;
  }
  const text = offlineNoticeText(cachedAt);
  notice.dataset.cachedAt = cachedAt;
  if (notice.textContent !== text) {
    notice.innerHTML = '';
    const icon = document.createElement('span');
    icon.className = 'offline-icon';
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = '⚡\uFE0E';
    const words = document.createElement('span');
    words.className = 'offline-text';
    words.textContent = text;
    notice.append(icon, ' ', words);
  }
}

// ---- the service worker ------------------------------------------------------------------

/** Messages between the page and the service worker. */
export const SW_MESSAGES = {
  /** page → worker: keep these anonymous GET URLs (read before the worker controlled the page). */
  warm: 'eqt:warm',
  /** worker → page: done. */
  warmed: 'eqt:warmed',
  /** page → worker: forget the answers fetched with a bearer token (sign-out, another user). */
  clearPrivate: 'eqt:clear-private',
} as const;

/** The service worker's cache of answers fetched with a bearer token (the same name as in sw/sw.js). */
export const PRIVATE_CACHE = 'eqt-api-private';

/**
 * Drops the signed-in user's answers kept for offline use (sign-out, another user, an expired session):
 * tells the worker that controls the page, or else the registration's active one, and deletes the cache
 * from the page as well (the same origin's CacheStorage), so that it goes even with no worker running.
 */
export function clearPrivateCache(): void {
  const message = { type: SW_MESSAGES.clearPrivate };
  try {
    const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
    if (container?.controller) container.controller.postMessage(message);
    else void container?.getRegistration?.().then((registration) => registration?.active?.postMessage(message), () => {});
  } catch {
    // no service worker: nothing kept by it
  }
  try {
    void globalThis.caches?.delete(PRIVATE_CACHE).catch(() => {});
  } catch {
    // no CacheStorage (not a secure context): nothing kept
  }
}

/** Asks the worker to keep the URLs read so far; resolves when it has (or after 15 s). */
function warm(worker: ServiceWorker): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(resolve, 15_000);
    channel.port1.onmessage = () => {
      clearTimeout(timer);
      resolve();
    };
    worker.postMessage({ type: SW_MESSAGES.warm, urls: seenPublicUrls() }, [channel.port2]);
  });
}

/**
 * Registers ./sw.js (production builds only; main.ts decides). Once the worker controls the page and has
 * kept what the page read, <html data-offline-ready="true"> (a hook for browser tests).
 */
export function registerServiceWorker(firstPageShown: Promise<void>): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  const start = async () => {
    await container.register('./sw.js', { scope: './' });
    await container.ready;
    if (!container.controller) {
      await new Promise<void>((resolve) => container.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
    await firstPageShown;
    const worker = container.controller;
    if (worker) await warm(worker);
    document.documentElement.dataset.offlineReady = 'true';
  };
  const run = () => void start().catch(() => {
    // no offline copy: the app works as before
  });
  if (document.readyState === 'complete') run();
  else window.addEventListener('load', run, { once: true });
}
