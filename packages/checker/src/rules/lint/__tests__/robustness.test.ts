import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../../../check-document.js';
import { lintRules } from '../index.js';

/**
 * Rules read unvalidated input: every lint rule must survive any shape. Random edits of the
 * fixtures (a value anywhere replaced by arbitrary JSON, or deleted) must never make a rule throw.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../..');
const fixturesRoot = join(root, 'fixtures/lint');
const all = Object.fromEntries(lintRules.map((rule) => [rule.id, rule.defaultSeverity]));

function definitions(): unknown[] {
  const out: unknown[] = [];
  for (const id of existsSync(fixturesRoot) ? readdirSync(fixturesRoot) : []) {
    for (const kind of ['valid', 'invalid']) {
      const folder = join(fixturesRoot, id, kind);
      if (!existsSync(folder)) continue;
      for (const name of readdirSync(folder)) {
        if (!name.endsWith('.json') || name.endsWith('.expected.json')) continue;
        const text = readFileSync(join(folder, name), 'utf8');
        if (text.length < 50_000) out.push(JSON.parse(text));
      }
    }
  }
  return out;
}

/** Every path to a value inside a JSON value. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...prefix, index], out));
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) paths(child, [...prefix, key], out);
  return out;
}

function edit(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const segment of path.slice(0, -1)) node = node[segment as string] as Record<string, unknown>;
  const last = path[path.length - 1] as string;
  if (replacement === undefined) delete node[last];
  else node[last] = replacement;
  return copy;
}

describe('lint rules on mutated definitions', () => {
  const samples = definitions();
  it.skipIf(samples.length === 0)('never throw', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }), (which, where, replacement) => {
        const sample = samples[which % samples.length];
        const all_paths = paths(sample);
        const path = all_paths[where % all_paths.length] as (string | number)[];
        const mutated = edit(sample, path, replacement);
        const result = checkDefinition(mutated as never, { preset: 'aws', rules: all, severity: 'WARNING', maxResults: 1000 });
        const internal = result.diagnostics.filter((diagnostic) => diagnostic.message.includes('internal error'));
        expect(internal.map((diagnostic) => diagnostic.message)).toEqual([]);
      }),
      { numRuns: 600, seed: 42 },
    );
  });
});
