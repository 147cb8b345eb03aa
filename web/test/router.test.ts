import { describe, expect, it } from 'vitest';
import { href, isAppHash, parseRoute } from '../src/router';

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
