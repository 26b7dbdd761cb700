import { hasOwn, isJsonObject } from '@aslkit/core';
import type { JsonValue } from '@aslkit/core';
import type { EvalEnv, ExprResult, JsonPathAst } from '../types.js';
import { stringifyJson } from '../json-text.js';
import { evaluatePath } from './evaluate.js';
import { parseJsonPath } from './parse.js';
import { setOwn } from '../util/set-own.js';

function applySelectingPath(value: JsonValue, path: string | null | undefined, env: EvalEnv): ExprResult<JsonValue> {
  if (path === undefined) return { ok: true, value };
  if (path === null) return { ok: true, value: {} };
  const result = evaluatePath(path, value, env);
  if (result.ok) return result;
  return { ok: false, error: { code: 'States.Runtime', message: `Invalid path '${path}' : ${result.error.message}` } };
}

/**
 * InputPath: `undefined` → input unchanged; `null` → `{}`; else the path's value. Missing → States.Runtime
 * `Invalid path '$.x' : No results for path: $['x']`.
 */
export function applyInputPath(input: JsonValue, inputPath: string | null | undefined, env: EvalEnv = {}): ExprResult<JsonValue> {
  return applySelectingPath(input, inputPath, env);
}

/** OutputPath: same rules as InputPath, applied to the state's output. */
export function applyOutputPath(output: JsonValue, outputPath: string | null | undefined, env: EvalEnv = {}): ExprResult<JsonValue> {
  return applySelectingPath(output, outputPath, env);
}

const referenceCache = new Map<string, ExprResult<JsonPathAst>>();

function parseReference(path: string): ExprResult<JsonPathAst> {
  let parsed = referenceCache.get(path);
  if (parsed === undefined) {
    parsed = parseJsonPath(path, { mode: 'reference', allowContext: false, allowVariables: false });
    if (referenceCache.size > 1000) referenceCache.clear();
    referenceCache.set(path, parsed);
  }
  return parsed;
}

/**
 * ResultPath: `undefined`/`$` → result; `null` → input (result discarded); else a copy of input with result
 * placed at the reference path, creating missing intermediate objects. A non-object on the way (or an
 * invalid reference path) → States.ResultPathMatchFailure. `$$` ResultPaths are rejected.
 */
export function applyResultPath(input: JsonValue, result: JsonValue, resultPath: string | null | undefined): ExprResult<JsonValue> {
  if (resultPath === undefined) return { ok: true, value: result };
  if (resultPath === null) return { ok: true, value: input };
  const parsed = parseReference(resultPath);
  const failure = (): ExprResult<JsonValue> => ({
    ok: false,
    error: { code: 'States.ResultPathMatchFailure', message: `Unable to apply ResultPath "${resultPath}" to input ${stringifyJson(input)}` },
  });
  if (!parsed.ok) return { ok: false, error: { ...parsed.error, code: 'States.ResultPathMatchFailure' } };
  const { segments } = parsed.value;
  if (segments.length === 0) return { ok: true, value: result };
  const place = (node: JsonValue | undefined, index: number): JsonValue | undefined => {
    const segment = segments[index];
    if (segment === undefined) return result;
    const { selector } = segment;
    if (selector.kind === 'name') {
      const name = selector.names[0] as string;
      const target = node === undefined ? {} : node;
      if (!isJsonObject(target)) return undefined;
      const child = place(hasOwn(target, name) ? target[name] : undefined, index + 1);
      if (child === undefined) return undefined;
      const copy = { ...target };
      setOwn(copy, name, child);
      return copy;
    }
    if (selector.kind === 'index') {
      const at = selector.indexes[0] as number;
      if (!Array.isArray(node) || at < 0 || at >= node.length) return undefined;
      const child = place(node[at], index + 1);
      if (child === undefined) return undefined;
      const copy = node.slice();
      copy[at] = child;
      return copy;
    }
    return undefined;
  };
  const placed = place(input, 0);
  return placed === undefined ? failure() : { ok: true, value: placed };
}
