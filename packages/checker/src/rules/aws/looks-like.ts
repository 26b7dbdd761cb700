/** Heuristics shared by the warning codes: does a plain string look like a path or an intrinsic call? */

/** `$`, `$.x`, `$[…]`, `$$.x` (context). */
export function looksLikeJsonPath(value: string): boolean {
  return /^\$\$?(?:[.[]|$)/.test(value);
}

/** `States.Format(…)` and friends. */
export function looksLikeIntrinsic(value: string): boolean {
  return /^States\.[A-Za-z0-9]+\(/.test(value);
}
