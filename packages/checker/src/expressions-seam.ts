/**
 * The checker's one doorway to expression syntax (JSONPath paths, reference paths, intrinsic
 * function calls, JSONata bodies). It asks `@aslkit/expressions`; should a parser there ever throw
 * (a bug), a minimal structural check stands in rather than an exception reaching the user. Answers are cached by text: the same
 * paths recur across states and definitions (a hit allocates nothing).
 */
import { checkIntrinsic, checkJsonata, checkJsonPath } from '@aslkit/expressions';

const MAX_CACHE = 5_000;

function remember(cache: Map<string, boolean>, text: string, value: boolean): boolean {
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(text, value);
  return value;
}

function attempt(real: () => boolean, fallback: () => boolean): boolean {
  try {
    return real();
  } catch {
    return fallback();
  }
}

/** Minimal JSONPath shape: a `$`/`$$`/`$name` root, then no whitespace-only or unbalanced brackets. */
function looksLikePath(text: string, reference: boolean): boolean {
  if (!(reference ? /^\$(?![A-Za-z0-9_$])/ : /^\$(\$|[A-Za-z_][A-Za-z0-9_]*)?/).test(text)) return false;
  let depth = 0;
  let quote: string | undefined;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = undefined;
      continue;
    }
    if (char === "'" || char === '"') quote = char;
    else if (char === '[') depth++;
    else if (char === ']' && --depth < 0) return false;
  }
  if (depth !== 0 || quote) return false;
  if (reference && /[*?]|\.\.|\[\s*-|:/.test(text.replace(/'[^']*'/g, ''))) return false;
  return !/\.$/.test(text);
}

const pathCache = new Map<string, boolean>();
const referenceCache = new Map<string, boolean>();
const intrinsicCache = new Map<string, boolean>();
const jsonataCache = new Map<string, boolean>();

/** A JSONPath as InputPath, OutputPath, ItemsPath, `*Path` fields and `.$` template values take it. */
export function isValidJsonPath(text: string): boolean {
  const hit = pathCache.get(text);
  if (hit !== undefined) return hit;
  return remember(
    pathCache,
    text,
    attempt(
      () => checkJsonPath(text, { mode: 'path' }).every((finding) => finding.severity !== 'error'),
      () => looksLikePath(text, false),
    ),
  );
}

/** A reference path (ResultPath): `$` root (no context, no variables), names and single indexes only. */
export function isValidReferencePath(text: string): boolean {
  const hit = referenceCache.get(text);
  if (hit !== undefined) return hit;
  return remember(
    referenceCache,
    text,
    attempt(
      () => checkJsonPath(text, { mode: 'reference', allowContext: false, allowVariables: false }).every((finding) => finding.severity !== 'error'),
      () => looksLikePath(text, true),
    ),
  );
}

/** `States.Name(args…)`: a syntactically valid call of a known intrinsic function. */
export function isValidIntrinsicCall(text: string): boolean {
  // The expressions parser rejects escapes AWS rejects (`\"` among them: recorded as invalid).
  const hit = intrinsicCache.get(text);
  if (hit !== undefined) return hit;
  return remember(
    intrinsicCache,
    text,
    attempt(
      () => checkIntrinsic(text).every((finding) => finding.severity !== 'error'),
      () => /^States\.[A-Za-z0-9]+\([\s\S]*\)\s*$/.test(text),
    ),
  );
}

/** The body of a `{% … %}` string is a JSONata expression that parses. */
export function isValidJsonata(body: string): boolean {
  const hit = jsonataCache.get(body);
  if (hit !== undefined) return hit;
  return remember(
    jsonataCache,
    body,
    attempt(
      () => checkJsonata(body).every((finding) => finding.code !== 'jsonata.syntax' || finding.severity !== 'error'),
      () => body.trim().length > 0,
    ),
  );
}

/** A string that is one whole JSONata expression, `{% … %}`. */
export function isJsonataString(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('{%') && value.endsWith('%}') && value.length >= 4;
}
