import type { ExprFinding, IntrinsicArg, IntrinsicCall } from '../types.js';
import { HASH_ALGORITHMS } from '../hash/index.js';
import { findIntrinsicFunction } from './catalogue.js';
import { arityText, MAX_ARRAY_RANGE_ITEMS } from './evaluate.js';
import { parseIntrinsic } from './parse.js';
import { rangeLength } from '../util/arrays.js';

/** Result type of each function, for checking nested calls used as arguments. */
const RESULT_TYPES: Record<string, string> = {
  'States.Format': 'string',
  'States.JsonToString': 'string',
  'States.Array': 'array',
  'States.ArrayPartition': 'array',
  'States.ArrayContains': 'boolean',
  'States.ArrayRange': 'array',
  'States.ArrayLength': 'integer',
  'States.ArrayUnique': 'array',
  'States.Base64Encode': 'string',
  'States.Base64Decode': 'string',
  'States.Hash': 'string',
  'States.JsonMerge': 'object',
  'States.MathRandom': 'integer',
  'States.MathAdd': 'integer',
  'States.StringSplit': 'array',
  'States.UUID': 'string',
};

/** The static type of an argument, or null when only known at run time (paths, StringToJson, ArrayGetItem). */
function staticType(arg: IntrinsicArg): string | null {
  switch (arg.kind) {
    case 'string':
      return 'string';
    case 'number':
      return Number.isInteger(arg.value) ? 'integer' : 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'path':
      return null;
    case 'call':
      return RESULT_TYPES[arg.name] ?? null;
  }
}

function compatible(expected: string, actual: string): boolean {
  if (expected === 'any' || expected === actual) return true;
  return expected === 'number' && actual === 'integer';
}

/**
 * Static checks of an intrinsic call: syntax (`intrinsic.syntax`), unknown function (`intrinsic.unknown`),
 * arity (`intrinsic.arity`), literal argument types/ranges (`intrinsic.argumentType`), nested path syntax.
 */
export function checkIntrinsic(text: string): ExprFinding[] {
  const parsed = parseIntrinsic(text);
  if (!parsed.ok) {
    return [{ code: 'intrinsic.syntax', severity: 'error', message: parsed.error.message, offset: parsed.error.offset ?? 0, length: parsed.error.length ?? 1 }];
  }
  const findings: ExprFinding[] = [];
  checkCall(parsed.value, findings);
  return findings;
}

function checkCall(call: IntrinsicCall, findings: ExprFinding[]): void {
  const info = findIntrinsicFunction(call.name);
  const report = (code: string, message: string, offset: number, length: number): void => {
    findings.push({ code, severity: 'error', message, offset, length });
  };
  for (const arg of call.args) if (arg.kind === 'call') checkCall(arg, findings);
  if (info === undefined) {
    report('intrinsic.unknown', `Unknown intrinsic function '${call.name}'.`, call.offset, call.name.length);
    return;
  }
  const count = call.args.length;
  if (count < info.minArgs || (info.maxArgs !== null && count > info.maxArgs)) {
    report('intrinsic.arity', `${info.name} expects ${arityText(info)} argument(s), but got ${count}.`, call.offset, call.length);
    return;
  }
  call.args.forEach((arg, index) => {
    const expected = info.argTypes[Math.min(index, info.argTypes.length - 1)] ?? 'any';
    const actual = staticType(arg);
    if (actual !== null && !compatible(expected, actual)) {
      report('intrinsic.argumentType', `Argument ${index + 1} of ${info.name} must be ${expected === 'integer' ? 'an integer' : `a ${expected}`}, but is ${actual === 'integer' ? 'an integer' : `a ${actual}`}.`, arg.offset, arg.length);
    }
  });
  const literal = (index: number): IntrinsicArg | undefined => call.args[index];
  const number = (index: number): number | null => {
    const arg = literal(index);
    return arg?.kind === 'number' ? arg.value : null;
  };
  switch (info.name) {
    case 'States.Format': {
      const template = literal(0);
      if (template?.kind === 'string') {
        const placeholders = countPlaceholders(template.raw);
        if (placeholders !== count - 1) {
          report('intrinsic.argumentType', `The template of States.Format has ${placeholders} placeholder(s) '{}', but ${count - 1} value(s) are given.`, call.offset, call.length);
        }
      }
      break;
    }
    case 'States.ArrayRange': {
      const [first, last, step] = [number(0), number(1), number(2)];
      if (step === 0) report('intrinsic.argumentType', 'The step of States.ArrayRange must not be 0.', literal(2)?.offset ?? call.offset, literal(2)?.length ?? 1);
      else if (first !== null && last !== null && step !== null && Number.isInteger(first) && Number.isInteger(last) && Number.isInteger(step)) {
        const items = rangeLength(first, last, step);
        if (items > MAX_ARRAY_RANGE_ITEMS) report('intrinsic.argumentType', `States.ArrayRange would return ${items} items; the maximum is ${MAX_ARRAY_RANGE_ITEMS}.`, call.offset, call.length);
      }
      break;
    }
    case 'States.ArrayPartition': {
      const size = number(1);
      if (size !== null && size <= 0) report('intrinsic.argumentType', 'The chunk size of States.ArrayPartition must be greater than 0.', literal(1)?.offset ?? call.offset, literal(1)?.length ?? 1);
      break;
    }
    case 'States.ArrayGetItem': {
      const index = number(1);
      if (index !== null && index < 0) report('intrinsic.argumentType', 'The index of States.ArrayGetItem must not be negative.', literal(1)?.offset ?? call.offset, literal(1)?.length ?? 1);
      break;
    }
    case 'States.JsonMerge': {
      const deep = literal(2);
      if (deep?.kind === 'boolean' && deep.value) report('intrinsic.argumentType', 'The third argument of States.JsonMerge must be false: deep merging is not supported.', deep.offset, deep.length);
      break;
    }
    case 'States.Hash': {
      const algorithm = literal(1);
      if (algorithm?.kind === 'string' && !(HASH_ALGORITHMS as readonly string[]).includes(algorithm.value)) {
        report('intrinsic.argumentType', `Unsupported hash algorithm '${algorithm.value}'; use one of ${HASH_ALGORITHMS.join(', ')}.`, algorithm.offset, algorithm.length);
      }
      break;
    }
    case 'States.MathRandom': {
      const [start, end] = [number(0), number(1)];
      if (start !== null && end !== null && Math.trunc(end) <= Math.trunc(start)) report('intrinsic.argumentType', 'The end of States.MathRandom must be greater than its start.', call.offset, call.length);
      break;
    }
    default:
      break;
  }
}

function countPlaceholders(raw: string): number {
  let count = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '\\') i++;
    else if (raw[i] === '{' && raw[i + 1] === '}') {
      count++;
      i++;
    }
  }
  return count;
}
