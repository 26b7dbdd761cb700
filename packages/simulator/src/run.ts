import type { JsonValue, StateMachineDefinition } from '@aslkit/core';
import type { RunOptions, RunResult, SimulatorError } from './types.js';

/**
 * Runs a whole state machine to its end on a fresh simulator and resolves to its result.
 * `definition` is an object or JSON/YAML text; `input` a JSON value (default `{}`).
 * Never rejects for execution failures (status FAILED etc.); resolves `{ error }` when the
 * definition, input or options are unusable.
 */
export async function run(
  _definition: StateMachineDefinition | string,
  _input?: JsonValue,
  _options: RunOptions = {},
): Promise<RunResult | { error: SimulatorError }> {
  return { error: { code: 'ValidationException', message: 'not implemented yet' } };
}
