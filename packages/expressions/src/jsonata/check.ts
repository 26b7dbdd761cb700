import type { ExprNode } from 'jsonata';
import type { ExprFinding, ExprResult, JsonataCheckOptions } from '../types.js';

/** Parse the body of `{% … %}` with jsonata 2.0.6 (plus the rejection of `??`/`?:`). Errors carry offsets. */
export function parseJsonata(body: string): ExprResult<ExprNode> {
  void body;
  throw new Error('not implemented');
}

/**
 * Static checks of a JSONata body: `jsonata.syntax`, `jsonata.unknownFunction`, `jsonata.arity`,
 * `jsonata.eval` ($eval unavailable), `jsonata.unsupportedOperator` (`??`, `?:`), `jsonata.statesResult`,
 * `jsonata.statesErrorOutput`, `jsonata.fieldReference` (top-level field name, reads nothing in ASL),
 * `jsonata.contextReference` (`$$`).
 */
export function checkJsonata(body: string, options: JsonataCheckOptions = {}): ExprFinding[] {
  void body;
  void options;
  throw new Error('not implemented');
}
