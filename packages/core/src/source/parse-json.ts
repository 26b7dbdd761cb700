import { firstTooDeepOpening, nestingTooDeepProblem } from './nesting.js';
import { parseJsonFast } from './parse-json-fast.js';
import { parseJsonWithVisitor } from './parse-json-visitor.js';
import type { AstNode } from './nodes.js';
import type { ParseProblem } from './problems.js';

export { defineValue } from './json-building.js';

export interface JsonParseOptions {
  /** Accept comments and trailing commas (`.jsonc`). AWS does not, so `.json` does not by default. */
  allowComments?: boolean;
}

export interface JsonParseResult {
  root: AstNode | undefined;
  problems: ParseProblem[];
}

/**
 * Parses JSON (or JSONC) into the position-carrying tree and the plain value, in one pass.
 * Comments and trailing commas are always tolerated so the tree is complete for editors; in strict
 * mode (the default) they are reported as problems, as are duplicate keys (the last value wins).
 *
 * Text that parses cleanly (comments, trailing commas and duplicates included) takes the fast
 * parser; anything with a syntax error goes to the jsonc-parser visitor, which recovers and names
 * the error. Both build the same tree for text the fast parser accepts. Text nested deeper than
 * MAX_JSON_NESTING_DEPTH (AWS's limit) gives no tree and one `syntax` problem (`NestingTooDeep`).
 */
export function parseJsonWithPositions(text: string, options: JsonParseOptions = {}): JsonParseResult {
  const fast = parseJsonFast(text, options);
  if (fast) return fast;
  // Text nested deeper than AWS's parser accepts is not parsed at all: the recursive visitor (and
  // every tree walk after it) would run out of stack on it.
  const tooDeep = firstTooDeepOpening(text);
  if (tooDeep >= 0) return { root: undefined, problems: [nestingTooDeepProblem(tooDeep)] };
  return parseJsonWithVisitor(text, options);
}
