import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const source = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

// The playground bundles the engine packages from their TypeScript sources (no build of theirs needed).
export default defineConfig({
  base: './',
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: {
    alias: [
      { find: /^@aslkit\/language-server\/browser$/, replacement: source('language-server/src/browser.ts') },
      ...['core', 'expressions', 'checker', 'test-state', 'simulator'].map((name) => ({
        find: new RegExp(`^@aslkit/${name}$`),
        replacement: source(`${name}/src/index.ts`),
      })),
    ],
  },
  worker: { format: 'es' },
  build: {
    outDir: 'site',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 6000,
    reportCompressedSize: false,
  },
  server: { port: 5178 },
});
