import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TokenResponse } from '../src/api/types';
import {
  SESSION_KEY,
  canUpload,
  clearSession,
  getSession,
  isExpired,
  onSessionChange,
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
