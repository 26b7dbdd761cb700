import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '@aslkit/core';
import { evaluatePath, parseJsonPath } from '@aslkit/expressions';

/**
 * Answers of the real Jayway JsonPath 2.10.0 (Jackson provider), recorded by
 * fixtures/expressions/jayway-oracle/generate.mjs. Where AWS is recorded to differ from plain Jayway, AWS
 * wins and the case says so.
 */
interface OracleCase {
  path: string;
  /** Absent: the fixture's `document`. */
  doc?: JsonValue;
  value?: JsonValue;
  error?: string;
  message?: string;
}
const here = dirname(fileURLToPath(import.meta.url));
const fixture = JSON.parse(readFileSync(resolve(here, '..', '..', '..', 'fixtures', 'expressions', 'jayway-cases.json'), 'utf8')) as {
  document: JsonValue;
  cases: OracleCase[];
};

/** Cases where we follow AWS's recordings (or AWS's documented rules) instead of plain Jayway. */
const AWS_DIFFERS: Record<string, string> = {
  '$.missing[*]': 'AWS: an indefinite path never fails ([] recorded for $.items[*] on {})',
  '$.missing..x': 'AWS: an indefinite path never fails',
  '$.nums.length()': 'AWS: path functions never find a value (re:Post: $.Jobs.sum() could not be found)',
  '$.store.book.length()': 'AWS: path functions never find a value',
};

describe('JSONPath agrees with the real Jayway JsonPath', () => {
  it.each(fixture.cases.map((c) => [c.doc === undefined ? c.path : `${c.path} on ${JSON.stringify(c.doc).slice(0, 40)}`, c] as const))('%s', (_name, c) => {
    const path = c.path;
    const ours = evaluatePath(path, c.doc === undefined ? fixture.document : c.doc);
    if (AWS_DIFFERS[path] !== undefined) return;
    // Java-side artefacts, not path semantics: Jayway's API refuses a null document, and crashes
    // (ClassCastException) on `empty` over an object.
    if (c.error === 'IllegalArgumentException' || c.error === 'ClassCastException') return;
    if (c.error !== undefined) {
      if (c.error === 'InvalidPathException') {
        // Jayway rejects the syntax; we reject it at parse time or fail evaluating.
        expect(ours.ok && parseJsonPath(path).ok, `${path}: Jayway says ${c.message}`).toBe(false);
        return;
      }
      expect(ours, `${path}: Jayway says ${c.error}: ${c.message}`).toEqual({ ok: false, error: { code: 'States.Runtime', message: c.message } });
      return;
    }
    expect(ours, `${path}`).toEqual({ ok: true, value: c.value });
  });
});
