import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw, SafeHtml } from '../src/html';

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<script>alert("x" + 'y') & 1</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; + &#39;y&#39;) &amp; 1&lt;/script&gt;',
    );
  });

  it('leaves Vietnamese text alone and turns null into an empty string', () => {
    expect(escapeHtml('Tỷ số giới tính khi sinh ≤ 111')).toBe('Tỷ số giới tính khi sinh ≤ 111');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(4.5)).toBe('4.5');
  });
});

describe('html template', () => {
  it('escapes interpolated text, in content and attributes', () => {
    const title = '<img src=x onerror=alert(1)>';
    const attr = '" onmouseover="alert(1)';
    const out = html`<a title="${attr}">${title}</a>`;
    expect(out).toBeInstanceOf(SafeHtml);
    expect(out.value).toBe('<a title="&quot; onmouseover=&quot;alert(1)">&lt;img src=x onerror=alert(1)&gt;</a>');
  });

  it('keeps nested html and joins arrays', () => {
    const items = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>');
  });

  it('renders nothing for null, undefined and false, but renders 0', () => {
    expect(html`[${null}${undefined}${false}${0}]`.value).toBe('[0]');
  });

  it('passes raw() through unchanged', () => {
    expect(html`${raw('<br>')}`.value).toBe('<br>');
  });
});
