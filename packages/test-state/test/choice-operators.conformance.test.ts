import { describe, expect, it } from 'vitest';
import type { ChoiceState, JsonValue } from '@aslkit/core';
import { evaluateChoice, type EngineEnv } from '@aslkit/test-state';
import { readJsonl, sharedAvailable } from './conformance-data.js';

interface ChoiceCase {
  id: string;
  operator: string;
  definition: { States: Record<string, unknown> };
  input: JsonValue;
  expected: 'ConditionTrue' | 'ConditionFalse';
}

const env: EngineEnv = {
  queryLanguage: 'JSONPath',
  context: {},
  variables: {},
  now: () => new Date(0),
  random: () => 0.5,
  uuid: () => '00000000-0000-4000-8000-000000000000',
  ports: {
    invokeTask: async () => ({ ok: false, error: 'States.TaskFailed' }),
    runParallel: async () => ({ ok: true, result: [] }),
    runMap: async () => ({ ok: true, result: [] }),
  },
};

const available = sharedAvailable('choice-operators.jsonl');
if (!available) console.warn('[choice conformance] ../shared/conformance/choice-operators.jsonl not found: skipping.');

describe.skipIf(!available)('Choice comparators against AWS (../shared/conformance/choice-operators.jsonl)', () => {
  const cases = available ? readJsonl<ChoiceCase>('choice-operators.jsonl') : [];

  it('takes the branch AWS took in every recorded case', async () => {
    const wrong: string[] = [];
    for (const testCase of cases) {
      const state = testCase.definition.States['CheckValues'] as ChoiceState;
      const decision = await evaluateChoice(state, testCase.input, env);
      const taken = decision.ok ? decision.nextState : `${decision.error}: ${decision.cause}`;
      if (taken !== testCase.expected) wrong.push(`${testCase.id} (${testCase.operator}, input ${JSON.stringify(testCase.input)}): took ${taken}, AWS took ${testCase.expected}`);
    }
    console.log(`[choice conformance] ${cases.length - wrong.length}/${cases.length} cases agree`);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});
