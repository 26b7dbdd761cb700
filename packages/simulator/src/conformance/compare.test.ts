import { describe, expect, it } from 'vitest';
import { compareEvents, stringMatches, valuesMatch } from './compare.js';

const opts = { placeholders: new Set(['snf_role_arn', 'RandomNumberGenerated']) };

describe('conformance comparison rules', () => {
  it('treats <…> tokens as wildcards for non-empty substrings', () => {
    expect(stringMatches('arn:<partition>:states:<region>:1:execution:<ArnPart_0idx>:x', 'arn:aws:states:us-east-1:1:execution:M:x')).toBe(true);
    expect(stringMatches('a<x>b', 'ab')).toBe(false);
  });
  it('matches bare-word placeholders against any scalar and compares objects ignoring key order', () => {
    expect(valuesMatch({ a: 'RandomNumberGenerated', b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 0.42 }, opts)).toBe(true);
    expect(valuesMatch({ a: 1 }, { a: 1, b: 2 }, opts)).toBe(false);
    expect(valuesMatch('{"x": 1}', '{"x":1}', opts)).toBe(true);
  });
  it('compares events as a multiset plus per-iteration order', () => {
    const ev = (id: number, prev: number, type: string, d?: Record<string, unknown>) => ({ id, previousEventId: prev, type, ...(d ? { details: d } : {}) });
    const iter = (id: number, prev: number, index: number) => ({ id, previousEventId: prev, type: 'MapIterationStarted', mapIterationStartedEventDetails: { index, name: 'M' } });
    const pass = (id: number, prev: number, name: string) => ({ id, previousEventId: prev, type: 'PassStateEntered', stateEnteredEventDetails: { name } });
    const expected = [ev(1, 0, 'ExecutionStarted'), ev(2, 1, 'MapStateStarted'), iter(3, 2, 0), iter(4, 2, 1), pass(5, 4, 'B'), pass(6, 3, 'A')];
    const actual = [ev(1, 0, 'ExecutionStarted'), ev(2, 1, 'MapStateStarted'), iter(3, 2, 0), pass(4, 3, 'A'), iter(5, 2, 1), pass(6, 5, 'B')];
    expect(compareEvents(expected, actual, opts, false)).toEqual({ ok: true });
    const wrong = [...actual.slice(0, 5), pass(6, 5, 'C')];
    expect(compareEvents(expected, wrong, opts, false).ok).toBe(false);
  });
});
