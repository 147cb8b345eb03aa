// The performance budget: the JS and CSS the first page loads (index.html's script, stylesheets and
// module preloads) must stay within 150 kB gzipped. Run after `vite build` (npm run build does).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET = 150 * 1024;
const out = fileURLToPath(new URL('../../api/wwwroot/', import.meta.url));
const index = readFileSync(`${out}index.html`, 'utf8');
const files = [...index.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
let total = 0;
for (const file of new Set(files)) {
  const size = gzipSync(readFileSync(`${out}${file}`), { level: 9 }).length;
  total += size;
  console.log(`  ${file}: ${(size / 1024).toFixed(1)} kB gzipped`);
}
console.log(`initial JS + CSS: ${(total / 1024).toFixed(1)} kB gzipped (budget ${BUDGET / 1024} kB)`);
if (total > BUDGET) {
  console.error('over the performance budget');
  process.exit(1);
}
