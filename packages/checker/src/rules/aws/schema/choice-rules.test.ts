/**
 * The fast predicates of the Choice Rule check must say "clean" exactly when the reporters would
 * report nothing: random JSONPath rules (operators, operands of every kind, nesting, stray fields)
 * and JSONata rules.
 */
import type { JsonValue } from '@aslkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkJsonataRule, checkJsonPathRule, isCleanJsonataRule, isCleanJsonPathRule } from './choice-rules.js';

const OPERATORS = ['StringEquals', 'NumericLessThan', 'TimestampEquals', 'StringEqualsPath', 'BooleanEquals', 'IsPresent', 'StringMatches', 'NumericGreaterThanEqualsPath'];
const OPERAND: fc.Arbitrary<JsonValue> = fc.constantFrom<JsonValue>('x', '$.a', '$$.Execution.Id', '$.', 1, true, '2024-01-01T00:00:00Z', '2024-13-01T00:00:00Z', null);
const VARIABLE: fc.Arbitrary<JsonValue> = fc.oneof({ weight: 5, arbitrary: fc.constantFrom<JsonValue>('$.a', '$.b[0]') }, { weight: 1, arbitrary: fc.constantFrom<JsonValue>('a', '$.', 3) });

const jsonPathRule = (top: boolean): fc.Arbitrary<JsonValue> =>
  fc.letrec<{ rule: JsonValue }>((tie) => ({
    rule: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc
        .tuple(fc.constantFrom(...OPERATORS), OPERAND, fc.option(VARIABLE, { freq: 8 }), fc.option(fc.constantFrom('Comment', 'Foo', 'Next', 'Assign'), { freq: 3 }))
        .map(([operator, operand, variable, extra]) => ({ ...(variable !== null ? { Variable: variable } : {}), [operator]: operand, ...(extra ? { [extra]: 'x' } : {}) })),
      fc
        .tuple(fc.constantFrom('And', 'Or'), fc.array(tie('rule'), { maxLength: 3 }), fc.option(VARIABLE, { freq: 6 }))
        .map(([logical, rules, variable]) => ({ [logical]: rules, ...(variable !== null ? { Variable: variable } : {}) })),
      tie('rule').map((rule) => ({ Not: rule })),
      fc.constantFrom<JsonValue>('x', [], {}, { StringEquals: 'a', NumericEquals: 1, Variable: '$.a' }),
    ),
  })).rule.chain((rule) => (top ? fc.option(fc.constant('Next'), { freq: 8 }).map((next) => (next && typeof rule === 'object' && rule !== null && !Array.isArray(rule) ? { ...rule, Next: 'B' } : rule)) : fc.constant(rule)));

const jsonataRule: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.record(
    { Condition: fc.constantFrom<JsonValue>('{% $x > 1 %}', '{% 1 + %}', true, 'x', 3), Next: fc.constant('B'), Comment: fc.constant('c'), Output: fc.constant('{% %}'), Variable: fc.constant('$.a') },
    { requiredKeys: [] },
  ),
  fc.constantFrom<JsonValue>('x', null),
);

describe('Choice Rule check: fast predicates agree with the reporters', () => {
  it('JSONPath rules', () => {
    let clean = 0;
    fc.assert(
      fc.property(jsonPathRule(true), (rule) => {
        let reports = 0;
        checkJsonPathRule(rule, ['States', 'C', 'Choices', 0], true, () => reports++, { tolerate: false });
        if (isCleanJsonPathRule(rule, true)) clean++;
        expect(isCleanJsonPathRule(rule, true)).toBe(reports === 0);
      }),
      { numRuns: 3000, seed: 7 },
    );
    expect(clean).toBeGreaterThan(100);
  });

  it('JSONata rules', () => {
    let clean = 0;
    fc.assert(
      fc.property(jsonataRule, (rule) => {
        let reports = 0;
        checkJsonataRule(rule, ['States', 'C', 'Choices', 0], () => reports++);
        if (isCleanJsonataRule(rule)) clean++;
        expect(isCleanJsonataRule(rule)).toBe(reports === 0);
      }),
      { numRuns: 1000, seed: 7 },
    );
    expect(clean).toBeGreaterThan(20);
  });
});
