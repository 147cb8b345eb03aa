import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TokenResponse } from '../src/api/types';
import {
  SESSION_KEY,
  canUpload,
  MAX_TIMER_MS,
  clearSession,
  expiryDelay,
  getSession,
  isExpired,
  onSessionChange,
  onSessionExpired,
  parseInstant,
  readSession,
  removeSession,
  sessionFromToken,
  setSession,
  writeSession,
  type Session,
} from '../src/session';

/** A Map-backed stand-in for localStorage. */
function fakeStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, String(value)),
    removeItem: (key: string) => void map.delete(key),
  };
}

const answer: TokenResponse = {
  accessToken: 'header.payload.signature',
  tokenType: 'Bearer',
  expiresAt: '2026-11-23T06:38:05.3072544Z', // the API sends 7 fraction digits
  user: { username: 'statistics', role: 'statistics', displayName: 'Cục Thống kê tỉnh', agency: 'PSO', area: '37' },
};
const expires = Date.UTC(2026, 10, 23, 6, 38, 5, 307);

afterEach(() => {
  vi.unstubAllGlobals();
  clearSession();
});

describe('session storage', () => {
  it('parses the API instants, whatever the number of fraction digits', () => {
    expect(parseInstant('2026-11-23T06:38:05.3072544Z')).toBe(expires);
    expect(parseInstant('2026-11-23T06:38:05Z')).toBe(Date.UTC(2026, 10, 23, 6, 38, 5));
    expect(parseInstant('not a date')).toBeNaN();
  });

  it('keeps token, user and expiry under eqt.session and reads them back', () => {
    const storage = fakeStorage();
    const session = sessionFromToken(answer);
    writeSession(storage, session);
    expect(SESSION_KEY).toBe('eqt.session');
    expect(JSON.parse(storage.map.get('eqt.session')!)).toEqual({
      token: 'header.payload.signature',
      expiresAt: answer.expiresAt,
      user: answer.user,
    });
    expect(readSession(storage, expires - 60_000)).toEqual(session);
  });

  it('drops an expired session when it is read', () => {
    const storage = fakeStorage();
    writeSession(storage, sessionFromToken(answer));
    expect(readSession(storage, expires + 1)).toBeNull();
    expect(storage.map.has(SESSION_KEY)).toBe(false);
  });

  it('counts a session as expired a few seconds early, never late', () => {
    const session = { expiresAt: answer.expiresAt };
    expect(isExpired(session, expires - 60_000)).toBe(false);
    expect(isExpired(session, expires - 1_000)).toBe(true);
    expect(isExpired({ expiresAt: 'garbage' }, 0)).toBe(true);
  });

  it('drops malformed stored sessions', () => {
    for (const bad of ['{', '"x"', '{"token":"t"}', JSON.stringify({ token: '', expiresAt: answer.expiresAt, user: answer.user })]) {
      const storage = fakeStorage({ [SESSION_KEY]: bad });
      expect(readSession(storage, 0), bad).toBeNull();
      expect(storage.map.has(SESSION_KEY), bad).toBe(false);
    }
  });

  it('survives storage that throws (privacy mode)', () => {
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    expect(readSession(throwing)).toBeNull();
    expect(() => writeSession(throwing, sessionFromToken(answer))).not.toThrow();
    expect(() => removeSession(throwing)).not.toThrow();
  });

  it('lets only the statistics office and admins upload', () => {
    const as = (role: Session['user']['role']): Session => ({ ...sessionFromToken(answer), user: { ...answer.user, role } });
    expect(canUpload(as('statistics'))).toBe(true);
    expect(canUpload(as('admin'))).toBe(true);
    expect(canUpload(as('department'))).toBe(false);
    expect(canUpload(as('leader'))).toBe(false);
    expect(canUpload(null)).toBe(false);
  });
});

describe('current session', () => {
  // Listeners read the session at "now": pin the clock a minute before the token expires.
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(expires - 60_000);
  });
  afterEach(() => vi.useRealTimers());

  it('is kept in localStorage, tells listeners, and ends at expiry', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    const seen: (string | null)[] = [];
    const stop = onSessionChange((s) => seen.push(s?.user.username ?? null));
    setSession(sessionFromToken(answer));
    expect(storage.map.has(SESSION_KEY)).toBe(true);
    expect(getSession(expires - 60_000)?.token).toBe('header.payload.signature');
    expect(getSession(expires + 1)).toBeNull();
    expect(storage.map.has(SESSION_KEY)).toBe(false);
    clearSession();
    stop();
    expect(seen).toEqual(['statistics', null]);
  });

  it('stays signed in for the page when localStorage refuses to keep it', () => {
    vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => { throw new Error('quota'); }, removeItem: () => {} });
    setSession(sessionFromToken(answer));
    expect(getSession(expires - 60_000)?.user.role).toBe('statistics');
    expect(getSession(expires + 1)).toBeNull();
  });
});

describe('expiry', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(expires - 60_000);
  });
  afterEach(() => vi.useRealTimers());

  it('waits until the instant the session counts as expired, at least a second, at most what setTimeout takes', () => {
    expect(expiryDelay(answer, expires - 60_000)).toBe(55_000); // dropped 5 s early
    expect(expiryDelay(answer, expires)).toBe(1_000); // past already: check again soon, no busy loop
    expect(expiryDelay({ expiresAt: '2099-01-01T00:00:00Z' }, expires)).toBe(MAX_TIMER_MS); // a 1000-day token
    expect(expiryDelay({ expiresAt: 'nonsense' }, expires)).toBe(1_000);
  });

  it('tells the expiry listeners when a stored session is found expired, not when it is signed out', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    let told = 0;
    const stop = onSessionExpired(() => told++);
    told = 0; // one found expired by an earlier test, before anyone listened
    setSession(sessionFromToken(answer));
    expect(getSession(expires - 60_000)).not.toBeNull();
    expect(told).toBe(0);
    expect(getSession(expires - 4_000)).toBeNull(); // 5 s early
    expect(storage.map.has(SESSION_KEY)).toBe(false); // forgotten
    expect(told).toBe(1);
    expect(getSession(expires + 1)).toBeNull();
    expect(told).toBe(1); // once

    setSession(sessionFromToken(answer));
    clearSession(); // signing out is not expiring
    expect(told).toBe(1);
    stop();
  });

  it('tells it for a session kept in memory only (localStorage refused it)', () => {
    vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => { throw new Error('quota'); }, removeItem: () => {} });
    let told = 0;
    const stop = onSessionExpired(() => told++);
    told = 0;
    setSession(sessionFromToken(answer));
    expect(getSession(expires + 1)).toBeNull();
    expect(told).toBe(1);
    stop();
  });

  it('tells the first listener of a session found expired before it listened (at start-up)', () => {
    const stored = JSON.stringify(sessionFromToken(answer));
    vi.stubGlobal('localStorage', fakeStorage({ [SESSION_KEY]: stored }));
    expect(getSession(expires + 1)).toBeNull(); // nobody listens yet
    let told = 0;
    const stop = onSessionExpired(() => told++);
    expect(told).toBe(1);
    stop();
  });
});
