import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const source = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** Lists every file of the build in `precache.json`, which the service worker caches on install (offline use). */
function precacheList(): Plugin {
  return {
    name: 'aslkit-precache-list',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((file) => !file.endsWith('.map') && !file.startsWith('.vite/'));
      this.emitFile({ type: 'asset', fileName: 'precache.json', source: JSON.stringify(files.sort(), null, 1) });
    },
  };
}

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
  plugins: [precacheList()],
  worker: { format: 'es' },
  build: {
    outDir: 'site',
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
    reportCompressedSize: false,
  },
  server: { port: 5178 },
});
