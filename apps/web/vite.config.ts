import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { precompress } from './precompress';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = `http://localhost:${process.env.API_PORT ?? 3000}`;

export default defineConfig({
  root: webRoot,
  // Vite 8 compiles TSX with its built-in Oxc transform (no React plugin: it conflicts with this toolchain).
  oxc: { jsx: { runtime: 'automatic' } },
  // The api serves these .br/.gz copies to browsers that accept them (bootstrap.ts, preCompressed).
  plugins: [precompress()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The bundle budget check (test/web) follows the entry chunk's static imports through the manifest.
    manifest: true,
    target: 'es2022',
    rolldownOptions: {
      // React Query marks its modules "use client" for server components; meaningless in this SPA bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': apiTarget } },
  test: {
    root: webRoot,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
