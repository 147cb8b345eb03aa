// Bootstrap: the shell (header, nav, footer, language switch) and the hash router.

import './styles.css';
import { API_BASE, clearApiCache } from './api/client';
import { html } from './html';
import { getLang, onLangChange, setLang, t, type MessageKey } from './i18n';
import { isAppHash, parseRoute, type Route, type RouteName } from './router';
import { errorView, notFoundView } from './pages/common';
import type { Page, View } from './pages/page';
import { plansPage } from './pages/plans';
import { planPage } from './pages/plan';
import { indicatorsPage } from './pages/indicators';
import { indicatorPage } from './pages/indicator';

const pages: Record<Exclude<RouteName, 'notFound'>, Page> = {
  plans: plansPage,
  plan: planPage,
  indicators: indicatorsPage,
  indicator: indicatorPage,
};

/** Which top-level nav entry a route belongs to. */
const NAV_SECTION: Record<RouteName, string | null> = {
  plans: 'plans',
  plan: 'plans',
  indicators: 'indicators',
  indicator: 'indicators',
  notFound: null,
};

const main = document.getElementById('main') as HTMLElement;
const statusRegion = document.getElementById('status') as HTMLElement;

let current: { route: Route; page: Page | null; view: View } | null = null;
let navigationId = 0;
let hasRendered = false;
/** True while a page is loading (its view will render in whatever language is current then). */
let loading = false;

// ---- live region -------------------------------------------------------------------------

let announceTimer: ReturnType<typeof setTimeout> | undefined;

/** Says something to screen-reader users (clears first so a repeated message is read again). */
function announce(message: string): void {
  clearTimeout(announceTimer);
  statusRegion.textContent = '';
  announceTimer = setTimeout(() => {
    statusRegion.textContent = message;
  }, 100);
}

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
}

function markNav(route: Route): void {
  const section = NAV_SECTION[route.name];
  document.querySelectorAll<HTMLAnchorElement>('[data-nav]').forEach((link) => {
    if (link.dataset.nav !== section) link.removeAttribute('aria-current');
    else link.setAttribute('aria-current', route.name === section ? 'page' : 'true');
  });
}

// ---- router ------------------------------------------------------------------------------

type Mode = 'page' | 'soft' | 'language';

function show(route: Route, page: Page | null, view: View, mode: Mode): void {
  const focusedId = mode === 'page' ? '' : (document.activeElement as HTMLElement | null)?.id ?? '';
  const scrollY = window.scrollY;

  main.innerHTML = view.html().value;
  view.mount?.(main);
  main.removeAttribute('aria-busy');
  main.dataset.page = route.name; // which page is shown (a hook for tests and styles)
  document.title = `${view.title()} · ${t('app.name')}`;
  current = { route, page, view };

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
  main.setAttribute('aria-busy', 'true');
  if (!soft) {
    main.innerHTML = html`<p class="loading">${t('status.loading')}</p>`.value;
  }
  announce(t('status.loading'));

  let view: View;
  try {
    view = page ? await page.load(route) : notFoundView(route.path);
  } catch (error) {
    view = errorView(error, retry);
  }
  if (id !== navigationId) return; // a newer navigation started meanwhile
  loading = false;
  show(route, page, view, soft ? 'soft' : 'page');
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
  if (current && !loading) show(current.route, current.page, current.view, 'language');
});

// The skip link targets #main, which is not a route: move focus without touching the hash.
document.querySelector<HTMLAnchorElement>('.skip-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', () => void navigate());

renderShell();
void navigate();
