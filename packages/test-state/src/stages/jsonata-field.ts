import type { JsonValue } from '@aslkit/core';
import type { JsonataEvalOptions, JsonataStates } from '@aslkit/expressions';
import { expr } from '../engine/expressions.js';
import type { Step } from '../engine/failure.js';
import type { RunContext } from '../engine/run-context.js';

const FIELD_IN_CAUSE = /specified for the field '([^']*)'/;

/**
 * Evaluate a JSONata-mode field (a `{% %}` string, or a JSON value with such strings inside) and turn
 * failures into AWS's States.QueryEvaluationError with the state prefix and an EvaluationFailed trace.
 */
export async function evaluateJsonataField(
  run: RunContext,
  value: JsonValue,
  field: string,
  states: JsonataStates,
  options: Omit<JsonataEvalOptions, 'field'> = {},
): Promise<Step<JsonValue>> {
  const result = await expr.jsonataTemplate(value, states, run.evalEnv, { ...options, field });
  if (result.ok) return result;
  const location = FIELD_IN_CAUSE.exec(result.failure.cause)?.[1] ?? field;
  return { ok: false, failure: run.evaluationFailure(result.failure, location) };
}
