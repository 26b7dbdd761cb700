#!/usr/bin/env node
// Runs every benchmark suite (bench/<area>/index.mjs) in one process run, one after another,
// against the built packages (`npm run build` first). Each suite prints its own ratio table.
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const suites = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(here, entry.name, 'index.mjs')))
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();
if (!existsSync(join(here, '..', 'packages', 'core', 'dist', 'index.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}
for (const suite of suites) {
  console.log(`\n=== bench/${suite} ===`);
  await import(pathToFileURL(join(here, suite, 'index.mjs')).href);
}
