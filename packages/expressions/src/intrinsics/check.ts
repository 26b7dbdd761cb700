import type { ExprFinding } from '../types.js';

/**
 * Static checks of an intrinsic call: syntax (`intrinsic.syntax`), unknown function (`intrinsic.unknown`),
 * arity (`intrinsic.arity`), literal argument types/ranges (`intrinsic.argumentType`), nested path syntax.
 */
export function checkIntrinsic(text: string): ExprFinding[] {
  void text;
  throw new Error('not implemented');
}
