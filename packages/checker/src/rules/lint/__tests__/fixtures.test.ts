import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDocument, type StateMachineType } from '@aslkit/core';
import { checkDocument } from '../../../check-document.js';
import type { RuleModule } from '../../../rule.js';
import { lintRules } from '../index.js';
import { FIXABLE } from './fixable.js';

/** Runs one lint rule through the checker's public entry point (AWS's codes off), as the CLI would. */
function runRule(rule: RuleModule, text: string, fileName: string, type: StateMachineType) {
  const result = checkDocument(loadDocument(text, { fileName }), {
    preset: 'aws',
    rules: { [rule.id]: rule.defaultSeverity },
    severity: 'WARNING',
    maxResults: 1000,
    type,
  });
  return result.diagnostics.filter((diagnostic) => diagnostic.ruleId === rule.id);
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../..');
const fixturesRoot = join(root, 'fixtures/lint');
const docsRoot = join(root, 'docs/rules');

function files(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((name) => /\.(json|jsonc|ya?ml)$/.test(name) && !name.endsWith('.expected.json')).sort() : [];
}

/** Fixture names containing `.express.` are checked as EXPRESS machines. */
const typeOf = (name: string) => (name.includes('.express.') ? ('EXPRESS' as const) : ('STANDARD' as const));

/** Applies a rule's fix to a definition (set, delete or rename the value at the fix's path). */
function applyFix(definition: unknown, fix: NonNullable<ReturnType<typeof runRule>[number]['fix']>): unknown {
  const copy = JSON.parse(JSON.stringify(definition)) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const segment of fix.path.slice(0, -1)) node = node[segment as string] as Record<string, unknown>;
  const last = fix.path[fix.path.length - 1] as string;
  if (fix.renameKey !== undefined) {
    const entries = Object.entries(node).map(([key, value]) => (key === last ? [fix.renameKey as string, fix.value] : [key, value]));
    for (const key of Object.keys(node)) delete node[key];
    Object.assign(node, Object.fromEntries(entries));
  } else if (fix.value === undefined) delete node[last];
  else node[last] = fix.value;
  return copy;
}



describe.each(lintRules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  const valid = files(join(fixturesRoot, id, 'valid'));
  const invalid = files(join(fixturesRoot, id, 'invalid'));

  it('has fixtures and docs', () => {
    expect(valid.length, `fixtures/lint/${id}/valid`).toBeGreaterThan(0);
    expect(invalid.length, `fixtures/lint/${id}/invalid`).toBeGreaterThan(0);
    expect(existsSync(join(docsRoot, `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
    expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it.runIf(FIXABLE.has(id))('offers a fix', () => {
    const fixes = invalid.flatMap((name) =>
      runRule(rule, readFileSync(join(fixturesRoot, id, 'invalid', name), 'utf8'), name, typeOf(name)).filter((report) => report.fix),
    );
    expect(fixes.length).toBeGreaterThan(0);
  });

  it.each(valid)('valid/%s: no report', (name) => {
    const text = readFileSync(join(fixturesRoot, id, 'valid', name), 'utf8');
    const reports = runRule(rule, text, name, typeOf(name));
    expect(reports.map((report) => `${report.location ?? ''}: ${report.message}`)).toEqual([]);
  });

  it.each(invalid)('invalid/%s: reported', (name) => {
    const folder = join(fixturesRoot, id, 'invalid');
    const text = readFileSync(join(folder, name), 'utf8');
    const reports = runRule(rule, text, name, typeOf(name));
    for (const report of reports) expect(report.range, 'every finding has a source range').toBeDefined();
    const expectedFile = join(folder, name.replace(/\.(json|jsonc|ya?ml)$/, '') + '.expected.json');
    if (existsSync(expectedFile)) {
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as string[];
      expect(reports.map((report) => report.location)).toEqual(expected);
    } else {
      expect(reports.length).toBeGreaterThan(0);
    }
    // Every fix resolves the finding it is attached to.
    for (const report of reports) {
      if (!report.fix) continue;
      const fixedText = JSON.stringify(applyFix(JSON.parse(text), report.fix));
      const after = runRule(rule, fixedText, name.replace(/\.(ya?ml|jsonc)$/, '.json'), typeOf(name));
      expect(after.filter((other) => other.location === report.location && other.message === report.message), `fix '${report.fix.title}'`).toEqual([]);
    }
  });
});
