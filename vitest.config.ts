import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

// Tests run against the TypeScript sources, so `vitest` needs no build first.
export default defineConfig({
  resolve: {
    alias: [
      ...['core', 'expressions', 'checker', 'test-state', 'simulator', 'language-server', 'endpoint', 'cli'].map(
        (name) => ({ find: new RegExp(`^@aslkit/${name}$`), replacement: pkg(name) }),
      ),
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'vscode-extension/test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // In CI also write a JSON report, summarised by .ci/summarize-tests.mjs as "N passed, N failed".
    ...(process.env['CI'] ? { reporters: ['default', 'json'], outputFile: { json: 'test-results/vitest.json' } } : {}),
  },
});
