import { describe, expect, it } from 'vitest';
import type { JsonValue } from '@aslkit/core';
import { compareValues, stringMatches, testType, type BaseComparator, type TypeTest } from './choice-comparators.js';

describe('Choice comparators', () => {
  const table: [BaseComparator, JsonValue, JsonValue, boolean][] = [
    ['StringEquals', 'a', 'a', true],
    ['StringEquals', 'a', 'b', false],
    ['StringEquals', 1, '1', false],
    ['StringLessThan', 'a', 'b', true],
    ['StringLessThan', 'b', 'a', false],
    ['StringGreaterThan', 'b', 'a', true],
    ['StringLessThanEquals', 'a', 'a', true],
    ['StringGreaterThanEquals', 'a', 'b', false],
    ['StringLessThan', 'Z', 'a', true],
    ['NumericEquals', 1, 1, true],
    ['NumericEquals', 0, 0.0, true],
    ['NumericEquals', 1.1, 1, false],
    ['NumericEquals', '1', 1, false],
    ['NumericLessThan', 1, 2, true],
    ['NumericGreaterThan', 2, 1, true],
    ['NumericLessThanEquals', 2, 2, true],
    ['NumericGreaterThanEquals', 1, 2, false],
    ['NumericEquals', null, 0, false],
    ['BooleanEquals', true, true, true],
    ['BooleanEquals', false, true, false],
    ['BooleanEquals', 'true', true, false],
    ['TimestampEquals', '2016-03-14T01:59:00Z', '2016-03-14T01:59:00Z', true],
    ['TimestampEquals', '2016-03-14T02:59:00+01:00', '2016-03-14T01:59:00Z', true],
    ['TimestampLessThan', '2016-03-14T01:59:00Z', '2016-03-14T01:59:00.001Z', true],
    ['TimestampGreaterThan', '2016-03-14T01:59:00.000000002Z', '2016-03-14T01:59:00.000000001Z', true],
    ['TimestampLessThanEquals', '2016-03-14T01:59:00Z', '2016-03-14T01:59:00Z', true],
    ['TimestampGreaterThanEquals', '2016-03-13T01:59:00Z', '2016-03-14T01:59:00Z', false],
    ['TimestampEquals', '2016-03-14 01:59:00Z', '2016-03-14T01:59:00Z', false],
    ['TimestampEquals', '2016-03-14T01:59:00', '2016-03-14T01:59:00Z', false],
    ['TimestampEquals', '2016-13-14T01:59:00Z', '2016-13-14T01:59:00Z', false],
    ['TimestampEquals', 0, '2016-03-14T01:59:00Z', false],
    ['StringMatches', 'log-2024.txt', 'log-*.txt', true],
    ['StringMatches', 'log-2024.csv', 'log-*.txt', false],
    ['StringMatches', 'a*b', 'a\\*b', true],
    ['StringMatches', 'axb', 'a\\*b', false],
    ['StringMatches', 'a\\b', 'a\\\\b', true],
    ['StringMatches', 'anything', '*', true],
    ['StringMatches', 'a.c', 'a.c', true],
    ['StringMatches', 'abc', 'a.c', false],
    ['StringMatches', 1, '*', false],
  ];
  it.each(table)('%s(%j, %j) is %s', (comparator, value, operand, expected) => {
    expect(compareValues(comparator, value, operand)).toBe(expected);
  });

  const typeTable: [TypeTest, boolean, JsonValue | undefined, boolean, boolean][] = [
    ['IsPresent', true, 1, true, true],
    ['IsPresent', false, undefined, true, false],
    ['IsPresent', false, undefined, false, true],
    ['IsNull', true, null, true, true],
    ['IsNull', true, 0, true, false],
    ['IsNull', false, undefined, true, false],
    ['IsNumeric', true, 1.5, true, true],
    ['IsNumeric', true, '1', true, false],
    ['IsString', true, '', true, true],
    ['IsString', true, null, false, true],
    ['IsBoolean', true, false, true, true],
    ['IsBoolean', true, 'false', true, false],
    ['IsTimestamp', true, '2016-03-14T01:59:00Z', true, true],
    ['IsTimestamp', true, '2016-03-14', true, false],
  ];
  it.each(typeTable)('%s (present %s, value %j) = %s is %s', (test, present, value, expected, result) => {
    expect(testType(test, present, value, expected)).toBe(result);
  });

  it('StringMatches treats regex characters literally', () => {
    expect(stringMatches('a+b', 'a+b')).toBe(true);
    expect(stringMatches('aab', 'a+b')).toBe(false);
    expect(stringMatches('(x)', '(*)')).toBe(true);
  });
});
