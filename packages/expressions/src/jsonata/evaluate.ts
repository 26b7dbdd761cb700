import type { JsonValue } from '@aslkit/core';
import type { EvalEnv, ExprResult, JsonataEvalOptions, JsonataStates } from '../types.js';

/**
 * Evaluate one JSONata expression (`{% … %}` or its body) with `$states` and workflow variables bound.
 * Failures → States.QueryEvaluationError with AWS's causes (`… returned nothing (undefined).`,
 * `… returned an unexpected result type. Expected 'array', but was 'object' for value: {…}`,
 * `… threw an error during evaluation. T1006: …`).
 */
export async function evaluateJsonata(
  expression: string,
  states: JsonataStates,
  env: EvalEnv = {},
  options: JsonataEvalOptions = {},
): Promise<ExprResult<JsonValue>> {
  void expression;
  void states;
  void env;
  void options;
  throw new Error('not implemented');
}

/**
 * Walk a JSON value (Arguments, Output, Assign, Items, Condition, …) and evaluate every string that is a
 * whole `{% … %}` expression; other values are copied. `options.field` names the root (`Output`), nested
 * fields are reported as `Output/a/b`.
 */
export async function evaluateJsonataTemplate(
  value: JsonValue,
  states: JsonataStates,
  env: EvalEnv = {},
  options: JsonataEvalOptions = {},
): Promise<ExprResult<JsonValue>> {
  void value;
  void states;
  void env;
  void options;
  throw new Error('not implemented');
}
