import type { ChoiceState, JsonValue } from '@aslkit/core';
import type { EngineEnv } from '../engine/types.js';

/** The Choice decision: the index of the first matching rule (or -1 for Default) and the next state. */
export type ChoiceDecision =
  | { ok: true; ruleIndex: number; nextState: string }
  | { ok: false; error: string; cause: string };

export async function evaluateChoice(state: ChoiceState, input: JsonValue, env: EngineEnv): Promise<ChoiceDecision> {
  void state; void input; void env;
  return { ok: false, error: 'States.Runtime', cause: 'not implemented yet' };
}
