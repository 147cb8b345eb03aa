import { defineConfig } from 'vitest/config';

// The built app is served by the API from api/wwwroot, but it is a plain static site:
// base './' keeps every asset URL relative, so any static host works too
// (set VITE_API_BASE at build time to point it at the API).
const apiTarget = 'http://localhost:5080';

export default defineConfig({
  base: './',
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
