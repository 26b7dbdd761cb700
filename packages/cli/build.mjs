// Bundles the CLI with esbuild into dist/: aslkit.js (the entry), worker.js (parallel checks) and
// lazily loaded chunks (language server, endpoint, simulator), so start-up loads only what it needs.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
rmSync(new URL('./dist/chunks', import.meta.url), { recursive: true, force: true });

/** Everything but the build stamp; the stamp needs a first build to exist. */
const options = (buildId) => ({
  absWorkingDir: here,
  entryPoints: { aslkit: 'src/bin.ts', worker: 'src/check/worker.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  mainFields: ['module', 'main'],
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __aslkitRequire } from 'node:module'; const require = __aslkitRequire(import.meta.url);" },
  define: { ASLKIT_VERSION: JSON.stringify(version), ASLKIT_BUILD: JSON.stringify(buildId) },
});

const result = await build({ ...options('pending'), metafile: true });
// The build stamp keys the result cache: the hash of everything bundled.
const stamp = createHash('sha256').update(JSON.stringify(Object.keys(result.metafile.inputs).sort())).update(Object.values(result.metafile.outputs).map((o) => String(o.bytes)).join()).digest('hex').slice(0, 16);
await build(options(`${version}-${stamp}`));
