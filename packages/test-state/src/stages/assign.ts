import type { JsonObject, JsonValue } from '@aslkit/core';
import type { JsonataStates } from '@aslkit/expressions';
import { expr } from '../engine/expressions.js';
import type { Step } from '../engine/failure.js';
import type { RunContext } from '../engine/run-context.js';
import { evaluateJsonataField } from './jsonata-field.js';

/**
 * Assign: every binding is evaluated against the variables as they were before the state ran; none
 * is written here. The caller merges the returned object into the variable scope.
 * JSONPath: a payload template (`name.$` keys) over `value` (the state's result, or its input).
 * JSONata: every `{% %}` inside evaluated with `$states`.
 */
export async function evaluateAssignStage(
  run: RunContext,
  assign: JsonValue | undefined,
  jsonPathValue: JsonValue,
  states: JsonataStates,
): Promise<Step<JsonObject>> {
  if (run.language !== 'JSONata') return evaluateAssignJsonPath(run, assign, jsonPathValue);
  if (assign === undefined || assign === null || typeof assign !== 'object' || Array.isArray(assign)) return { ok: true, value: {} };
  return assignedStep(run, await evaluateJsonataField(run, assign, 'Assign', states));
}

/** JSONPath Assign, synchronously (a payload template over `jsonPathValue`). */
export function evaluateAssignJsonPath(run: RunContext, assign: JsonValue | undefined, jsonPathValue: JsonValue): Step<JsonObject> {
  if (assign === undefined || assign === null || typeof assign !== 'object' || Array.isArray(assign)) return { ok: true, value: {} };
  return assignedStep(run, expr.template(assign, jsonPathValue, run.evalEnv));
}

function assignedStep(run: RunContext, result: Step<JsonValue>): Step<JsonObject> {
  if (!result.ok) return result;
  const value = result.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: true, value: {} };
  if (Object.keys(value).length > 0) run.trace({ kind: 'variablesAssigned', assigned: value });
  return { ok: true, value };
}
