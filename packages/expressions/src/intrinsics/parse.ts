import type { ExprResult, IntrinsicCall } from '../types.js';

/** True when the text looks like an intrinsic call (`States.Name(`…`)`), the test a `.$` value needs. */
export function isIntrinsicCall(text: string): boolean {
  void text;
  throw new Error('not implemented');
}

/** Parse an intrinsic call (nesting ≤ 10). Never throws; syntax errors carry offsets. */
export function parseIntrinsic(text: string): ExprResult<IntrinsicCall> {
  void text;
  throw new Error('not implemented');
}
