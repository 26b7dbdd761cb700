/** Heuristics shared by the warning codes: does a plain string look like a path or an intrinsic call? */

const JSON_PATH_START = /^\$\$?(?:[.[]|$)/;
const INTRINSIC_START = /^States\.[A-Za-z0-9]+\(/;

/** `$`, `$.x`, `$[…]`, `$$.x` (context). */
export function looksLikeJsonPath(value: string): boolean {
  // The first character decides for almost every string, without running the regex.
  return value.charCodeAt(0) === 36 /* $ */ && JSON_PATH_START.test(value);
}

/** `States.Format(…)` and friends. */
export function looksLikeIntrinsic(value: string): boolean {
  return value.startsWith('States.') && INTRINSIC_START.test(value);
}
