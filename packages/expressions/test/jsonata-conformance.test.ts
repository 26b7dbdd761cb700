import { describe, expect, it } from 'vitest';
import type { JsonValue } from '@aslkit/core';
import { evaluateJsonataTemplate } from '@aslkit/expressions';
import { expectAsRecorded, HAVE_SHARED, readJsonl, type ExecutionCase } from './shared.js';

/** One-state JSONata Pass machines (Output only), as AWS answered them. */
const cases = readJsonl<ExecutionCase>('executions.jsonl').filter((c) => {
  const states = Object.values(c.definition.States);
  const state = states[0];
  const jsonata = c.definition.QueryLanguage === 'JSONata' || state?.['QueryLanguage'] === 'JSONata';
  return jsonata && states.length === 1 && state?.['Type'] === 'Pass' && state['Output'] !== undefined && state['Assign'] === undefined;
});

describe.skipIf(!HAVE_SHARED)('JSONata agrees with AWS-recorded executions', () => {
  it('found the recorded cases', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const state = Object.values(c.definition.States)[0] as Record<string, unknown>;
    const input = c.input as JsonValue;
    const env = { random: () => 0.5, uuid: () => '00000000-0000-4000-8000-000000000000', now: () => 0 };
    const result = await evaluateJsonataTemplate(state['Output'] as JsonValue, { input, context: { Execution: { Input: input } } }, env, { field: 'Output' });
    expectAsRecorded(result, c.expected);
  });
});
