// Who is signed in: the bearer token, its expiry and the user, kept in localStorage ('eqt.session')
// so that a reload or a second tab stays signed in. An expired session is dropped when read, and the
// expiry listeners are told (main.ts then drops the service worker's private copies too).

import type { Role, SessionUser, TokenResponse } from './api/types';

export const SESSION_KEY = 'eqt.session';

export interface Session {
  token: string;
  /** ISO-8601 instant, as the API sent it. */
  expiresAt: string;
  user: SessionUser;
}

/** The part of Storage the session needs (a test passes a Map-backed fake). */
export type SessionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Roles that may upload data in bulk. */
export const UPLOAD_ROLES: readonly Role[] = ['statistics', 'admin'];

/**
 * Milliseconds since the epoch of an ISO instant, or NaN. The API writes up to 7 fraction digits
 * ('2026-11-23T06:38:05.3072544Z'): cut them to milliseconds so every engine parses it.
 */
export function parseInstant(iso: string): number {
  return Date.parse(String(iso).replace(/(\.\d{3})\d+/, '$1'));
}

function isSession(value: unknown): value is Session {
  if (!value || typeof value !== 'object') return false;
  const s = value as Partial<Session>;
  return (
    typeof s.token === 'string' &&
    s.token !== '' &&
    typeof s.expiresAt === 'string' &&
    !Number.isNaN(parseInstant(s.expiresAt)) &&
    !!s.user &&
    typeof s.user === 'object' &&
    typeof s.user.username === 'string' &&
    typeof s.user.role === 'string'
  );
}

/** True when the session has expired at `now` (a session is dropped a few seconds early, not late). */
export function isExpired(session: Pick<Session, 'expiresAt'>, now: number = Date.now()): boolean {
  const expires = parseInstant(session.expiresAt);
  return Number.isNaN(expires) || expires - 5_000 <= now;
}

/** The longest wait setTimeout takes (about 24.8 days); longer ones fire at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * How long to wait before checking the session again so as to find it expired on time: until the instant
 * isExpired() turns true, at least a second (no busy loop), at most MAX_TIMER_MS (check again then).
 */
export function expiryDelay(session: Pick<Session, 'expiresAt'>, now: number = Date.now()): number {
  const expires = parseInstant(session.expiresAt);
  if (Number.isNaN(expires)) return 1_000;
  return Math.min(Math.max(expires - 5_000 - now, 1_000), MAX_TIMER_MS);
}

/** The stored session, or null. A stored session that is expired or malformed is removed. */
export function readSession(storage: SessionStorage | undefined, now: number = Date.now()): Session | null {
  if (!storage) return null;
  let text: string | null;
  try {
    text = storage.getItem(SESSION_KEY);
  } catch {
    return null; // storage blocked
  }
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  if (!isSession(value) || isExpired(value, now)) {
    removeSession(storage);
    return null;
  }
  return value;
}

export function writeSession(storage: SessionStorage | undefined, session: Session): void {
  try {
    storage?.setItem(SESSION_KEY, JSON.stringify(session));
  } catch {
    // not remembered across reloads; still signed in for this page (see `memory` below)
  }
}

export function removeSession(storage: SessionStorage | undefined): void {
  try {
    storage?.removeItem(SESSION_KEY);
  } catch {
    // nothing to do
  }
}

/** The session kept from the API's token answer. */
export function sessionFromToken(answer: TokenResponse): Session {
  return { token: answer.accessToken, expiresAt: answer.expiresAt, user: answer.user };
}

export function canUpload(session: Session | null): boolean {
  return !!session && UPLOAD_ROLES.includes(session.user.role);
}

/** A sector department: enters the values of the targets it leads (#/my). */
export function isDepartment(session: Session | null): boolean {
  return session?.user.role === 'department';
}

/** The coordinating department (admin): reviews submissions and follows timeliness (#/review). */
export function canReview(session: Session | null): boolean {
  return session?.user.role === 'admin';
}

// ---- the current session (the app's state) ----------------------------------------------

function storage(): SessionStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Only when localStorage cannot keep the session (blocked, full): it then lasts as long as the page. */
let memory: Session | null = null;
const listeners = new Set<(session: Session | null) => void>();

const expiryListeners = new Set<() => void>();
/** A session expired before anyone listened (read at start-up): told to the first listener. */
let expiredUnheard = false;

function hasStoredSession(store: SessionStorage | undefined): boolean {
  try {
    return !!store?.getItem(SESSION_KEY);
  } catch {
    return false;
  }
}

/** The signed-in session, or null when nobody is signed in or the token has expired. */
export function getSession(now: number = Date.now()): Session | null {
  const store = storage();
  const hadStored = hasStoredSession(store);
  const stored = readSession(store, now);
  if (stored) return stored;
  // readSession removed what was stored: it had expired (or was unreadable, as good as expired).
  let expired = hadStored && !hasStoredSession(store);
  if (memory && isExpired(memory, now)) {
    memory = null;
    expired = true;
  }
  if (expired) sessionExpired();
  return memory;
}

function sessionExpired(): void {
  if (expiryListeners.size === 0) {
    expiredUnheard = true;
    return;
  }
  for (const listener of [...expiryListeners]) listener();
}

/**
 * Called whenever a session is found expired and forgotten (at start-up, on any read, by main.ts's timer);
 * not on sign-out (onSessionChange tells that). A session found expired before the first listener came is
 * told to it at once.
 */
export function onSessionExpired(listener: () => void): () => void {
  expiryListeners.add(listener);
  if (expiredUnheard) {
    expiredUnheard = false;
    listener();
  }
  return () => expiryListeners.delete(listener);
}

export function setSession(session: Session | null): void {
  const store = storage();
  memory = null;
  if (session) {
    writeSession(store, session);
    if (readSession(store)?.token !== session.token) memory = session;
  } else {
    removeSession(store);
  }
  notifySessionChange();
}

export function clearSession(): void {
  setSession(null);
}

/** Tells the listeners (header, pages) that the session changed, e.g. in another tab. */
export function notifySessionChange(): void {
  const session = getSession();
  for (const listener of listeners) listener(session);
}

export function onSessionChange(listener: (session: Session | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
