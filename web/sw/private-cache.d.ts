// Types for private-cache.js (the service worker's plain JavaScript), for the tests.
export declare const EXPIRES_AT: 'x-eqt-expires-at';
export declare function tokenExpiry(authorization: string | null | undefined): number;
export declare function privateExpiryHeader(authorization: string | null | undefined, now: number): string | null;
export declare function isExpiredCopy(expiresAtHeader: string | null | undefined, now: number): boolean;
