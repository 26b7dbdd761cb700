import type { JsonValue } from '@aslkit/core';
import type { EvalEnv, ExprResult } from '../types.js';

/**
 * InputPath: `undefined` → input unchanged; `null` → `{}`; else the path's value. Missing → States.Runtime
 * `Invalid path '$.x' : No results for path: $['x']`.
 */
export function applyInputPath(input: JsonValue, inputPath: string | null | undefined, env: EvalEnv = {}): ExprResult<JsonValue> {
  void input;
  void inputPath;
  void env;
  throw new Error('not implemented');
}

/** OutputPath: same rules as InputPath, applied to the state's output. */
export function applyOutputPath(output: JsonValue, outputPath: string | null | undefined, env: EvalEnv = {}): ExprResult<JsonValue> {
  void output;
  void outputPath;
  void env;
  throw new Error('not implemented');
}

/**
 * ResultPath: `undefined`/`$` → result; `null` → input (result discarded); else a copy of input with result
 * placed at the reference path, creating missing intermediate objects. A non-object on the way (or an
 * invalid reference path) → States.ResultPathMatchFailure. `$$` ResultPaths are rejected.
 */
export function applyResultPath(input: JsonValue, result: JsonValue, resultPath: string | null | undefined): ExprResult<JsonValue> {
  void input;
  void result;
  void resultPath;
  throw new Error('not implemented');
}
