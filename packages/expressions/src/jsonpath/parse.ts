import type { ExprFinding, ExprResult, JsonPathAst, ParsePathOptions } from '../types.js';

/** Parse a JSONPath or a reference path. Never throws; a syntax error has `code: 'SyntaxError'` and an offset. */
export function parseJsonPath(text: string, options: ParsePathOptions = { mode: 'path' }): ExprResult<JsonPathAst> {
  void text;
  void options;
  throw new Error('not implemented');
}

/** Static check of a path: [] when it parses, else one `jsonpath.syntax` / `jsonpath.reference` finding. */
export function checkJsonPath(text: string, options: ParsePathOptions = { mode: 'path' }): ExprFinding[] {
  void text;
  void options;
  throw new Error('not implemented');
}
