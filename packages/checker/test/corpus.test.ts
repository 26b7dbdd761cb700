/**
 * The corpus under ../shared/corpus: published real-world definitions marked valid must be OK
 * (the false-positive suite); invalid fixtures must FAIL unless the notes say AWS accepts them.
 * Other validators' verdicts are not AWS's: for those the test prints agreement and holds a floor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStateMachineDefinition } from '../src/index.js';
import { hasShared, hasSubstitutions, hasTestTimeValues, parseManifest, sharedRoot, skipMessage } from './shared.js';

const corpus = join(sharedRoot, 'corpus');

describe.skipIf(!hasShared)('corpus', () => {
  const rows = hasShared ? parseManifest(readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8')) : [];

  function check(path: string, tolerate: boolean) {
    const text = readFileSync(join(corpus, path), 'utf8');
    return validateStateMachineDefinition({ definition: text, fileName: path, tolerateSubstitutions: tolerate });
  }

  it('accepts every published real-world definition marked valid (zero false positives)', () => {
    const falsePositives: string[] = [];
    let checked = 0;
    let withSubstitutions = 0;
    let testTime = 0;
    for (const row of rows) {
      if (!row.path.startsWith('real-world/') || row.expectation !== 'valid') continue;
      const text = readFileSync(join(corpus, row.path), 'utf8');
      if (hasTestTimeValues(row.path, text, row.notes)) {
        testTime++;
        continue;
      }
      const substitutions = hasSubstitutions(text);
      if (substitutions) withSubstitutions++;
      checked++;
      const response = check(row.path, substitutions);
      if (response.result !== 'OK') falsePositives.push(`${row.path}: ${response.diagnostics.map((d) => `${d.code} ${d.message} at ${d.location ?? ''}`).join(' | ')}`);
    }
    console.log(`real-world valid: ${checked} checked (${withSubstitutions} with \${} placeholders, tolerated), ${testTime} skipped for test-time values, ${falsePositives.length} false positives`);
    expect(falsePositives).toEqual([]);
  });

  it('rejects invalid definitions whose verdict AWS recorded', () => {
    const missed: string[] = [];
    let checked = 0;
    for (const row of rows) {
      if (row.expectation !== 'invalid' || !/expected: AWS|verdict from aws-validated/.test(row.notes)) continue;
      checked++;
      const accepts = /AWS accepts|result OK/.test(row.notes);
      const response = check(row.path, false);
      if ((response.result === 'OK') !== accepts) missed.push(row.path);
    }
    console.log(`invalid with AWS verdict: ${checked - missed.length}/${checked} agree`);
    expect(missed).toEqual([]);
  });

  it('agrees with other validators on most of their invalid fixtures (printed; floor against regressions)', () => {
    let total = 0;
    let failed = 0;
    const accepted: string[] = [];
    for (const row of rows) {
      if (row.expectation !== 'invalid' || /expected: AWS|verdict from aws-validated/.test(row.notes)) continue;
      total++;
      const text = readFileSync(join(corpus, row.path), 'utf8');
      const response = check(row.path, hasSubstitutions(text));
      if (response.result === 'FAIL') failed++;
      else accepted.push(row.path);
    }
    console.log(`other validators' invalid fixtures: ${failed}/${total} FAIL here; accepted: ${accepted.join(', ')}`);
    expect(failed / total).toBeGreaterThan(0.9);
  });

  it('prints agreement on other validators’ valid fixtures (their verdict, not AWS’s)', () => {
    let total = 0;
    let ok = 0;
    for (const row of rows) {
      if (!row.path.startsWith('fixtures-valid/')) continue;
      total++;
      const text = readFileSync(join(corpus, row.path), 'utf8');
      if (check(row.path, hasSubstitutions(text)).result === 'OK') ok++;
    }
    console.log(`other validators' valid fixtures: ${ok}/${total} OK here (the rest use non-ARN resources, duplicate names across branches, Credentials without RoleArn…)`);
    expect(total).toBeGreaterThan(0);
  });
});

describe.skipIf(hasShared)('corpus (absent)', () => {
  it(skipMessage, () => undefined);
});
