import type { JsonObject, JsonValue } from '@aslkit/core';
import type { Step, StateFailure } from '../engine/failure.js';
import type { RunContext } from '../engine/run-context.js';
import { applyOutputPathStage } from '../stages/output-path.js';
import { applyResultPathStage } from '../stages/result-path.js';
import { applyResultSelectorStage } from '../stages/result-selector.js';
import { evaluateAssignJsonPath, evaluateAssignStage } from '../stages/assign.js';
import { applyOutputStage } from '../stages/output.js';
import { checkPayloadLimit } from '../stages/payload-limit.js';

/** What a state's own work produced, before the engine turns it into a StepOutcome. */
export type StateResult =
  | { kind: 'done'; output: JsonValue; assigned: JsonObject; nextState?: string }
  | { kind: 'wait'; output: JsonValue; assigned: JsonObject; seconds?: number; until?: string }
  | { kind: 'failed'; failure: StateFailure };

export function failed(failure: StateFailure): StateResult {
  return { kind: 'failed', failure };
}

/** The state's output must fit in 256 KiB; a larger one ends the run (not catchable). */
export function limitOutput(run: RunContext, output: JsonValue): Step<JsonValue> {
  const checked = checkPayloadLimit(output, run.stateName);
  if (!checked.ok) return { ok: false, failure: { ...checked.failure, uncatchable: true } };
  return checked;
}

/** Mark States.Runtime failures of the data flow as not catchable (AWS ends the execution). */
export function runtimeIsFatal(failure: StateFailure): StateFailure {
  return failure.error === 'States.Runtime' ? { ...failure, uncatchable: true } : failure;
}

/**
 * JSONPath tail of Task, Parallel, Map and Pass: ResultSelector → Assign (over the selected result) →
 * ResultPath (into the raw input) → OutputPath.
 */
export function finishJsonPath(
  run: RunContext,
  result: JsonValue,
  options: { resultSelector?: boolean } = {},
): Step<{ output: JsonValue; assigned: JsonObject }> {
  let selected: JsonValue = result;
  if (options.resultSelector !== false) {
    const afterSelector = applyResultSelectorStage(run, result);
    if (!afterSelector.ok) return afterSelector;
    selected = afterSelector.value;
  } else {
    run.stage('afterResultSelector', result);
  }
  const assigned = evaluateAssignJsonPath(run, run.fields['Assign'], selected);
  if (!assigned.ok) return assigned;
  const placed = applyResultPathStage(run, run.input, selected);
  if (!placed.ok) return placed;
  const output = applyOutputPathStage(run, placed.value);
  if (!output.ok) return output;
  return { ok: true, value: { output: output.value, assigned: assigned.value } };
}

/**
 * JSONata tail: Output and Assign, both evaluated with the variables as they were before the state
 * (Output first, as AWS reports Output errors before Assign errors).
 */
export async function finishJsonata(run: RunContext, result: JsonValue | undefined): Promise<Step<{ output: JsonValue; assigned: JsonObject }>> {
  const states = run.states(result === undefined ? {} : { result });
  const assigned = await evaluateAssignStage(run, run.fields['Assign'], result ?? run.input, states);
  if (!assigned.ok) return assigned;
  const output = await applyOutputStage(run, states, run.fields['Output'], result === undefined ? run.input : result);
  if (!output.ok) return output;
  return { ok: true, value: { output: output.value, assigned: assigned.value } };
}

/** Next/End of a state. */
export function nextOf(run: RunContext): string | undefined {
  const next = run.fields['Next'];
  return typeof next === 'string' ? next : undefined;
}
