// Hash routes, so links are shareable and the app works on any static host:
//   #/ and #/plans          plans
//   #/plans/{code}?domain=&agency=   plan (filters live in the URL)
//   #/plans/new             a new plan (coordinators)
//   #/plans/{code}/edit     the plan's draft, issue, amend, copy as next plan, version history (coordinators)
//   #/indicators            indicators
//   #/indicators/{code}?area=   indicator (the values' area lives in the URL)
//   #/sign-in?return=/path   sign-in, then back to the path
//   #/uploads               bulk upload (statistics office and admin)
//   #/my?plan=&period=      a department's values for one plan period (department)
//   #/review?plan=&period=  the coordinator's review queue and timeliness (admin)
//   #/dashboard?plan=&area=&method=&objective=&approvedOnly=   progress against the goals (leaders; public)
//   #/report?plan=&area=&method=   the annual report, printable
//   #/activities?plan=&year=  what a body leads and coordinates, and the reports it owes (department)
//   #/reports/{plan}/{area}/{body}/{kind}/{period}   one implementation report: its body's form, its reviewer's view
//   #/compile?plan=&year=&kind=&show=   who has reported, who is late (coordinator; a body for what it receives)
//   #/annual-report?plan=&year=   the compiled annual report, printable (coordinator)
// To add a page: add its name to RouteName, a pattern to ROUTES and the page to main.ts.

export type RouteName =
  | 'plans'
  | 'plan'
  | 'planNew'
  | 'planEdit'
  | 'indicators'
  | 'indicator'
  | 'signIn'
  | 'uploads'
  | 'my'
  | 'review'
  | 'dashboard'
  | 'report'
  | 'activities'
  | 'activityReport'
  | 'compile'
  | 'annualReport'
  | 'notFound';

/** The dashboard opened by the nav and after a leader signs in: Ninh Bình's 2021–2025 plan at the province. */
export const DEFAULT_DASHBOARD = { plan: 'NB-2021-2025', area: '37' } as const;

export interface Route {
  name: RouteName;
  /** Path parameters, decoded (':code' → params.code). */
  params: Record<string, string>;
  /** Query parameters from the part of the hash after '?', empty values left out. */
  query: Record<string, string>;
  /** The path part of the hash, e.g. '/plans/NB-2021-2025'. */
  path: string;
}

const ROUTES: ReadonlyArray<readonly [RouteName, string]> = [
  ['plans', '/plans'],
  ['plans', '/'],
  ['planNew', '/plans/new'],
  ['plan', '/plans/:code'],
  ['planEdit', '/plans/:code/edit'],
  ['indicators', '/indicators'],
  ['indicator', '/indicators/:code'],
  ['signIn', '/sign-in'],
  ['uploads', '/uploads'],
  ['my', '/my'],
  ['review', '/review'],
  ['dashboard', '/dashboard'],
  ['report', '/report'],
  ['activities', '/activities'],
  ['activityReport', '/reports/:plan/:area/:body/:kind/:period'],
  ['compile', '/compile'],
  ['annualReport', '/annual-report'],
];

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function matchPattern(pattern: string, segments: string[]): Record<string, string> | null {
  const parts = splitPath(pattern);
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const segment = segments[i]!;
    if (part.startsWith(':')) {
      const value = safeDecode(segment);
      if (value === null || value === '') return null;
      params[part.slice(1)] = value;
    } else if (part !== segment) {
      return null;
    }
  }
  return params;
}

/** True if the hash is one of the app's routes ('#/...', '#' or empty), not an in-page anchor like '#main'. */
export function isAppHash(hash: string): boolean {
  return hash === '' || hash === '#' || hash.startsWith('#/');
}

/** Parses location.hash ('#/plans/NB-2021-2025?domain=health') into a Route. */
export function parseRoute(hash: string): Route {
  let rest = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!rest.startsWith('/')) rest = `/${rest}`;
  const q = rest.indexOf('?');
  const path = q >= 0 ? rest.slice(0, q) : rest;
  const query: Record<string, string> = {};
  if (q >= 0) {
    for (const [key, value] of new URLSearchParams(rest.slice(q + 1))) {
      if (value !== '') query[key] = value;
    }
  }
  const segments = splitPath(path);
  for (const [name, pattern] of ROUTES) {
    const params = matchPattern(pattern, segments);
    if (params) return { name, params, query, path };
  }
  return { name: 'notFound', params: {}, query, path };
}

/** Builds a link target: href('plan', { code: 'NB-2021-2025' }, { domain: 'health' }) → '#/plans/NB-2021-2025?domain=health'. */
export function href(
  name: Exclude<RouteName, 'notFound'>,
  params: Record<string, string> = {},
  query: Record<string, string | undefined> = {},
): string {
  const pattern = ROUTES.find(([routeName]) => routeName === name)?.[1] ?? '/';
  const path = splitPath(pattern)
    .map((part) => (part.startsWith(':') ? encodeURIComponent(params[part.slice(1)] ?? '') : part))
    .join('/');
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') search.set(key, value);
  }
  const qs = search.toString();
  return `#/${path}${qs ? `?${qs}` : ''}`;
}

/** The app path of a hash, to come back to after signing in: '#/indicators/SRB?area=37' → '/indicators/SRB?area=37'. */
export function returnPath(hash: string): string {
  const rest = hash.startsWith('#') ? hash.slice(1) : hash;
  return rest.startsWith('/') ? rest : '/';
}

/** The sign-in link that comes back to `path` afterwards (no return to the start page or to sign-in itself). */
export function signInHref(path = ''): string {
  const back = safeReturn(path);
  return href('signIn', {}, { return: back ?? undefined });
}

/** A return path, if it names one of the app's pages other than sign-in; otherwise null. */
export function safeReturn(path: string | undefined | null): string | null {
  if (!path || !path.startsWith('/') || path.startsWith('//')) return null;
  const name = parseRoute(`#${path}`).name;
  if (name === 'signIn' || name === 'notFound') return null;
  if (name === 'plans' && (path === '/' || path === '/plans')) return null;
  return path;
}

/** The progress dashboard of a plan at an area (the default: Ninh Bình's plan at the province). */
export function dashboardHref(plan: string = DEFAULT_DASHBOARD.plan, area: string = DEFAULT_DASHBOARD.area, extra: Record<string, string | undefined> = {}): string {
  return href('dashboard', {}, { plan, area, ...extra });
}
