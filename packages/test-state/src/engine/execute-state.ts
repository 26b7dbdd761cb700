import type { JsonValue, StateDefinition } from '@aslkit/core';
import type { EngineEnv, StepOutcome } from './types.js';

export async function executeState(stateName: string, state: StateDefinition, input: JsonValue, env: EngineEnv): Promise<StepOutcome> {
  void stateName; void state; void input; void env;
  return { kind: 'fail', error: 'States.Runtime', cause: 'not implemented yet' };
}
