// Bootstrap: the shell (header, nav, session, demo banner, footer, language switch) and the hash router.

import './styles.css';
import { API_BASE, ApiError, api, beginDataWindow, clearApiCache, oldestCachedAt, onUnauthorized } from './api/client';
import { html, type SafeHtml } from './html';
import { getLang, onLangChange, setLang, t, type MessageKey } from './i18n';
import { announce } from './live';
import { isAppHash, parseRoute, returnPath, signInHref, type Route, type RouteName } from './router';
import { SESSION_KEY, canReview, canUpload, clearSession, expiryDelay, getSession, isDepartment, notifySessionChange, onSessionChange, onSessionExpired } from './session';
import { errorView, notFoundView, roleLabel } from './pages/common';
import type { Page, View } from './pages/page';
import { plansPage } from './pages/plans';
import { planPage } from './pages/plan';
import { indicatorsPage } from './pages/indicators';
import { indicatorPage } from './pages/indicator';
import { dashboardPage } from './pages/dashboard';
import { clearPrivateCache, registerServiceWorker, renderOfflineNotice } from './offline';

/** A page whose code loads on first use (staff-only pages stay out of the public bundle). */
function lazyPage(loader: () => Promise<Page>, sameViewKey?: Page['sameViewKey']): Page {
  let loaded: Promise<Page> | null = null;
  return {
    ...(sameViewKey ? { sameViewKey } : {}),
    load: async (route) => {
      loaded ??= loader().catch((error: unknown) => {
        loaded = null; // try again next time (e.g. after a network error)
        throw error;
      });
      return (await loaded).load(route);
    },
  };
}

const pages: Record<Exclude<RouteName, 'notFound'>, Page> = {
  plans: plansPage,
  plan: planPage,
  planNew: lazyPage(() => import('./pages/planEdit').then((m) => m.planNewPage)),
  planEdit: lazyPage(() => import('./pages/planEdit').then((m) => m.planEditPage)),
  indicators: indicatorsPage,
  indicator: indicatorPage,
  signIn: lazyPage(() => import('./pages/signIn').then((m) => m.signInPage)),
  uploads: lazyPage(() => import('./pages/uploads').then((m) => m.uploadsPage)),
  // Another plan or period on the same page keeps focus on the select that changed it.
  my: lazyPage(() => import('./pages/my').then((m) => m.myPage), () => 'my'),
  review: lazyPage(() => import('./pages/review').then((m) => m.reviewPage), () => 'review'),
  dashboard: dashboardPage,
  report: lazyPage(() => import('./pages/report').then((m) => m.reportPage)),
  activities: lazyPage(() => import('./pages/activities').then((m) => m.activitiesPage), () => 'activities'),
  activityReport: lazyPage(() => import('./pages/activityReport').then((m) => m.activityReportPage), (route) => `report:${route.path}`),
  compile: lazyPage(() => import('./pages/compile').then((m) => m.compilePage), () => 'compile'),
  annualReport: lazyPage(() => import('./pages/annualReport').then((m) => m.annualReportPage)),
};

/** Which top-level nav entry a route belongs to. */
const NAV_SECTION: Record<RouteName, string | null> = {
  plans: 'plans',
  plan: 'plans',
  planNew: 'plans',
  planEdit: 'plans',
  indicators: 'indicators',
  indicator: 'indicators',
  signIn: null,
  uploads: 'uploads',
  my: 'my',
  review: 'review',
  dashboard: 'dashboard',
  report: 'dashboard',
  activities: 'activities',
  activityReport: null,
  compile: 'compile',
  annualReport: 'compile',
  notFound: null,
};

const main = document.getElementById('main') as HTMLElement;

let current: { route: Route; page: Page | null; view: View; cachedAt: string | null } | null = null;
let navigationId = 0;
let hasRendered = false;
/** True while a page is loading (its view will render in whatever language is current then). */
let loading = false;

// ---- shell -------------------------------------------------------------------------------

function renderShell(): void {
  const lang = getLang();
  document.documentElement.lang = lang;
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n as MessageKey);
  });
  document.querySelectorAll<HTMLElement>('[data-i18n-aria-label]').forEach((el) => {
    el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel as MessageKey));
  });
  const switcher = document.getElementById('lang-switch');
  if (switcher) {
    switcher.lang = lang === 'vi' ? 'en' : 'vi';
    switcher.title = t('lang.switchTitle');
  }
  const docs = document.getElementById('api-docs') as HTMLAnchorElement | null;
  if (docs) docs.href = `${API_BASE}/swagger`;
  renderSession();
}

/** The header's session box: who is signed in and "Sign out", or a "Sign in" link back to this page. */
function renderSession(): void {
  const box = document.getElementById('session');
  const session = getSession();
  const navItems: ReadonlyArray<readonly [string, boolean]> = [
    ['nav-uploads', canUpload(session)],
    ['nav-my', isDepartment(session)],
    ['nav-review', canReview(session)],
    ['nav-activities', isDepartment(session)],
    ['nav-compile', canReview(session)],
  ];
  for (const [id, shown] of navItems) {
    const item = document.getElementById(id);
    if (item) item.hidden = !shown;
  }
  if (!box) return;
  const focused = document.activeElement?.id;
  box.innerHTML = (
    session
      ? html`<span class="user-name" title="${roleLabel(session.user.role)}"><span class="sr-only">${t('auth.signedInAs')} </span><span id="user-name">${session.user.displayName || session.user.username}</span></span>
          <button type="button" class="session-button" id="sign-out">${t('auth.signOut')}</button>`
      : html`<a class="session-link" id="sign-in-link" href="${signInLinkHere()}">${t('auth.signIn')}</a>`
  ).value;
  if (focused === 'sign-out' || focused === 'sign-in-link') {
    (document.getElementById('sign-in-link') ?? document.getElementById('sign-out'))?.focus();
  }
}

/** A sign-in link that comes back to the current page. */
function signInLinkHere(): string {
  const route = isAppHash(location.hash) ? parseRoute(location.hash) : null;
  return signInHref(route?.name === 'signIn' ? route.query.return ?? '' : returnPath(location.hash));
}

function markNav(route: Route): void {
  // One report belongs to its body's activities, or to the coordinator's compile page.
  const section = route.name === 'activityReport' ? (isDepartment(getSession()) ? 'activities' : 'compile') : NAV_SECTION[route.name];
  document.querySelectorAll<HTMLAnchorElement>('[data-nav]').forEach((link) => {
    if (link.dataset.nav !== section) link.removeAttribute('aria-current');
    else link.setAttribute('aria-current', route.name === section ? 'page' : 'true');
  });
}

// ---- router ------------------------------------------------------------------------------

type Mode = 'page' | 'soft' | 'language';

function show(route: Route, page: Page | null, view: View, mode: Mode, cachedAt: string | null = null): void {
  const focusedId = mode === 'page' ? '' : (document.activeElement as HTMLElement | null)?.id ?? '';
  const scrollY = window.scrollY;

  main.innerHTML = html`${demoBannerHtml()}${view.html()}`.value;
  view.mount?.(main);
  main.removeAttribute('aria-busy');
  main.dataset.page = route.name; // which page is shown (a hook for tests and styles)
  document.title = `${view.title()} · ${t('app.name')}`;
  current = { route, page, view, cachedAt };
  renderOfflineNotice(cachedAt); // the page's data came from the offline copy: say how old it is

  if (mode === 'page') {
    window.scrollTo(0, 0);
    // Move focus to the new page's heading, except on first load (the user starts at the top).
    if (hasRendered) main.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    announce(t('status.loaded', { title: view.title() }));
  } else {
    window.scrollTo(0, scrollY);
    if (focusedId) {
      const again = document.getElementById(focusedId);
      if (again && again !== document.activeElement) again.focus({ preventScroll: true });
    }
    announce(mode === 'soft' && view.announce ? view.announce() : t('status.loaded', { title: view.title() }));
  }
  hasRendered = true;
}

async function navigate(force = false): Promise<void> {
  // An in-page anchor (like the skip link's #main) is not a route: keep the page as it is,
  // unless nothing is shown yet (opened with such a hash), then show the start page.
  const appHash = isAppHash(location.hash);
  if (!appHash && current) return;
  const route = parseRoute(appHash ? location.hash : '');
  const page = route.name === 'notFound' ? null : pages[route.name];
  const key = page?.sameViewKey;
  const soft =
    !force && !!key && !!current && current.page === page && key(current.route) === key(route);
  const id = ++navigationId;
  loading = true;

  markNav(route);
  renderSession(); // the sign-in link's return path follows the page
  main.setAttribute('aria-busy', 'true');
  if (!soft) {
    main.innerHTML = html`<p class="loading">${t('status.loading')}</p>`.value;
  }
  announce(t('status.loading'));

  const used = beginDataWindow(); // the API URLs this page reads (for the offline notice)
  let view: View;
  try {
    view = page ? await page.load(route) : notFoundView(route.path);
  } catch (error) {
    // A 401 ended the session and sent the user to the sign-in page: that navigation takes over.
    if (error instanceof ApiError && error.status === 401 && parseRoute(location.hash).name === 'signIn' && route.name !== 'signIn') return;
    view = errorView(error, retry);
  }
  if (id !== navigationId) return; // a newer navigation started meanwhile
  await demoSettled();
  if (id !== navigationId) return;
  loading = false;
  show(route, page, view, soft ? 'soft' : 'page', oldestCachedAt(used));
  markFirstPage();
}

function retry(): void {
  clearApiCache();
  void navigate(true);
}

// ---- start -------------------------------------------------------------------------------

document.getElementById('lang-switch')?.addEventListener('click', () => {
  setLang(getLang() === 'vi' ? 'en' : 'vi');
});

onLangChange(() => {
  renderShell();
  if (current && !loading) show(current.route, current.page, current.view, 'language', current.cachedAt);
});

// ---- session -----------------------------------------------------------------------------

/** Set while the app itself ends a session and navigates (the listener must not navigate too). */
let quietSessionChange = false;

onSessionChange(() => {
  clearApiCache(); // answers may depend on who asks
  clearPrivateCache(); // and the offline copies of the last user's answers go
  renderSession();
  scheduleExpiry();
  if (!quietSessionChange) void navigate(true);
});

// A session found expired (at start-up, on a navigation, by the timer below): it is forgotten already
// (session.ts); its answers go too, here and in the service worker, and the header says so.
onSessionExpired(() => {
  clearApiCache();
  clearPrivateCache();
  queueMicrotask(renderSession);
});

// Any call answered 401: the token is missing, expired or revoked. End the session and sign in again.
onUnauthorized(() => {
  const hadSession = getSession() !== null;
  const route = isAppHash(location.hash) ? parseRoute(location.hash) : null;
  quietSessionChange = true;
  clearSession();
  quietSessionChange = false;
  if (route?.name === 'signIn') return;
  const target = signInHref(returnPath(location.hash));
  location.hash = hadSession ? `${target}${target.includes('?') ? '&' : '?'}expired=1` : target;
});

document.getElementById('session')?.addEventListener('click', (event) => {
  if ((event.target as HTMLElement).closest('#sign-out')) {
    clearSession();
    announce(t('auth.signedOut'));
    document.getElementById('sign-in-link')?.focus();
  }
});

// Back to a page that slept (timers wait while a phone sleeps): an expired session goes now.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') getSession();
});

// Another tab signed in or out.
window.addEventListener('storage', (event) => {
  if (event.key === SESSION_KEY || event.key === null) notifySessionChange();
});

// When the token expires, the session is forgotten at once, with its private answers (onSessionExpired
// above), and the header says so (the next API call would get a 401 anyway).
let expiryTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleExpiry(): void {
  clearTimeout(expiryTimer);
  const session = getSession();
  if (!session) return;
  expiryTimer = setTimeout(() => {
    if (getSession()) scheduleExpiry(); // not yet (a long token, or the timer woke early)
  }, expiryDelay(session));
}

// ---- demo banner -------------------------------------------------------------------------
// The first thing in <main>, rendered with each page: when it appears nothing on the page moves
// (in the header it pushed the whole page down once /api/demo answered: a layout shift).

let demoEnabled: boolean | null = null;
const demoKnown: Promise<void> = api
  .demo()
  .then(
    (demo) => {
      demoEnabled = !!demo?.enabled;
    },
    () => {
      demoEnabled = false; // no demo endpoint, or unreachable: no banner
    },
  )
  .then(() => {
    // Answered after a page was shown (slow network): add the banner now.
    if (demoEnabled && current && !document.getElementById('demo-banner')) main.insertAdjacentHTML('afterbegin', demoBannerHtml().value);
  });

function demoBannerHtml(): SafeHtml {
  return demoEnabled
    ? html`<div id="demo-banner" class="demo-banner" role="note"><p><span class="demo-icon" aria-hidden="true">⚠</span> <strong>${t('demo.banner')}</strong></p></div>`
    : html``;
}

/** Waits (a little) for the demo flag, so that the first page and its banner show together. */
function demoSettled(): Promise<void> {
  if (demoEnabled !== null) return Promise.resolve();
  return Promise.race([demoKnown, new Promise<void>((resolve) => setTimeout(resolve, 1_000))]);
}

// The skip link targets #main, which is not a route: move focus without touching the hash.
document.querySelector<HTMLAnchorElement>('.skip-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', () => void navigate());

// ---- offline -----------------------------------------------------------------------------

let markFirstPage: () => void = () => {};
const firstPageShown = new Promise<void>((resolve) => (markFirstPage = resolve));

// Back online while the page shows kept data: fetch it again.
window.addEventListener('online', () => {
  if (current?.cachedAt && !loading) retry();
});

// The service worker keeps the app and the data seen for offline use (production builds only: in
// development it would serve stale modules).
if (import.meta.env.PROD) registerServiceWorker(firstPageShown);

renderShell();
scheduleExpiry();
void navigate();
