import { describe, expect, it } from 'vitest';
import type { JsonValue } from '@aslkit/core';
import { applyOutputPath, applyResultPath, evaluatePayloadTemplate } from '@aslkit/expressions';
import { expectAsRecorded, HAVE_SHARED, readJsonl, type ExecutionCase } from './shared.js';

/** One-state JSONPath Pass machines of LocalStack's intrinsic-function suite, as AWS answered them. */
const cases = readJsonl<ExecutionCase>('executions.jsonl').filter((c) => {
  if (!c.id.startsWith('intrinsic_functions/') || c.definition.QueryLanguage === 'JSONata') return false;
  const states = Object.values(c.definition.States);
  return states.length === 1 && states[0]?.['Type'] === 'Pass' && states[0]['Parameters'] !== undefined;
});

describe.skipIf(!HAVE_SHARED)('intrinsic functions agree with AWS-recorded executions', () => {
  it('found the recorded cases', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const state = Object.values(c.definition.States)[0] as Record<string, unknown>;
    const input = c.input as JsonValue;
    const context = { Execution: { Input: input, Name: 'exec' }, StateMachine: { Id: 'arn', Name: 'sm-name' } };
    const env = { context, random: () => 0.5, uuid: () => '00000000-0000-4000-8000-000000000000' };
    let result = evaluatePayloadTemplate(state['Parameters'] as JsonValue, input, env);
    if (result.ok) result = applyResultPath(input, result.value, state['ResultPath'] as string | undefined);
    if (result.ok) result = applyOutputPath(result.value, state['OutputPath'] as string | undefined, env);
    expectAsRecorded(result, c.expected);
  });
});
