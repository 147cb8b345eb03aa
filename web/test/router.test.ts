import { describe, expect, it } from 'vitest';
import { href, isAppHash, parseRoute, returnPath, safeReturn, signInHref } from '../src/router';

describe('parseRoute', () => {
  it('maps the empty hash, #/ and #/plans to the plans page', () => {
    for (const hash of ['', '#', '#/', '#/plans', '#/plans/']) {
      expect(parseRoute(hash).name, hash).toBe('plans');
    }
  });

  it('reads a plan code', () => {
    const route = parseRoute('#/plans/NB-2021-2025');
    expect(route.name).toBe('plan');
    expect(route.params).toEqual({ code: 'NB-2021-2025' });
    expect(route.query).toEqual({});
  });

  it('reads filters from the query in the hash, dropping empty ones', () => {
    const route = parseRoute('#/plans/NB-2021-2025?domain=health&agency=DOH&x=');
    expect(route.name).toBe('plan');
    expect(route.params.code).toBe('NB-2021-2025');
    expect(route.query).toEqual({ domain: 'health', agency: 'DOH' });
  });

  it('decodes encoded path segments', () => {
    expect(parseRoute('#/indicators/A%20B').params.code).toBe('A B');
  });

  it('reads indicator routes', () => {
    expect(parseRoute('#/indicators')).toMatchObject({ name: 'indicators' });
    expect(parseRoute('#/indicators/SRB')).toMatchObject({ name: 'indicator', params: { code: 'SRB' } });
  });

  it('returns notFound for unknown or malformed paths', () => {
    expect(parseRoute('#/nope').name).toBe('notFound');
    expect(parseRoute('#/plans/a/b').name).toBe('notFound');
    expect(parseRoute('#/plans/%E0%A4%A').name).toBe('notFound');
  });

  it('tells app routes from in-page anchors', () => {
    expect(isAppHash('#main')).toBe(false);
    expect(isAppHash('#/plans')).toBe(true);
    expect(isAppHash('')).toBe(true);
  });
});

describe('href', () => {
  it('builds links that parse back to the same route', () => {
    const link = href('plan', { code: 'NB-2021-2025' }, { domain: 'family-gbv', agency: '' });
    expect(link).toBe('#/plans/NB-2021-2025?domain=family-gbv');
    expect(parseRoute(link)).toMatchObject({ name: 'plan', params: { code: 'NB-2021-2025' }, query: { domain: 'family-gbv' } });
  });

  it('encodes codes and uses canonical list paths', () => {
    expect(href('indicator', { code: 'a/b' })).toBe('#/indicators/a%2Fb');
    expect(href('plans')).toBe('#/plans');
    expect(href('indicators')).toBe('#/indicators');
  });
});

describe('sign-in and uploads routes', () => {
  it('reads them', () => {
    expect(parseRoute('#/sign-in?return=%2Fuploads')).toMatchObject({ name: 'signIn', query: { return: '/uploads' } });
    expect(parseRoute('#/uploads').name).toBe('uploads');
  });

  it('builds sign-in links that come back to the page', () => {
    expect(signInHref(returnPath('#/indicators/SRB?area=37'))).toBe('#/sign-in?return=%2Findicators%2FSRB%3Farea%3D37');
    expect(parseRoute(signInHref('/indicators/SRB?area=37')).query.return).toBe('/indicators/SRB?area=37');
    expect(signInHref('/plans')).toBe('#/sign-in');
  });

  it('returns only to the app’s own pages', () => {
    expect(safeReturn('/uploads')).toBe('/uploads');
    expect(safeReturn('/plans/NB-2021-2025?domain=health')).toBe('/plans/NB-2021-2025?domain=health');
    for (const bad of ['', 'https://evil.example', '//evil.example', '/sign-in', '/nope', '/', '/plans', null, undefined]) {
      expect(safeReturn(bad), String(bad)).toBeNull();
    }
  });
});

describe('department and review routes', () => {
  it('reads the plan and period from the query', () => {
    expect(parseRoute('#/my?plan=NB-2021-2025&period=2025')).toMatchObject({ name: 'my', query: { plan: 'NB-2021-2025', period: '2025' } });
    expect(parseRoute('#/review').name).toBe('review');
  });

  it('builds their links and accepts them as return paths', () => {
    expect(href('my', {}, { plan: 'NB-2021-2025', period: '2025' })).toBe('#/my?plan=NB-2021-2025&period=2025');
    expect(href('review', {}, { plan: 'NB-2021-2025', period: undefined })).toBe('#/review?plan=NB-2021-2025');
    expect(safeReturn('/my?period=2024')).toBe('/my?period=2024');
  });
});
