import type { JsonValue } from '@aslkit/core';
import { compareInstants, parseTimestamp } from '../engine/timestamp.js';

/** Every data-test comparator of a JSONPath Choice rule (without the `Path` suffix). */
export const BASE_COMPARATORS = [
  'StringEquals',
  'StringLessThan',
  'StringGreaterThan',
  'StringLessThanEquals',
  'StringGreaterThanEquals',
  'StringMatches',
  'NumericEquals',
  'NumericLessThan',
  'NumericGreaterThan',
  'NumericLessThanEquals',
  'NumericGreaterThanEquals',
  'BooleanEquals',
  'TimestampEquals',
  'TimestampLessThan',
  'TimestampGreaterThan',
  'TimestampLessThanEquals',
  'TimestampGreaterThanEquals',
] as const;

export const TYPE_TESTS = ['IsNull', 'IsPresent', 'IsNumeric', 'IsString', 'IsBoolean', 'IsTimestamp'] as const;

export type BaseComparator = (typeof BASE_COMPARATORS)[number];
export type TypeTest = (typeof TYPE_TESTS)[number];

function ordering(result: number, relation: string): boolean {
  switch (relation) {
    case 'Equals':
      return result === 0;
    case 'LessThan':
      return result < 0;
    case 'GreaterThan':
      return result > 0;
    case 'LessThanEquals':
      return result <= 0;
    case 'GreaterThanEquals':
      return result >= 0;
    default:
      return false;
  }
}

/** Compare strings by UTF-16 code units, as Java's String.compareTo does. */
function compareStrings(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * StringMatches: `*` matches any run of characters; `\*` is a literal star and `\\` a literal
 * backslash (in the JSON text: `\\*` and `\\\\`).
 */
export function stringMatches(value: string, pattern: string): boolean {
  return matcherRegex(pattern).test(value);
}

function matcherRegex(pattern: string): RegExp {
  let regex = '^';
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index] as string;
    if (char === '\\' && index + 1 < pattern.length) {
      const next = pattern[index + 1] as string;
      if (next === '*' || next === '\\') {
        regex += next === '*' ? '\\*' : '\\\\';
        index++;
        continue;
      }
    }
    if (char === '*') regex += '[\\s\\S]*';
    else regex += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  regex += '$';
  return new RegExp(regex, 'u');
}

/**
 * One comparison of a JSONPath Choice rule: `value` (the Variable's value) against `operand`. Types
 * must match the comparator's family; otherwise the rule is false (AWS never raises here).
 */
export function compareValues(comparator: BaseComparator, value: JsonValue, operand: JsonValue): boolean {
  if (comparator === 'StringMatches') {
    return typeof value === 'string' && typeof operand === 'string' && stringMatches(value, operand);
  }
  if (comparator === 'BooleanEquals') {
    return typeof value === 'boolean' && typeof operand === 'boolean' && value === operand;
  }
  const family = comparator.startsWith('String') ? 'String' : comparator.startsWith('Numeric') ? 'Numeric' : 'Timestamp';
  const relation = comparator.slice(family.length);
  if (family === 'String') {
    return typeof value === 'string' && typeof operand === 'string' && ordering(compareStrings(value, operand), relation);
  }
  if (family === 'Numeric') {
    if (typeof value !== 'number' || typeof operand !== 'number') return false;
    return ordering(value === operand ? 0 : value < operand ? -1 : 1, relation);
  }
  if (typeof value !== 'string' || typeof operand !== 'string') return false;
  const left = parseTimestamp(value);
  const right = parseTimestamp(operand);
  if (!left || !right) return false;
  return ordering(compareInstants(left, right), relation);
}

/** A comparison function equivalent to {@link compareValues} for one comparator, resolved once. */
export function comparatorFunction(comparator: BaseComparator): (value: JsonValue, operand: JsonValue) => boolean {
  if (comparator === 'StringMatches') {
    let lastPattern: string | undefined;
    let lastRegex: RegExp | undefined;
    return (value, operand) => {
      if (typeof value !== 'string' || typeof operand !== 'string') return false;
      if (operand !== lastPattern || lastRegex === undefined) {
        lastPattern = operand;
        lastRegex = matcherRegex(operand);
      }
      return lastRegex.test(value);
    };
  }
  if (comparator === 'BooleanEquals') return (value, operand) => typeof value === 'boolean' && typeof operand === 'boolean' && value === operand;
  const family = comparator.startsWith('String') ? 'String' : comparator.startsWith('Numeric') ? 'Numeric' : 'Timestamp';
  const relation = comparator.slice(family.length);
  const holds = relationTest(relation);
  if (family === 'String') {
    return (value, operand) => typeof value === 'string' && typeof operand === 'string' && holds(compareStrings(value, operand));
  }
  if (family === 'Numeric') {
    return (value, operand) => {
      if (typeof value !== 'number' || typeof operand !== 'number') return false;
      return holds(value === operand ? 0 : value < operand ? -1 : 1);
    };
  }
  return (value, operand) => compareValues(comparator, value, operand);
}

function relationTest(relation: string): (result: number) => boolean {
  return (result) => ordering(result, relation);
}

/** The Is* type tests. `present` tells whether the Variable's path matched anything. */
export function testType(test: TypeTest, present: boolean, value: JsonValue | undefined, expected: boolean): boolean {
  let actual: boolean;
  switch (test) {
    case 'IsPresent':
      actual = present;
      break;
    case 'IsNull':
      actual = present && value === null;
      break;
    case 'IsNumeric':
      actual = present && typeof value === 'number';
      break;
    case 'IsString':
      actual = present && typeof value === 'string';
      break;
    case 'IsBoolean':
      actual = present && typeof value === 'boolean';
      break;
    case 'IsTimestamp':
      actual = present && typeof value === 'string' && parseTimestamp(value) !== undefined;
      break;
  }
  return actual === expected;
}
