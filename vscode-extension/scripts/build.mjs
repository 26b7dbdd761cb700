#!/usr/bin/env node
// Builds the extension into dist/: extension.js (the client; `vscode` external) and server.js (the
// aslkit language server, bundled from the workspace sources), and copies the ASL JSON schemas.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const repo = resolve(root, '..');
const dist = join(root, 'dist');

/** Fallback when the repository's schemas/ is not generated yet: take them from the checker's sources. */
async function writeSchemasFromChecker(target) {
  const out = join(mkdtempSync(join(tmpdir(), 'aslkit-schemas-')), 'schemas.mjs');
  await build({
    stdin: { contents: "export { aslSchemas, schemaFileNames } from '@aslkit/checker';", resolveDir: repo, loader: 'ts' },
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    alias: Object.fromEntries(['core', 'expressions', 'checker'].map((name) => [`@aslkit/${name}`, join(repo, 'packages', name, 'src', 'index.ts')])),
  });
  const { aslSchemas, schemaFileNames } = await import(pathToFileURL(out).href);
  for (const flavour of Object.keys(schemaFileNames)) writeFileSync(join(target, schemaFileNames[flavour]), JSON.stringify(aslSchemas[flavour], null, 2) + '\n');
}

export async function buildExtension() {
  mkdirSync(dist, { recursive: true });
  await build({
    entryPoints: [join(root, 'src', 'extension.ts')],
    outfile: join(dist, 'extension.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'warning',
  });
  const { bundleServer } = await import(pathToFileURL(join(repo, 'packages', 'language-server', 'scripts', 'bundle.mjs')).href);
  await bundleServer(join(dist, 'server.js'));
  const schemas = join(repo, 'schemas');
  const target = join(root, 'schemas');
  mkdirSync(target, { recursive: true });
  if (existsSync(schemas)) for (const file of readdirSync(schemas)) if (file.endsWith('.json')) copyFileSync(join(schemas, file), join(target, file));
  if (!existsSync(join(target, 'asl-jsonpath.schema.json'))) await writeSchemasFromChecker(target);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildExtension();
  console.log('built vscode-extension/dist');
}
