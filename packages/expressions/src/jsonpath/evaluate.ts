import type { JsonValue } from '@aslkit/core';
import type { EvalEnv, ExprResult, JsonPathAst } from '../types.js';

/** Evaluate a path (text, compiled and cached; or an AST from parseJsonPath). */
export function evaluatePath(path: string | JsonPathAst, input: JsonValue, env: EvalEnv = {}): ExprResult<JsonValue> {
  void path;
  void input;
  void env;
  throw new Error('not implemented');
}

/** Jayway's normalized form of a definite path, e.g. `$['a'][0]['b']` (as AWS quotes in causes). */
export function formatJaywayPath(path: string | JsonPathAst): string {
  void path;
  throw new Error('not implemented');
}
