import type { Catcher, JsonObject, JsonValue } from '@aslkit/core';
import { expr } from './expressions.js';
import type { Step, StateFailure } from './failure.js';
import type { RunContext } from './run-context.js';
import { evaluateJsonataField } from '../stages/jsonata-field.js';

/**
 * A catcher's output: JSONPath — the error output `{Error, Cause}` placed into the raw input by the
 * catcher's ResultPath (default `$`); JSONata — its Output (default the error output), with
 * `$states.errorOutput`. Its Assign is evaluated with the pre-state variables.
 */
export async function applyCatcher(run: RunContext, catcher: Catcher, failure: StateFailure): Promise<Step<{ output: JsonValue; assigned: JsonObject }>> {
  // A failure without an error name (SendTaskFailure with no fields) shows both as null; a named error
  // without a cause (a timeout) shows an empty cause.
  const errorOutput: JsonObject = failure.errorAbsent
    ? { Error: null, Cause: failure.causeAbsent ? null : failure.cause }
    : { Error: failure.error, Cause: failure.cause };
  const fields = catcher as unknown as JsonObject;
  if (run.language === 'JSONata') {
    const states = run.states({ errorOutput });
    let assigned: JsonObject = {};
    if (fields['Assign'] !== undefined) {
      const evaluated = await evaluateJsonataField(run, fields['Assign'], 'Assign', states);
      if (!evaluated.ok) return evaluated;
      if (evaluated.value !== null && typeof evaluated.value === 'object' && !Array.isArray(evaluated.value)) assigned = evaluated.value;
    }
    let output: JsonValue = errorOutput;
    if (fields['Output'] !== undefined) {
      const evaluated = await evaluateJsonataField(run, fields['Output'], 'Output', states);
      if (!evaluated.ok) return evaluated;
      output = evaluated.value;
    }
    return { ok: true, value: { output, assigned } };
  }
  let assigned: JsonObject = {};
  if (fields['Assign'] !== undefined) {
    const evaluated = expr.template(fields['Assign'], errorOutput, run.evalEnv);
    if (!evaluated.ok) return evaluated;
    if (evaluated.value !== null && typeof evaluated.value === 'object' && !Array.isArray(evaluated.value)) assigned = evaluated.value;
  }
  const placed = expr.resultPath(run.input, errorOutput, fields['ResultPath'] as string | null | undefined);
  if (!placed.ok) return placed;
  return { ok: true, value: { output: placed.value, assigned } };
}
