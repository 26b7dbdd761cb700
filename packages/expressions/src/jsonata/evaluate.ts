import jsonata from 'jsonata';
import { isJsonObject, isJsonataExpression, jsonTypeOf } from '@aslkit/core';
import type { JsonObject, JsonValue } from '@aslkit/core';
import type { EvalEnv, ExprResult, JsonataEvalOptions, JsonataStates } from '../types.js';
import { stringifyJson } from '../json-text.js';
import { HASH_ALGORITHMS, hashText, type HashAlgorithm } from '../hash/index.js';
import { JavaRandom } from '../util/java-random.js';
import { randomUuid } from '../util/uuid.js';
import { partition, rangeItems, rangeLength } from '../util/arrays.js';
import { setOwn } from '../util/set-own.js';
import { MAX_ARRAY_RANGE_ITEMS } from '../intrinsics/evaluate.js';
import { parseJsonata } from './check.js';
import { describeJsonataError } from './errors.js';

export const DEFAULT_JSONATA_TIMEOUT_MS = 10_000;
export const DEFAULT_JSONATA_MAX_DEPTH = 2_000;

/** Per-evaluation guard state, bound as a variable so the expression-level hooks can find it. */
interface Guard {
  depth: number;
  maxDepth: number;
  deadline: number;
}
const GUARD_NAME = '__aslkitGuard';

/** An error raised by our own functions or guards, in jsonata's error shape. */
function jsonataError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

const compiled = new Map<string, jsonata.Expression>();

function compile(body: string): jsonata.Expression {
  let expression = compiled.get(body);
  if (expression === undefined) {
    expression = jsonata(body);
    const entry = (_node: unknown, _input: unknown, environment: jsonata.Environment): void => {
      const guard = environment.lookup(GUARD_NAME) as Guard | undefined;
      if (guard === undefined) return;
      guard.depth++;
      if (guard.depth > guard.maxDepth) throw jsonataError('U1001', `Stack overflow error: the expression nests deeper than ${guard.maxDepth} levels.`);
      if (Date.now() > guard.deadline) throw jsonataError('U1001', 'Expression evaluation timeout: check for infinite loop.');
    };
    const exit = (_node: unknown, _input: unknown, environment: jsonata.Environment): void => {
      const guard = environment.lookup(GUARD_NAME) as Guard | undefined;
      if (guard !== undefined) guard.depth--;
    };
    // The evaluation hooks are looked up by these symbols; the typings only admit string names.
    expression.assign(Symbol.for('jsonata.__evaluate_entry') as unknown as string, entry);
    expression.assign(Symbol.for('jsonata.__evaluate_exit') as unknown as string, exit);
    if (compiled.size > 1000) compiled.clear();
    compiled.set(body, expression);
  }
  return expression;
}

let fromMillisImplementation: ((millis: number, picture?: string, timezone?: string) => string) | undefined;

/** jsonata's own `$fromMillis`, for `$now(picture, timezone)` on the injected clock. */
async function fromMillis(): Promise<(millis: number, picture?: string, timezone?: string) => string> {
  if (fromMillisImplementation === undefined) {
    const definition = (await jsonata('$fromMillis').evaluate(undefined)) as { implementation: (millis: number, picture?: string, timezone?: string) => string };
    fromMillisImplementation = definition.implementation;
  }
  return fromMillisImplementation;
}

function assertArray(name: string, value: unknown, position: string): unknown[] {
  if (!Array.isArray(value)) throw jsonataError('T0410', `Argument ${position} of function "${name}" does not match function signature`);
  return value;
}

function assertNumber(name: string, value: unknown, position: string): number {
  if (typeof value !== 'number') throw jsonataError('T0410', `Argument ${position} of function "${name}" does not match function signature`);
  return value;
}

/** Bindings of AWS's functions and the injected clock/random/UUID. */
async function awsBindings(env: EvalEnv): Promise<Record<string, unknown>> {
  const random = env.random ?? Math.random;
  const now = env.now ?? Date.now;
  const format = await fromMillis();
  // One timestamp per evaluation, as jsonata does.
  const timestamp = now();
  return {
    eval: null,
    now: (picture?: string, timezone?: string) =>
      picture === undefined && timezone === undefined ? new Date(timestamp).toISOString() : format(timestamp, picture, timezone),
    millis: () => timestamp,
    partition: (array: unknown, size: unknown) => {
      const items = assertArray('partition', array, '1');
      const chunk = assertNumber('partition', size, '2');
      if (!Number.isInteger(chunk) || chunk <= 0) throw jsonataError('D3040', 'The chunk size of $partition must be a positive integer.');
      return partition(items, chunk);
    },
    range: (start: unknown, end: unknown, step: unknown) => {
      const first = assertNumber('range', start, '1');
      const last = assertNumber('range', end, '2');
      const by = assertNumber('range', step, '3');
      if (by === 0) throw jsonataError('D3040', 'The step of $range must not be 0.');
      const count = rangeLength(first, last, by);
      if (count > MAX_ARRAY_RANGE_ITEMS) throw jsonataError('D3040', `$range would return ${count} items; the maximum is ${MAX_ARRAY_RANGE_ITEMS}.`);
      // A jsonata sequence, as AWS returns it: a single number collapses to itself (recorded on AWS).
      const sequence = rangeItems(first, by, count);
      Object.defineProperty(sequence, 'sequence', { value: true });
      return sequence;
    },
    hash: (data: unknown, algorithm: unknown) => {
      if (typeof data !== 'string') throw jsonataError('T0410', 'Argument 1 of function "hash" does not match function signature');
      if (typeof algorithm !== 'string' || !(HASH_ALGORITHMS as readonly string[]).includes(algorithm)) {
        throw jsonataError('D3040', `The hash algorithm must be one of ${HASH_ALGORITHMS.join(', ')}.`);
      }
      return hashText(algorithm as HashAlgorithm, data);
    },
    random: (seed?: unknown) => {
      if (seed === undefined) return random();
      return new JavaRandom(assertNumber('random', seed, '1')).nextDouble();
    },
    uuid: () => (env.uuid ? env.uuid() : randomUuid(random)),
    parse: (text: unknown) => {
      if (typeof text !== 'string') throw jsonataError('T0410', 'Argument 1 of function "parse" does not match function signature');
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw jsonataError('D3040', `The string is not valid JSON: ${text.length > 100 ? `${text.slice(0, 97)}...` : text}`);
      }
    },
  };
}

/** Strip `{% %}` when present; the cause texts quote the trimmed body. */
function bodyOf(expression: string): string {
  return isJsonataExpression(expression) ? expression.slice(2, -2) : expression;
}

type Converted = { kind: 'value'; value: JsonValue } | { kind: 'undefined' } | { kind: 'unsupported' };

/** jsonata results (sequences, functions, undefined members) to plain JSON. */
function toJson(value: unknown): Converted {
  if (value === undefined) return { kind: 'undefined' };
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return { kind: 'value', value };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'value', value: value + 0 } : { kind: 'unsupported' };
  if (typeof value === 'function') return { kind: 'unsupported' };
  if (Array.isArray(value)) {
    const out: JsonValue[] = [];
    for (const item of value) {
      const converted = toJson(item);
      if (converted.kind === 'unsupported') return converted;
      if (converted.kind === 'value') out.push(converted.value);
    }
    return { kind: 'value', value: out };
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record['_jsonata_function'] === true || record['_jsonata_lambda'] === true) return { kind: 'unsupported' };
    const out: JsonObject = {};
    for (const key of Object.keys(record)) {
      const converted = toJson(record[key]);
      if (converted.kind === 'unsupported') return converted;
      if (converted.kind === 'value') setOwn(out, key, converted.value);
    }
    return { kind: 'value', value: out };
  }
  return { kind: 'unsupported' };
}

function matchesExpectation(value: JsonValue, expect: NonNullable<JsonataEvalOptions['expect']>): boolean {
  if (expect === 'integer') return typeof value === 'number' && Number.isInteger(value);
  return jsonTypeOf(value) === expect;
}

/**
 * Evaluate one JSONata expression (`{% … %}` or its body) with `$states` and workflow variables bound.
 * Failures → States.QueryEvaluationError with AWS's causes (`… returned nothing (undefined).`,
 * `… returned an unexpected result type. Expected 'array', but was 'object' for value: {…}`,
 * `… threw an error during evaluation. T1006: …`).
 */
export async function evaluateJsonata(
  expression: string,
  states: JsonataStates,
  env: EvalEnv = {},
  options: JsonataEvalOptions = {},
): Promise<ExprResult<JsonValue>> {
  const body = bodyOf(expression);
  const quoted = body.trim();
  const field = options.field ?? 'Output';
  const prefix = `The JSONata expression '${quoted}' specified for the field '${field}'`;
  const fail = (message: string): ExprResult<JsonValue> => ({ ok: false, error: { code: 'States.QueryEvaluationError', message } });

  const parsed = parseJsonata(body);
  if (!parsed.ok) return fail(`${prefix} threw an error during evaluation. ${parsed.error.message}`);

  const statesValue: JsonObject = { input: states.input };
  const context = states.context ?? env.context;
  if (context !== undefined) statesValue['context'] = context;
  if (states.result !== undefined) statesValue['result'] = states.result;
  if (states.errorOutput !== undefined) statesValue['errorOutput'] = states.errorOutput;

  const limits = env.jsonataLimits ?? {};
  const guard: Guard = {
    depth: 0,
    maxDepth: limits.maxDepth ?? DEFAULT_JSONATA_MAX_DEPTH,
    deadline: Date.now() + (limits.timeoutMs ?? DEFAULT_JSONATA_TIMEOUT_MS),
  };
  const bindings: Record<string, unknown> = { ...(await awsBindings(env)) };
  for (const [name, value] of Object.entries(env.variables ?? {})) bindings[name] = value;
  bindings['states'] = statesValue;
  bindings[GUARD_NAME] = guard;

  let raw: unknown;
  try {
    raw = await compile(body).evaluate(undefined, bindings);
  } catch (caught) {
    return fail(`${prefix} threw an error during evaluation. ${describeJsonataError(caught)}`);
  }
  const converted = toJson(raw);
  if (converted.kind === 'undefined') return fail(`${prefix} returned nothing (undefined).`);
  if (converted.kind === 'unsupported') return fail(`${prefix} returned an unsupported result type.`);
  if (options.expect !== undefined && !matchesExpectation(converted.value, options.expect)) {
    return fail(
      `${prefix} returned an unexpected result type. Expected '${options.expect}', but was '${jsonTypeOf(converted.value)}' for value: ${stringifyJson(converted.value)}`,
    );
  }
  return { ok: true, value: converted.value };
}

/**
 * Walk a JSON value (Arguments, Output, Assign, Items, Condition, …) and evaluate every string that is a
 * whole `{% … %}` expression; other values are copied. `options.field` names the root (`Output`), nested
 * fields are reported as `Output/a/b`.
 */
export async function evaluateJsonataTemplate(
  value: JsonValue,
  states: JsonataStates,
  env: EvalEnv = {},
  options: JsonataEvalOptions = {},
): Promise<ExprResult<JsonValue>> {
  const root = options.field ?? 'Output';
  const walk = async (node: JsonValue, field: string, expect: JsonataEvalOptions['expect']): Promise<ExprResult<JsonValue>> => {
    if (typeof node === 'string') {
      if (!isJsonataExpression(node)) return { ok: true, value: node };
      return evaluateJsonata(node, states, env, expect === undefined ? { field } : { field, expect });
    }
    if (Array.isArray(node)) {
      const out: JsonValue[] = [];
      for (let i = 0; i < node.length; i++) {
        const result = await walk(node[i] as JsonValue, `${field}/${i}`, undefined);
        if (!result.ok) return result;
        out.push(result.value);
      }
      return check({ ok: true, value: out }, field, expect);
    }
    if (isJsonObject(node)) {
      const out: JsonObject = {};
      for (const key of Object.keys(node)) {
        const result = await walk(node[key] as JsonValue, `${field}/${key}`, undefined);
        if (!result.ok) return result;
        setOwn(out, key, result.value);
      }
      return check({ ok: true, value: out }, field, expect);
    }
    return check({ ok: true, value: node }, field, expect);
  };
  return walk(value, root, options.expect);
}

/** Literal (non-expression) values of a field that demands a type are checked too. */
function check(result: ExprResult<JsonValue>, field: string, expect: JsonataEvalOptions['expect']): ExprResult<JsonValue> {
  if (!result.ok || expect === undefined || matchesExpectation(result.value, expect)) return result;
  return {
    ok: false,
    error: {
      code: 'States.QueryEvaluationError',
      message: `The field '${field}' has an unexpected type. Expected '${expect}', but was '${jsonTypeOf(result.value)}' for value: ${stringifyJson(result.value)}`,
    },
  };
}
