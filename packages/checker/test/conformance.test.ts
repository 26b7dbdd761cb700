/**
 * What AWS answered, recorded in ../shared/conformance/validation.jsonl (ValidateStateMachineDefinition
 * responses and CreateStateMachine InvalidDefinition errors), and the AWS answers quoted in the corpus
 * MANIFEST notes. Prints code / location / message agreement.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StateMachineType } from '@aslkit/core';
import { formatCreateStateMachineError, validateStateMachineDefinition } from '../src/index.js';
import { hasShared, parseManifest, sharedRoot, skipMessage } from './shared.js';

interface Diagnostic {
  severity: string;
  code: string;
  message: string;
  location?: string;
}

interface ValidationCase {
  id: string;
  api: 'ValidateStateMachineDefinition' | 'CreateStateMachine';
  definition: string;
  type: StateMachineType;
  expected: { result?: 'OK' | 'FAIL'; diagnostics?: Diagnostic[]; truncated?: boolean; code?: string; message?: string };
}

function plain(diagnostic: Diagnostic): Diagnostic {
  const { severity, code, message, location } = diagnostic;
  return { severity, code, message, ...(location !== undefined ? { location } : {}) };
}

describe.skipIf(!hasShared)('conformance: validation.jsonl', () => {
  const cases: ValidationCase[] = hasShared
    ? readFileSync(join(sharedRoot, 'conformance', 'validation.jsonl'), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as ValidationCase)
    : [];

  it('agrees with every recorded AWS answer', () => {
    const tally = { cases: 0, result: 0, code: 0, location: 0, message: 0, exact: 0 };
    const disagreements: string[] = [];
    for (const testCase of cases) {
      tally.cases++;
      const response = validateStateMachineDefinition({ definition: testCase.definition, type: testCase.type });
      if (testCase.api === 'CreateStateMachine') {
        const message = formatCreateStateMachineError(response.diagnostics);
        const expected = testCase.expected.message ?? '';
        const [, expectedCode = '', expectedRest = ''] = /^Invalid State Machine Definition: '([A-Z_]+): (.*)'$/s.exec(expected) ?? [];
        const actual = response.diagnostics[0];
        if (response.result === 'FAIL') tally.result++;
        if (actual?.code === expectedCode) tally.code++;
        if (actual && expectedRest.endsWith(` at ${actual.location ?? ''}`)) tally.location++;
        if (actual && expectedRest.startsWith(actual.message)) tally.message++;
        if (message === expected) tally.exact++;
        else disagreements.push(`${testCase.id}: ${message} ≠ ${expected}`);
        continue;
      }
      const expectedDiagnostics = (testCase.expected.diagnostics ?? []).map(plain);
      const actualDiagnostics = response.diagnostics.map(plain);
      const same = (key: keyof Diagnostic) => JSON.stringify(actualDiagnostics.map((d) => d[key])) === JSON.stringify(expectedDiagnostics.map((d) => d[key]));
      if (response.result === testCase.expected.result) tally.result++;
      if (same('code')) tally.code++;
      if (same('location')) tally.location++;
      if (same('message')) tally.message++;
      const actual = { result: response.result, diagnostics: actualDiagnostics, truncated: response.truncated };
      const expected = { result: testCase.expected.result, diagnostics: expectedDiagnostics, truncated: testCase.expected.truncated };
      if (JSON.stringify(actual) === JSON.stringify(expected)) tally.exact++;
      else disagreements.push(`${testCase.id}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
    }
    console.log(
      `validation.jsonl: ${tally.cases} cases; result ${tally.result}/${tally.cases}, code ${tally.code}/${tally.cases}, ` +
        `location ${tally.location}/${tally.cases}, message ${tally.message}/${tally.cases}, exact ${tally.exact}/${tally.cases}`,
    );
    expect(disagreements).toEqual([]);
  });
});

describe.skipIf(!hasShared)('conformance: AWS answers quoted in the corpus MANIFEST', () => {
  it('agrees with the recorded CreateStateMachine and ValidateStateMachineDefinition messages', () => {
    const rows = parseManifest(readFileSync(join(sharedRoot, 'corpus', 'MANIFEST.tsv'), 'utf8'));
    let total = 0;
    const disagreements: string[] = [];
    for (const row of rows) {
      const create = /expected: AWS: (Invalid State Machine Definition: '.*')(?:;|$)/.exec(row.notes);
      const validate = /expected: AWS ValidateStateMachineDefinition: ([A-Z_]+: .*?)(?:;|$)/.exec(row.notes);
      // LocalStack records the Map Label errors as its own ValueError; the text is what we compare.
      const label = /expected: AWS: Error=ValueError Args=\[["'](.*)["']\]/.exec(row.notes);
      if (!create && !validate && !label) continue;
      total++;
      const text = readFileSync(join(sharedRoot, 'corpus', row.path), 'utf8');
      const response = validateStateMachineDefinition({ definition: text });
      // LocalStack's snapshots write ARNs with `arn:<partition>:`; AWS's message had the real partition.
      if (create) {
        const expected = (create[1] as string).replace(/arn:<partition>:/g, 'arn:aws:');
        const actual = formatCreateStateMachineError(response.diagnostics);
        if (actual !== expected) disagreements.push(`${row.path}: ${actual} ≠ ${expected}`);
      } else if (label) {
        const actual = response.diagnostics[0];
        if (actual?.code !== 'INVALID_LABEL_NAME' || actual.message !== label[1]) disagreements.push(`${row.path}: ${actual?.code}: ${actual?.message} ≠ ${label[1] as string}`);
      } else if (validate) {
        const first = response.diagnostics[0];
        const actual = first ? `${first.code}: ${first.message} at ${first.location ?? ''}` : '(none)';
        if (actual !== validate[1]) disagreements.push(`${row.path}: ${actual} ≠ ${validate[1] as string}`);
      }
    }
    console.log(`MANIFEST AWS messages: ${total - disagreements.length}/${total} exact`);
    expect(disagreements).toEqual([]);
  });
});

describe.skipIf(hasShared)('conformance (absent)', () => {
  it(skipMessage, () => undefined);
});
