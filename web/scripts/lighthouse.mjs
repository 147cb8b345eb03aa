// Runs Lighthouse (mobile: the default form factor, throttled) against the built app as the API serves it.
// Builds nothing: start the API first. Writes lighthouse/report.report.{json,html} (git-ignored) and prints
// the scores. Usage: LH_URL=http://127.0.0.1:5090/#/dashboard?plan=NB-2021-2025&area=37 npm run lighthouse
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const url = process.env.LH_URL || 'http://127.0.0.1:5080/#/dashboard?plan=NB-2021-2025&area=37';
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const chromeFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
].join(' ');

const web = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${web}lighthouse`;
mkdirSync(outDir, { recursive: true });
const cli = fileURLToPath(new URL('../node_modules/lighthouse/cli/index.js', import.meta.url));
const outputPath = `${outDir}/report`;

const run = spawnSync(
  process.execPath,
  [
    cli,
    url,
    '--output=json',
    '--output=html',
    `--output-path=${outputPath}`,
    `--chrome-flags=${chromeFlags}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--quiet',
  ],
  { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromePath } },
);
if (run.status !== 0) {
  console.error(`lighthouse failed (exit ${run.status ?? run.signal})`);
  process.exit(run.status ?? 1);
}

const report = JSON.parse(readFileSync(`${outputPath}.report.json`, 'utf8'));
const score = (id) => (report.categories[id] ? Math.round(report.categories[id].score * 100) : '–');
console.log(`Lighthouse ${report.lighthouseVersion} (${report.configSettings.formFactor}) ${report.finalDisplayedUrl ?? url}`);
console.log(`performance ${score('performance')} · accessibility ${score('accessibility')} · best practices ${score('best-practices')} · SEO ${score('seo')}`);
for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
  const audit = report.audits[id];
  if (audit) console.log(`  ${audit.title}: ${audit.displayValue}`);
}
const failing = Object.values(report.categories.accessibility?.auditRefs ?? [])
  .map((ref) => report.audits[ref.id])
  .filter((audit) => audit && audit.score !== null && audit.score < 1);
for (const audit of failing) console.log(`  accessibility: ${audit.id} – ${audit.title}`);
console.log(`reports: ${outputPath}.report.html, ${outputPath}.report.json`);
