import type { JsonValue, StateMachineDefinition } from '@aslkit/core';
import { Simulator } from './simulator.js';
import { validateLikeCreateStateMachine } from './validate.js';
import type { RunOptions, RunResult, SimulatorError } from './types.js';

/**
 * Runs a whole state machine to its end on a fresh simulator and resolves to its result.
 * `definition` is an object or JSON/YAML text; `input` a JSON value (default `{}`).
 * Never rejects for execution failures (status FAILED etc.); resolves `{ error }` when the
 * definition, input or options are unusable.
 */
export async function run(definition: StateMachineDefinition | string, input?: JsonValue, options: RunOptions = {}): Promise<RunResult | { error: SimulatorError }> {
  if (options.validate) {
    for (const machine of [{ name: options.stateMachineName ?? 'StateMachine', definition, type: options.type }, ...(options.stateMachines ?? [])]) {
      const problem = await validateLikeCreateStateMachine(machine.definition, machine.type ?? 'STANDARD');
      if (problem) return { error: problem };
    }
  }
  const sim = new Simulator({ ...options, autoAdvance: options.autoAdvance ?? true });
  if (sim.configError) return { error: sim.configError };
  const name = options.stateMachineName ?? 'StateMachine';
  for (const other of options.stateMachines ?? []) {
    const r = sim.registerStateMachine(other);
    if (!r.ok) return { error: { code: r.error.code, message: `State machine '${other.name}': ${r.error.message}` } };
  }
  const registered = sim.registerStateMachine({ name, definition, type: options.type ?? 'STANDARD', ...(options.roleArn !== undefined ? { roleArn: options.roleArn } : {}) });
  if (!registered.ok) return { error: registered.error };
  const started = sim.startWithMocks(
    {
      stateMachineArn: registered.value.stateMachineArn,
      input: input ?? {},
      ...(options.name !== undefined ? { name: options.name } : {}),
      ...(options.testCase !== undefined ? { testCase: options.testCase } : {}),
    },
    options.mocks,
  );
  if (!started.ok) return { error: started.error };
  return started.value.done;
}

/** True when `run()` could not start (as opposed to an execution that ran and failed). */
export function isRunError(value: RunResult | { error: SimulatorError }): value is { error: SimulatorError } {
  return !('status' in value);
}
