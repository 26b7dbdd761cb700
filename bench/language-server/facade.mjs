// Bundles the language service facade (from sources) for in-process measurement.
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));

export async function bundleFacade() {
  const outfile = join(mkdtempSync(join(tmpdir(), 'aslkit-ls-facade-')), 'facade.cjs');
  await build({
    entryPoints: [join(repo, 'packages', 'language-server', 'src', 'service', 'language-service.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
    mainFields: ['module', 'main'],
    alias: Object.fromEntries(['core', 'expressions', 'checker'].map((name) => [`@aslkit/${name}`, join(repo, 'packages', name, 'src', 'index.ts')])),
  });
  return createRequire(import.meta.url)(outfile);
}
