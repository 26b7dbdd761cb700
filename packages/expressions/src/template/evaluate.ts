import type { JsonValue } from '@aslkit/core';
import type { EvalEnv, ExprResult } from '../types.js';

/**
 * Evaluate a payload template (Parameters, ResultSelector, ItemSelector, Credentials, BatchInput): keys
 * ending in `.$` take the value of a path (`$…`), context path (`$$…`), variable (`$name…`) or intrinsic
 * call, and lose the suffix; objects and arrays nest. Missing path → States.Runtime
 * `The JSONPath '$.x' specified for the field 'k.$' could not be found in the input '<input JSON>'`.
 */
export function evaluatePayloadTemplate(template: JsonValue, input: JsonValue, env: EvalEnv = {}): ExprResult<JsonValue> {
  void template;
  void input;
  void env;
  throw new Error('not implemented');
}
