import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// The built app is served by the API from api/wwwroot, but it is a plain static site:
// base './' keeps every asset URL relative, so any static host works too
// (set VITE_API_BASE at build time to point it at the API).
const apiTarget = 'http://localhost:5080';

/** Where sw/sw.js takes sw/private-cache.js in. */
const PRIVATE_CACHE_MARKER = '/* __EQT_PRIVATE_CACHE__ */';

/** Files of public/ that belong to the app shell (kept offline by the service worker). */
const PUBLIC_SHELL = ['manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png', 'icons/icon-maskable-512.png'];

/**
 * The worker's source: sw/sw.js with its version, its shell and, in place of its marker, sw/private-cache.js
 * (a plain script cannot import: each `export ` is dropped).
 */
export function serviceWorkerSource(version: string, shell: readonly string[]): string {
  const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
  const template = read('./sw/sw.js');
  const privateCache = read('./sw/private-cache.js').replace(/^export /gm, '');
  if (!template.includes(PRIVATE_CACHE_MARKER)) throw new Error(`sw/sw.js lacks ${PRIVATE_CACHE_MARKER}`);
  return template
    .replace("'__EQT_VERSION__'", JSON.stringify(version))
    .replace('__EQT_SHELL__', JSON.stringify(shell))
    .replace(PRIVATE_CACHE_MARKER, () => privateCache);
}

/**
 * Writes sw.js (from sw/sw.js) next to index.html: the list of the build's files to keep offline, and a
 * version that changes with them (the hashed file names change with their content).
 */
function serviceWorker(): Plugin {
  return {
    name: 'eqt-service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const built = Object.keys(bundle).filter((name) => !name.endsWith('.map') && name !== 'sw.js');
      const shell = ['./', ...[...built, ...PUBLIC_SHELL].sort().map((name) => `./${name}`)];
      const version = createHash('sha256').update(shell.join('\n')).digest('hex').slice(0, 12);
      const source = serviceWorkerSource(version, shell);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [serviceWorker()],
  build: {
    outDir: '../api/wwwroot',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
  },
  server: {
    proxy: {
      '/api': apiTarget,
      '/health': apiTarget,
      '/swagger': apiTarget,
    },
  },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
  },
});
