import { describe, expect, it } from 'vitest';
import type { JsonValue } from '@aslkit/core';
import { applyInputPath, applyOutputPath, applyResultPath, evaluatePayloadTemplate, type ExprResult } from '@aslkit/expressions';
import { expectAsRecorded, HAVE_SHARED, readJsonl, type ExecutionCase } from './shared.js';

/**
 * Every recorded one-state JSONPath Pass machine: InputPath → Parameters/Result → ResultPath → OutputPath is
 * exactly this package's data flow, so AWS's outputs and causes check it end to end.
 */
const cases = readJsonl<ExecutionCase>('executions.jsonl').filter((c) => {
  const states = Object.values(c.definition.States);
  const state = states[0];
  return (
    c.definition.QueryLanguage !== 'JSONata' &&
    states.length === 1 &&
    state?.['Type'] === 'Pass' &&
    state['QueryLanguage'] === undefined &&
    state['Assign'] === undefined &&
    !c.id.startsWith('intrinsic_functions/') &&
    c.expected.error !== 'States.DataLimitExceeded'
  );
});

function run(state: Record<string, unknown>, input: JsonValue): ExprResult<JsonValue> {
  const env = { context: { Execution: { Input: input } } };
  const effective = applyInputPath(input, state['InputPath'] as string | null | undefined, env);
  if (!effective.ok) return effective;
  let result: ExprResult<JsonValue> = { ok: true, value: effective.value };
  if (state['Parameters'] !== undefined) result = evaluatePayloadTemplate(state['Parameters'] as JsonValue, effective.value, env);
  else if (state['Result'] !== undefined) result = { ok: true, value: state['Result'] as JsonValue };
  if (!result.ok) return result;
  const placed = applyResultPath(input, result.value, state['ResultPath'] as string | null | undefined);
  if (!placed.ok) return placed;
  return applyOutputPath(placed.value, state['OutputPath'] as string | null | undefined, env);
}

describe.skipIf(!HAVE_SHARED)('Pass-state data flow agrees with AWS-recorded executions', () => {
  it('found the recorded cases', () => {
    expect(cases.length).toBeGreaterThan(5);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const state = Object.values(c.definition.States)[0] as Record<string, unknown>;
    const result = run(state, c.input as JsonValue);
    expectAsRecorded(result, c.expected);
  });
});
