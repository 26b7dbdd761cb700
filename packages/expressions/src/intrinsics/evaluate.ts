import { isJsonObject, jsonTypeOf } from '@aslkit/core';
import type { JsonObject, JsonValue } from '@aslkit/core';
import type { EvalEnv, ExprResult, IntrinsicArg, IntrinsicCall, IntrinsicFunctionInfo } from '../types.js';
import { deepEqual, evaluatePath } from '../jsonpath/evaluate.js';
import { stringifyJson } from '../json-text.js';
import { base64Decode, base64Encode, utf8Decode, utf8Encode } from '../hash/bytes.js';
import { HASH_ALGORITHMS, hashText, type HashAlgorithm } from '../hash/index.js';
import { javaText } from '../util/java-text.js';
import { JavaRandom } from '../util/java-random.js';
import { randomUuid } from '../util/uuid.js';
import { partition, rangeItems, rangeLength } from '../util/arrays.js';
import { findIntrinsicFunction } from './catalogue.js';
import { parseIntrinsic } from './parse.js';

/** Inputs of Base64Encode/Base64Decode/Hash are limited to this many characters. */
export const MAX_INTRINSIC_STRING_LENGTH = 10_000;
/** States.ArrayRange returns at most this many items. */
export const MAX_ARRAY_RANGE_ITEMS = 1_000;

/** Internal control flow for a failing call; caught in {@link evaluateIntrinsic}. */
class IntrinsicFailure {
  constructor(
    readonly message: string,
    readonly offset?: number,
    readonly length?: number,
  ) {}
}

/** Evaluate an intrinsic call (text, cached; or a parsed call). Failures → States.Runtime with AWS's text. */
export function evaluateIntrinsic(call: string | IntrinsicCall, input: JsonValue, env: EvalEnv = {}): ExprResult<JsonValue> {
  let parsed: IntrinsicCall;
  if (typeof call === 'string') {
    const result = parseIntrinsic(call);
    if (!result.ok) return { ok: false, error: { ...result.error, code: 'States.Runtime' } };
    parsed = result.value;
  } else parsed = call;
  try {
    return { ok: true, value: evaluateCall(parsed, input, env) };
  } catch (caught) {
    if (caught instanceof IntrinsicFailure) {
      const error = { code: 'States.Runtime' as const, message: caught.message };
      return { ok: false, error: caught.offset === undefined ? error : { ...error, offset: caught.offset, length: caught.length ?? 1 } };
    }
    throw caught;
  }
}

function evaluateArg(arg: IntrinsicArg, input: JsonValue, env: EvalEnv): JsonValue {
  switch (arg.kind) {
    case 'call':
      return evaluateCall(arg, input, env);
    case 'string':
    case 'number':
    case 'boolean':
      return arg.value;
    case 'null':
      return null;
    case 'path': {
      const result = evaluatePath(arg.path, input, env);
      if (!result.ok) throw new IntrinsicFailure(`Invalid path '${arg.path.text}' : ${result.error.message}`, arg.offset, arg.length);
      return result.value;
    }
  }
}

function evaluateCall(call: IntrinsicCall, input: JsonValue, env: EvalEnv): JsonValue {
  const info = findIntrinsicFunction(call.name);
  if (info === undefined) throw new IntrinsicFailure(`The intrinsic function ${call.name} is not supported.`, call.offset, call.name.length);
  checkArity(info, call.args.length, call);
  const values = call.args.map((arg) => evaluateArg(arg, input, env));
  const implementation = IMPLEMENTATIONS[call.name];
  if (implementation === undefined) throw new IntrinsicFailure(`The intrinsic function ${call.name} is not supported.`);
  return implementation(new Args(info, values, call), env);
}

export function arityText(info: IntrinsicFunctionInfo): string {
  if (info.maxArgs === null) return `at least ${info.minArgs}`;
  if (info.minArgs === info.maxArgs) return `${info.minArgs}`;
  return `between ${info.minArgs} and ${info.maxArgs}`;
}

function checkArity(info: IntrinsicFunctionInfo, count: number, call: IntrinsicCall): void {
  if (count < info.minArgs || (info.maxArgs !== null && count > info.maxArgs)) {
    throw new IntrinsicFailure(
      `Invalid number of arguments in ${info.name}: expected ${arityText(info)}, but got ${count}.`,
      call.offset,
      call.length,
    );
  }
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

/** Typed access to evaluated arguments, failing with messages that name the function and argument. */
class Args {
  constructor(
    readonly info: IntrinsicFunctionInfo,
    readonly values: JsonValue[],
    readonly call: IntrinsicCall,
  ) {}

  fail(index: number, problem: string): never {
    const arg = this.call.args[index];
    const ordinal = ORDINALS[index] ?? `#${index + 1}`;
    throw new IntrinsicFailure(`Invalid arguments in ${this.info.name}: the ${ordinal} argument ${problem}`, arg?.offset, arg?.length);
  }

  failCall(problem: string): never {
    throw new IntrinsicFailure(`Invalid arguments in ${this.info.name}: ${problem}`, this.call.offset, this.call.length);
  }

  value(index: number): JsonValue {
    return this.values[index] as JsonValue;
  }

  expected(index: number, type: string): never {
    const value = this.value(index);
    this.fail(index, `must be ${type}, but was ${jsonTypeOf(value)} ${preview(value)}.`);
  }

  string(index: number): string {
    const value = this.value(index);
    if (typeof value !== 'string') this.expected(index, 'a string');
    return value;
  }

  number(index: number): number {
    const value = this.value(index);
    if (typeof value !== 'number') this.expected(index, 'a number');
    return value;
  }

  integer(index: number): number {
    const value = this.value(index);
    if (typeof value !== 'number' || !Number.isInteger(value)) this.expected(index, 'an integer');
    return value;
  }

  array(index: number): JsonValue[] {
    const value = this.value(index);
    if (!Array.isArray(value)) this.expected(index, 'an array');
    return value;
  }

  object(index: number): JsonObject {
    const value = this.value(index);
    if (!isJsonObject(value)) this.expected(index, 'an object');
    return value;
  }

  boolean(index: number): boolean {
    const value = this.value(index);
    if (typeof value !== 'boolean') this.expected(index, 'a boolean');
    return value;
  }

  limitedString(index: number): string {
    const text = this.string(index);
    if (text.length > MAX_INTRINSIC_STRING_LENGTH) {
      this.fail(index, `must be at most ${MAX_INTRINSIC_STRING_LENGTH} characters long, but has ${text.length}.`);
    }
    return text;
  }
}

function preview(value: JsonValue): string {
  const text = stringifyJson(value);
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}

/** Java's Math.round: half-up towards positive infinity; never -0. */
function javaRound(value: number): number {
  return Math.floor(value + 0.5) + 0;
}

type Implementation = (args: Args, env: EvalEnv) => JsonValue;

const IMPLEMENTATIONS: Record<string, Implementation> = {
  'States.Format': (args) => {
    const template = args.call.args[0];
    const pieces = template?.kind === 'string' ? splitTemplate(template.raw, true) : splitTemplate(args.string(0), false);
    const values = args.values.slice(1);
    if (pieces.length - 1 !== values.length) {
      args.failCall(`the template has ${pieces.length - 1} placeholder(s) '{}', but ${values.length} value(s) were given.`);
    }
    let out = pieces[0] ?? '';
    values.forEach((value, i) => {
      out += javaText(value) + (pieces[i + 1] ?? '');
    });
    return out;
  },
  'States.StringToJson': (args) => {
    const text = args.string(0).trim();
    if (text === '') return null;
    try {
      return normalizeNegativeZero(JSON.parse(text) as JsonValue);
    } catch {
      return args.fail(0, `is not valid JSON: ${preview(text)}.`);
    }
  },
  'States.JsonToString': (args) => stringifyJson(args.value(0)),
  'States.Array': (args) => args.values.slice(),
  'States.ArrayPartition': (args) => {
    const array = args.array(0);
    const size = args.integer(1);
    if (size <= 0) args.fail(1, `(chunk size) must be greater than 0, but was ${size}.`);
    return partition(array, size);
  },
  'States.ArrayContains': (args) => {
    const array = args.array(0);
    const needle = args.value(1);
    return array.some((item) => deepEqual(item, needle));
  },
  'States.ArrayRange': (args) => {
    const first = args.integer(0);
    const last = args.integer(1);
    const step = args.integer(2);
    if (step === 0) args.fail(2, '(step) must not be 0.');
    const count = rangeLength(first, last, step);
    if (count > MAX_ARRAY_RANGE_ITEMS) {
      args.failCall(`the range would have ${count} items, more than the maximum of ${MAX_ARRAY_RANGE_ITEMS}.`);
    }
    return rangeItems(first, step, count);
  },
  'States.ArrayGetItem': (args) => {
    const array = args.array(0);
    const index = args.integer(1);
    if (index < 0 || index >= array.length) args.fail(1, `(index) ${index} is out of bounds for an array of length ${array.length}.`);
    return array[index] as JsonValue;
  },
  'States.ArrayLength': (args) => args.array(0).length,
  'States.ArrayUnique': (args) => {
    const unique: JsonValue[] = [];
    for (const item of args.array(0)) if (!unique.some((kept) => deepEqual(kept, item))) unique.push(item);
    return unique;
  },
  'States.Base64Encode': (args) => base64Encode(utf8Encode(args.limitedString(0))),
  'States.Base64Decode': (args) => {
    const bytes = base64Decode(args.limitedString(0));
    if (bytes === null) return args.fail(0, 'is not valid base64.');
    return utf8Decode(bytes);
  },
  'States.Hash': (args) => {
    const data = args.limitedString(0);
    const algorithm = args.string(1);
    if (!(HASH_ALGORITHMS as readonly string[]).includes(algorithm)) {
      args.fail(1, `(algorithm) must be one of ${HASH_ALGORITHMS.join(', ')}, but was '${algorithm}'.`);
    }
    return hashText(algorithm as HashAlgorithm, data);
  },
  'States.JsonMerge': (args) => {
    const left = args.object(0);
    const right = args.object(1);
    const deep = args.boolean(2);
    if (deep) args.fail(2, '(deep merge) must be false: only shallow merging is supported.');
    return { ...left, ...right };
  },
  'States.MathRandom': (args, env) => {
    const start = Math.trunc(args.number(0));
    const end = Math.trunc(args.number(1));
    if (end <= start) args.failCall(`the end (${end}) must be greater than the start (${start}).`);
    const span = end - start;
    if (args.values.length === 3) {
      const seed = args.integer(2);
      return start + new JavaRandom(seed).nextInt(span);
    }
    const random = env.random ?? Math.random;
    return start + Math.min(span - 1, Math.floor(random() * span));
  },
  'States.MathAdd': (args) => javaRound(args.number(0)) + javaRound(args.number(1)),
  'States.StringSplit': (args) => {
    const text = args.string(0);
    const delimiters = new Set(Array.from(args.string(1)));
    const pieces: string[] = [];
    let current = '';
    for (const ch of text) {
      if (delimiters.has(ch)) {
        if (current !== '') pieces.push(current);
        current = '';
      } else current += ch;
    }
    if (current !== '') pieces.push(current);
    return pieces;
  },
  'States.UUID': (_args, env) => (env.uuid ? env.uuid() : randomUuid(env.random ?? Math.random)),
};

/**
 * Splits a Format template at its `{}` placeholders. `escaped`: the text is a literal as written, where
 * `\{`, `\}`, `\'` and `\\` stand for the character itself and are never placeholders.
 */
function splitTemplate(template: string, escaped: boolean): string[] {
  const pieces: string[] = [];
  let current = '';
  for (let i = 0; i < template.length; i++) {
    const ch = template[i] as string;
    if (escaped && ch === '\\') {
      const next = template[i + 1];
      if (next !== undefined && "{}'\\".includes(next)) {
        current += next;
        i++;
        continue;
      }
    }
    if (ch === '{' && template[i + 1] === '}') {
      pieces.push(current);
      current = '';
      i++;
      continue;
    }
    current += ch;
  }
  pieces.push(current);
  return pieces;
}

function normalizeNegativeZero(value: JsonValue): JsonValue {
  return typeof value === 'number' && Object.is(value, -0) ? 0 : value;
}
