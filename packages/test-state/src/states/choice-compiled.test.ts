import { describe, expect, it } from 'vitest';
import type { ChoiceState, JsonValue } from '@aslkit/core';
import { executeState } from '../engine/execute-state.js';
import { createTestEnv } from '../engine/test-env.js';
import { comparatorFunction, compareValues, BASE_COMPARATORS } from './choice-comparators.js';
import { evaluateChoice } from './choice.js';

// Choice rules are compiled once per rule object; these tests run the same objects many times with
// different inputs, variables and path operands, so a cache that kept anything but the rule's shape shows.
describe('compiled Choice rules', () => {
  const state = {
    Type: 'Choice',
    Choices: [
      { And: [{ Variable: '$.n', IsNumeric: true }, { Variable: '$.n', NumericGreaterThanEqualsPath: '$.limit' }], Next: 'Big' },
      { Not: { Variable: '$.s', StringMatches: 'a*c' }, Next: 'NotAbc' },
      { Variable: '$.s', StringMatchesPath: '$.pattern', Next: 'ByPattern' },
      { Or: [{ Variable: '$v', IsPresent: true }, { Variable: '$.b', BooleanEquals: true }], Next: 'Either' },
    ],
    Default: 'Other',
  } as unknown as ChoiceState;

  const cases: [JsonValue, Record<string, JsonValue>, string][] = [
    [{ n: 5, limit: 3, s: 'abc' }, {}, 'Big'],
    [{ n: 2, limit: 3, s: 'abc', pattern: 'x', b: false }, {}, 'Other'],
    [{ n: 2, limit: 3, s: 'xyz' }, {}, 'NotAbc'],
    [{ s: 'abc', pattern: 'ab*' }, {}, 'ByPattern'],
    [{ s: 'abc', pattern: 'b*', b: false }, {}, 'Other'],
    [{ s: 'abc', pattern: 'b*' }, {}, 'States.Runtime'],
    [{ s: 'abc', pattern: 'b*' }, { v: 1 }, 'Either'],
    [{ s: 'abc', pattern: 'x', b: true }, {}, 'Either'],
    [{ n: 9, limit: 3, s: 'abc' }, {}, 'Big'],
  ];

  it('decides every input independently of the ones before', async () => {
    for (let round = 0; round < 3; round++) {
      for (const [input, variables, expected] of cases) {
        const decision = await evaluateChoice(state, input, createTestEnv({ variables }));
        if (expected.startsWith('States.')) expect(decision).toMatchObject({ ok: false, error: expected });
        else expect(decision).toMatchObject({ ok: true, nextState: expected });
      }
    }
  });

  it('keeps the runtime error of a missing Variable on every run', async () => {
    const missing = { Type: 'Choice', Choices: [{ Variable: '$.x', StringEquals: 'a', Next: 'A' }], Default: 'D' } as unknown as ChoiceState;
    for (let round = 0; round < 2; round++) {
      const outcome = await executeState('C', missing, {}, createTestEnv());
      expect(outcome).toMatchObject({ kind: 'fail', error: 'States.Runtime' });
    }
    const outcome = await executeState('C', missing, { x: 'a' }, createTestEnv());
    expect(outcome).toMatchObject({ kind: 'next', nextState: 'A' });
  });

  it('evaluates malformed rules (not objects) as before, without caching them', async () => {
    const malformed = { Type: 'Choice', Choices: [{ And: [1, 'x'], Next: 'A' }], Default: 'D' } as unknown as ChoiceState;
    expect(await evaluateChoice(malformed, {}, createTestEnv())).toMatchObject({ ok: true, nextState: 'D' });
  });

  it('resolves comparators to functions that agree with compareValues', () => {
    const values: JsonValue[] = ['a', 'b', 'a*', 1, 2, true, false, null, '2016-03-14T01:59:00Z', '2016-03-14T02:59:00Z'];
    for (const comparator of BASE_COMPARATORS) {
      const compare = comparatorFunction(comparator);
      for (const left of values) for (const right of values) expect(compare(left, right)).toBe(compareValues(comparator, left, right));
    }
  });
});
