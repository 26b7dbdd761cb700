/**
 * One table-driven test over fixtures/checker/<CODE>/{invalid,valid}/*.asl.json: every invalid
 * fixture yields exactly the diagnostics of its `<name>.expected.json` (code, severity, message,
 * location, result); every valid (near-miss) fixture yields no diagnostic at all, warnings included.
 * `<name>.options.json` holds call options (type, name, existingNames, severity).
 * Set ASLKIT_UPDATE_FIXTURES=1 to (re)write the expected files, then review them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateStateMachineDefinition, type ValidateOptions } from '../index.js';
import { awsRules } from './registry.js';

const fixturesRoot = fileURLToPath(new URL('../../../../fixtures/checker/', import.meta.url));
const update = process.env['ASLKIT_UPDATE_FIXTURES'] === '1';

interface Expected {
  options?: Omit<ValidateOptions, 'definition'>;
  result: 'OK' | 'FAIL';
  diagnostics: { severity: string; code: string; message: string; location?: string }[];
}

function fixtures(code: string, kind: 'invalid' | 'valid'): string[] {
  const folder = join(fixturesRoot, code, kind);
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.asl.json')).sort() : [];
}

function run(file: string, options: Omit<ValidateOptions, 'definition'>): Expected {
  const response = validateStateMachineDefinition({ severity: 'WARNING', ...options, definition: readFileSync(file, 'utf8') });
  return {
    ...(Object.keys(options).length > 0 ? { options } : {}),
    result: response.result,
    diagnostics: response.diagnostics.map(({ severity, code, message, location }) => ({ severity, code, message, ...(location !== undefined ? { location } : {}) })),
  };
}

function optionsOf(file: string): Omit<ValidateOptions, 'definition'> {
  const optionsFile = file.replace(/\.asl\.json$/, '.options.json');
  return existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Omit<ValidateOptions, 'definition'>) : {};
}

describe('AWS codes: fixtures', () => {
  for (const rule of awsRules) {
    describe(rule.id, () => {
      it('has at least one failing and one near-miss valid fixture', () => {
        expect(fixtures(rule.id, 'invalid').length).toBeGreaterThan(0);
        expect(fixtures(rule.id, 'valid').length).toBeGreaterThan(0);
      });
      for (const name of fixtures(rule.id, 'invalid')) {
        it(`invalid/${name}`, () => {
          const file = join(fixturesRoot, rule.id, 'invalid', name);
          const expectedFile = file.replace(/\.asl\.json$/, '.expected.json');
          const actual = run(file, optionsOf(file));
          if (update) writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n');
          const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected;
          expect(actual).toEqual(expected);
          expect(actual.diagnostics.some((diagnostic) => diagnostic.code === rule.id)).toBe(true);
        });
      }
      for (const name of fixtures(rule.id, 'valid')) {
        it(`valid/${name}`, () => {
          const file = join(fixturesRoot, rule.id, 'valid', name);
          const actual = run(file, optionsOf(file));
          expect(actual.diagnostics).toEqual([]);
          expect(actual.result).toBe('OK');
        });
      }
    });
  }
});
