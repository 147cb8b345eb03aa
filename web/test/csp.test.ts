// The API serves the app with "style-src 'self'; script-src 'self'" (api/Common/SecurityHeaders.cs): no
// inline style, no inline script, no handler attributes, no javascript: URLs, no eval. The browser test
// ContentSecurityPolicyTests checks the real pages; these catch the usual culprits in the source.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearApiCache } from '../src/api/client';
import { setLang } from '../src/i18n';
import { applyStatusBar, dashboardPage } from '../src/pages/dashboard';
import { parseRoute } from '../src/router';
import { json, stubFetch } from './fixtures';
import { planProgress } from './progressFixtures';

const web = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|js|html)$/.test(name) ? [path] : [];
  });
}

const files = [...sources(join(web, 'src')), join(web, 'index.html'), ...sources(join(web, 'sw'))];

describe('content security policy: nothing inline', () => {
  it.each(files.map((path) => [path.slice(web.length), path]))('%s has no inline style, script, handler or eval', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    expect(text).not.toMatch(/\sstyle\s*=\s*["'$]/i);
    expect(text).not.toMatch(/<style[\s>]/i);
    expect(text).not.toMatch(/\son[a-z]+\s*=\s*["']/i);
    expect(text).not.toMatch(/javascript:/i);
    expect(text).not.toMatch(/\beval\s*\(|new\s+Function\s*\(|setAttribute\(\s*['"]style['"]|\.cssText\b/);
    if (path.endsWith('.html')) expect(text).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
  });
});

describe('dashboard status bar', () => {
  beforeEach(() => setLang('vi'));
  afterEach(() => {
    vi.unstubAllGlobals();
    clearApiCache();
  });

  it('says each part’s size in data-grow, not in a style attribute', async () => {
    stubFetch({ 'GET /api/plans/NB-2021-2025/progress': json(planProgress()), 'GET /api/plans': json([]) });
    const out = (await dashboardPage.load(parseRoute('#/dashboard?plan=NB-2021-2025&area=37'))).html().value;
    expect(out).toMatch(/class="status-bar-part status-regressing" data-grow="1"/);
    expect(out).not.toContain('style=');
  });

  it('sets each part’s flex-grow through the CSSOM', () => {
    const part = (grow: string) => ({ dataset: { grow }, style: { flexGrow: '' } });
    const parts = [part('3'), part('0'), part('x'), part('-1')];
    applyStatusBar({ querySelectorAll: () => parts } as unknown as ParentNode);
    expect(parts.map((p) => p.style.flexGrow)).toEqual(['3', '0', '', '']);
  });
});
