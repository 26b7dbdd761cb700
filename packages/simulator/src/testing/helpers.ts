import type { JsonValue } from '@aslkit/core';
import type { RunResult, StateRun } from '../types.js';

/** Names of the states that ran, in order of entry. */
export function statesRan(result: RunResult): string[] {
  return result.states.map((s) => s.name);
}

/** Every run of the named state (several in loops, Map iterations and retries of a whole branch). */
export function stateRuns(result: RunResult, stateName: string): StateRun[] {
  return result.states.filter((s) => s.name === stateName);
}

/** The input of the n-th run (default: first) of a state, or undefined if it never ran. */
export function inputOf(result: RunResult, stateName: string, nth = 0): JsonValue | undefined {
  return stateRuns(result, stateName)[nth]?.input;
}

/** The output of the n-th run (default: first) of a state, or undefined if it never exited. */
export function outputOf(result: RunResult, stateName: string, nth = 0): JsonValue | undefined {
  return stateRuns(result, stateName)[nth]?.output;
}

/** The history's event types, in order (handy for `toEqual([...])`). */
export function eventTypes(result: RunResult): string[] {
  return result.history.map((e) => e.type);
}
