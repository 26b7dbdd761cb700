#!/usr/bin/env node
// Bundles the stdio server into one CommonJS file (no workspace build needed: @aslkit/* resolve to
// their TypeScript sources). Used by the VS Code extension build and the protocol tests.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..', '..');
const packages = ['core', 'expressions', 'checker', 'test-state', 'simulator'];

/** esbuild options for the server bundle, writing `outfile`. */
export function serverBundleOptions(outfile) {
  return {
    entryPoints: [join(here, '..', 'src', 'cli-main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: false,
    logLevel: 'warning',
    alias: Object.fromEntries(packages.map((name) => [`@aslkit/${name}`, join(repo, 'packages', name, 'src', 'index.ts')])),
    // ajv's optional formats etc. stay external only if missing; everything else is inlined.
    mainFields: ['module', 'main'],
  };
}

export async function bundleServer(outfile = join(here, '..', 'dist', 'server.cjs')) {
  await build(serverBundleOptions(outfile));
  return outfile;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await bundleServer(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`bundled ${out}`);
}
