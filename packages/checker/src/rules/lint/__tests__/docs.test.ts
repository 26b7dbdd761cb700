import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OFF_IN_RECOMMENDED } from '../../../config/presets.js';
import { loadDocument } from '@aslkit/core';
import { checkDocument } from '../../../check-document.js';
import type { RuleModule } from '../../../rule.js';
import { lintRules } from '../index.js';
import { FIXABLE } from './fixable.js';

/**
 * docs/rules/<id>.md is generated from each rule's metadata and its first fixtures, so the page and
 * the rule cannot drift apart. `ASLKIT_WRITE_RULE_DOCS=1 npx vitest run <this file>` rewrites them;
 * otherwise this test checks that they are up to date.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../..');

function firstFixture(id: string, kind: 'valid' | 'invalid'): { name: string; text: string } | undefined {
  const folder = join(root, 'fixtures/lint', id, kind);
  if (!existsSync(folder)) return undefined;
  const name = readdirSync(folder).filter((file) => !file.endsWith('.expected.json')).sort()[0];
  return name ? { name, text: readFileSync(join(folder, name), 'utf8').trimEnd() } : undefined;
}

/** Fixtures as shown in docs: very long strings are cut down (the payload fixture holds 270,000 characters). */
function shown(text: string): string {
  return text.replace(/"([^"\\]{200,})"/g, (_whole, long: string) => `"${long.slice(0, 24)}… (${long.length} characters)"`);
}

/** What the rule says about its first invalid fixture, through the checker's entry point. */
function findingsOn(rule: RuleModule, fixture: { name: string; text: string }): string[] {
  const result = checkDocument(loadDocument(fixture.text, { fileName: fixture.name }), {
    preset: 'aws',
    rules: { [rule.id]: rule.defaultSeverity },
    severity: 'WARNING',
    type: fixture.name.includes('.express.') ? 'EXPRESS' : 'STANDARD',
  });
  return result.diagnostics
    .filter((diagnostic) => diagnostic.ruleId === rule.id)
    .map((diagnostic) => `${diagnostic.severity} ${diagnostic.code} at ${diagnostic.location ?? '/'}: ${diagnostic.message}`.replace(/`/g, "'"));
}

function fence(name: string): string {
  return /\.ya?ml$/.test(name) ? 'yaml' : name.endsWith('.jsonc') ? 'jsonc' : 'json';
}

export function ruleDoc(rule: RuleModule): string {
  const bad = firstFixture(rule.id, 'invalid');
  const good = firstFixture(rule.id, 'valid');
  const presets = OFF_IN_RECOMMENDED.has(rule.id) ? '`strict` (off in `recommended`)' : '`recommended`, `strict`';
  const lines = [
    `# ${rule.id}`,
    '',
    rule.docs.description,
    '',
    `- Category: ${rule.docs.category ?? 'other'}`,
    `- Default severity: ${rule.defaultSeverity}`,
    `- Presets: ${presets}`,
    ...(rule.code && rule.code !== rule.id ? [`- Reported with AWS's code \`${rule.code}\``] : []),
    '',
    '## What it reports',
    '',
    ...(bad ? findingsOn(rule, bad).map((finding) => `- \`${finding}\``) : Object.values(rule.messages).map((message) => `- ${message}`)),
    '',
    '## Why',
    '',
    rule.docs.rationale ?? rule.docs.description,
    '',
  ];
  if (bad) lines.push('## Bad', '', `\`fixtures/lint/${rule.id}/invalid/${bad.name}\`:`, '', '```' + fence(bad.name), shown(bad.text), '```', '');
  if (good) lines.push('## Good', '', `\`fixtures/lint/${rule.id}/valid/${good.name}\`:`, '', '```' + fence(good.name), shown(good.text), '```', '');
  lines.push(
    '## Configuration',
    '',
    '```json',
    `{ "rules": { "${rule.id}": "off" } }`,
    '```',
    '',
    `Or suppress one finding with a comment (JSONC/YAML): \`aslkit-disable-next-line ${rule.id}\`.`,
    '',
  );
  return lines.join('\n');
}

const FIXABLE_NOTE = 'quick fix';

/** The rule table of docs/analyzer.md, between its markers. */
export function rulesTable(fixable: ReadonlySet<string>): string {
  const rows = lintRules.map((rule) => {
    const preset = OFF_IN_RECOMMENDED.has(rule.id) ? 'strict' : 'recommended';
    const code = rule.code && rule.code !== rule.id ? `\`${rule.code}\`` : '';
    return `| [\`${rule.id}\`](rules/${rule.id}.md) | ${rule.docs.category ?? ''} | ${rule.defaultSeverity} | ${preset} | ${code} | ${fixable.has(rule.id) ? FIXABLE_NOTE : ''} | ${rule.docs.description.replace(/\|/g, '\\|')} |`;
  });
  return ['| Rule | Category | Default | On in | AWS code | Fix | Finds |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

describe('docs/analyzer.md', () => {
  it('lists every rule', () => {
    const file = join(root, 'docs/analyzer.md');
    const text = readFileSync(file, 'utf8');
    const start = '<!-- rules:start -->';
    const end = '<!-- rules:end -->';
    const table = rulesTable(FIXABLE);
    // A replacer function: a replacement string would read `$\`` in a rule's description (`.$`) as a pattern.
    const expected = text.replace(new RegExp(`${start}[^]*${end}`), () => `${start}\n${table}\n${end}`);
    expect(expected.split(start).length, 'one rules table').toBe(2);
    if (process.env['ASLKIT_WRITE_RULE_DOCS']) writeFileSync(file, expected);
    else expect(text).toBe(expected);
    expect(text).toContain(start);
  });
});

describe('rule docs', () => {
  it.each(lintRules.map((rule) => [rule.id, rule] as const))('docs/rules/%s.md is up to date', (id, rule) => {
    const file = join(root, 'docs/rules', `${id}.md`);
    const text = ruleDoc(rule);
    if (process.env['ASLKIT_WRITE_RULE_DOCS']) writeFileSync(file, text);
    expect(existsSync(file) ? readFileSync(file, 'utf8') : '').toBe(text);
  });
});
