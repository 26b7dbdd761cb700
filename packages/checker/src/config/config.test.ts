import { describe, expect, it } from 'vitest';
import { isFileIgnored, matchesAnyGlob, matchesGlob, parseConfig, resolveRuleSeverities } from './index.js';
import { applySuppressions, parseSuppressions } from './suppressions.js';
import type { Diagnostic } from '@aslkit/core';

const rules = [
  { id: 'MISSING_END_STATE', defaultSeverity: 'ERROR' as const, aws: true },
  { id: 'NO_DOLLAR', defaultSeverity: 'WARNING' as const, aws: true },
  { id: 'choice-default-missing', defaultSeverity: 'WARNING' as const },
  { id: 'lambda-retry-missing', defaultSeverity: 'WARNING' as const },
];

describe('config resolver', () => {
  it('applies presets', () => {
    expect(Object.fromEntries(resolveRuleSeverities({}, rules))).toEqual({
      MISSING_END_STATE: 'ERROR',
      NO_DOLLAR: 'WARNING',
      'choice-default-missing': 'WARNING',
      'lambda-retry-missing': 'off',
    });
    expect(Object.fromEntries(resolveRuleSeverities({ preset: 'aws' }, rules))).toEqual({
      MISSING_END_STATE: 'ERROR',
      NO_DOLLAR: 'WARNING',
      'choice-default-missing': 'off',
      'lambda-retry-missing': 'off',
    });
    expect(resolveRuleSeverities({ preset: 'strict' }, rules).get('lambda-retry-missing')).toBe('ERROR');
  });
  it('applies rules and overrides', () => {
    const { config, problems } = parseConfig({
      rules: { 'choice-default-missing': 'error', NO_DOLLAR: 'off' },
      overrides: [{ files: ['legacy/**'], rules: { 'choice-default-missing': 'off' } }],
    });
    expect(problems).toEqual([]);
    expect(resolveRuleSeverities(config, rules, 'src/a.asl.json').get('choice-default-missing')).toBe('ERROR');
    expect(resolveRuleSeverities(config, rules, 'legacy/x/a.asl.json').get('choice-default-missing')).toBe('off');
    expect(resolveRuleSeverities(config, rules).get('NO_DOLLAR')).toBe('off');
  });
  it('reports problems instead of throwing', () => {
    const { problems } = parseConfig({ preset: 'lax', rules: { x: 'loud', y: 'warn' }, extra: 1 }, new Set(['x']));
    expect(problems.map((problem) => problem.path)).toEqual([['extra'], ['preset'], ['rules', 'x'], ['rules', 'y']]);
    expect(parseConfig([]).problems).toHaveLength(1);
  });
  it('matches globs', () => {
    expect(matchesGlob('a/b/c.asl.json', '**/*.asl.json')).toBe(true);
    expect(matchesGlob('c.asl.json', '**/*.asl.json')).toBe(true);
    expect(matchesGlob('a/b/c.json', '*.json')).toBe(true);
    expect(matchesGlob('a/b/c.json', 'a/*.json')).toBe(false);
    expect(matchesGlob('a/b/c.json', 'a/')).toBe(true);
    expect(matchesGlob('a/b/c.yaml', 'a/**/*.{yml,yaml}')).toBe(true);
    expect(matchesAnyGlob('gen/keep.json', ['gen/**', '!gen/keep.json'])).toBe(false);
    expect(isFileIgnored({ ignores: ['build/**'] }, 'build/x.asl.json')).toBe(true);
    expect(isFileIgnored({}, 'build/x.asl.json')).toBe(false);
  });
});

const at = (code: string, line: number, ruleId?: string): Diagnostic => ({
  severity: 'WARNING',
  code,
  message: code,
  ...(ruleId ? { ruleId } : {}),
  range: { start: { line, character: 0 }, end: { line, character: 1 } },
});

describe('suppression comments', () => {
  it('reads JSONC comments, skipping strings', () => {
    const text = [
      '{',
      '  "Comment": "// aslkit-disable-line not-a-comment",',
      '  // aslkit-disable-next-line choice-default-missing -- reviewed',
      '  "StartAt": "A", /* aslkit-disable-line NO_DOLLAR, x */',
      '  "States": {}',
      '}',
    ].join('\n');
    const suppressions = parseSuppressions(text, 'jsonc');
    expect(suppressions.comments.map((comment) => [comment.kind, comment.line, comment.ruleIds])).toEqual([
      ['disable-next-line', 2, ['choice-default-missing']],
      ['disable-line', 3, ['NO_DOLLAR', 'x']],
    ]);
    const { kept, suppressed } = applySuppressions(
      [at('choice-default-missing', 3, 'choice-default-missing'), at('NO_DOLLAR', 3), at('other', 3), at('NO_DOLLAR', 1)],
      suppressions,
    );
    expect(suppressed.map((d) => d.code)).toEqual(['choice-default-missing', 'NO_DOLLAR']);
    expect(kept.map((d) => d.code)).toEqual(['other', 'NO_DOLLAR']);
  });
  it('reads YAML comments and regions', () => {
    const text = [
      'StartAt: A # aslkit-disable-line',
      "Comment: 'a # not a comment'",
      '# aslkit-disable hot-loop',
      'States:',
      '  A: {}',
      '# aslkit-enable',
      '  B: {}',
    ].join('\n');
    const suppressions = parseSuppressions(text, 'yaml');
    expect(suppressions.comments).toHaveLength(3);
    expect(suppressions.isSuppressed('anything', 0)).toBe(true);
    expect(suppressions.isSuppressed('anything', 1)).toBe(false);
    expect(suppressions.isSuppressed('hot-loop', 4)).toBe(true);
    expect(suppressions.isSuppressed('other', 4)).toBe(false);
    expect(suppressions.isSuppressed('hot-loop', 6)).toBe(false);
  });
});

describe('config discovery helpers', () => {
  it('lists candidates nearest first and relativises paths', async () => {
    const { configCandidates, pathRelativeToConfig } = await import('./discovery.js');
    expect(configCandidates('/repo/sm/a.asl.json')).toEqual(['/repo/sm/aslkit.config.json', '/repo/aslkit.config.json', '/aslkit.config.json']);
    expect(configCandidates('C:\\repo\\a.asl.yaml')).toEqual(['C:/repo/aslkit.config.json', 'C:/aslkit.config.json']);
    expect(pathRelativeToConfig('/repo/aslkit.config.json', '/repo/sm/a.asl.json')).toBe('sm/a.asl.json');
  });
});

describe('suppressions over checker output', () => {
  it('drops the findings a YAML comment disables', async () => {
    const { loadDocument } = await import('@aslkit/core');
    const { checkDocument } = await import('../check-document.js');
    const text = [
      'StartAt: Route',
      'States:',
      '  # aslkit-disable-next-line choice-default-missing -- input is validated upstream',
      '  Route:',
      '    Type: Choice',
      '    Choices:',
      '      - Variable: $.kind',
      '        StringEquals: a',
      '        Next: Done',
      '  Other:',
      '    Type: Choice',
      '    Choices:',
      '      - Variable: $.kind',
      '        StringEquals: a',
      '        Next: Done',
      '  Done:',
      '    Type: Succeed',
    ].join('\n');
    const document = loadDocument(text, { fileName: 'x.asl.yaml' });
    const result = checkDocument(document, { preset: 'aws', rules: { 'choice-default-missing': 'WARNING' }, severity: 'WARNING' });
    const lint = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'choice-default-missing');
    expect(lint.map((diagnostic) => diagnostic.location)).toEqual(['/States/Route', '/States/Other']);
    const { kept, suppressed } = applySuppressions(lint, parseSuppressions(text, 'yaml'));
    expect(suppressed.map((diagnostic) => diagnostic.location)).toEqual(['/States/Route']);
    expect(kept.map((diagnostic) => diagnostic.location)).toEqual(['/States/Other']);
  });
});
