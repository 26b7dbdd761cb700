import type { JsonValue } from '@aslkit/core';
import type { EvalEnv, ExprResult, IntrinsicCall } from '../types.js';

/** Evaluate an intrinsic call (text, cached; or a parsed call). Failures → States.Runtime with AWS's text. */
export function evaluateIntrinsic(call: string | IntrinsicCall, input: JsonValue, env: EvalEnv = {}): ExprResult<JsonValue> {
  void call;
  void input;
  void env;
  throw new Error('not implemented');
}
