// The service worker's rules for answers fetched with a bearer token (pure: no caches, no clock of its own).
// vite.config.ts inlines this file into sw.js (each `export ` dropped); test/privateCache.test.ts imports it.
//
// A private answer is kept with the expiry of the token it was fetched with (the JWT's `exp` claim) in the
// x-eqt-expires-at header. Past that instant the copy is never served, and it is deleted when seen: even if
// the page never runs again to say "clear", nothing answers for a token that is no longer valid.

/** The header that holds a private copy's expiry (ISO-8601), set when the worker keeps it. */
export const EXPIRES_AT = 'x-eqt-expires-at';

/** Decodes base64url (no padding needed) to text, or null. */
function base64UrlText(part) {
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    return new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
  } catch {
    return null;
  }
}

/**
 * When the bearer token in an Authorization header expires, in milliseconds since the epoch (its `exp`
 * claim, in seconds), or NaN when there is no readable JWT with a numeric `exp`.
 */
export function tokenExpiry(authorization) {
  const match = /^Bearer\s+([^\s.]+)\.([^\s.]+)\.([^\s.]*)$/i.exec(String(authorization ?? '').trim());
  if (!match) return NaN;
  const text = base64UrlText(match[2]);
  if (text === null) return NaN;
  let payload;
  try {
    payload = JSON.parse(text);
  } catch {
    return NaN;
  }
  const exp = payload && typeof payload === 'object' ? payload.exp : undefined;
  return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : NaN;
}

/**
 * The expiry to keep with a private answer (ISO-8601), or null when it must not be kept at all: no
 * readable expiry, or the token has already expired at `now`.
 */
export function privateExpiryHeader(authorization, now) {
  const expires = tokenExpiry(authorization);
  if (Number.isNaN(expires) || expires <= now) return null;
  return new Date(expires).toISOString();
}

/** True when a private copy may no longer answer at `now`: its expiry is past, missing or unreadable. */
export function isExpiredCopy(expiresAtHeader, now) {
  const expires = Date.parse(String(expiresAtHeader ?? ''));
  return Number.isNaN(expires) || expires <= now;
}
