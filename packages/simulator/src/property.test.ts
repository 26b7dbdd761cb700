import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRunError, run } from './index.js';

type States = Record<string, Record<string, unknown>>;

/** A generator of valid machines: every Next/Default names a state; loops are allowed (the quota ends them). */
function machineArbitrary(depth: number): fc.Arbitrary<{ StartAt: string; States: States }> {
  return fc.integer({ min: 1, max: 6 }).chain((n) => {
    const names = Array.from({ length: n }, (_, i) => `S${i}`);
    const target = fc.constantFrom(...names);
    const transition = fc.oneof(target.map((next) => ({ Next: next })), fc.constant({ End: true }));
    const sub = depth > 0 ? machineArbitrary(depth - 1) : fc.constant({ StartAt: 'X', States: { X: { Type: 'Pass', End: true } } as States });
    const state = fc.oneof(
      fc.tuple(transition, fc.jsonValue({ maxDepth: 2 })).map(([t, result]) => ({ Type: 'Pass', Result: result, ResultPath: '$.r', ...t })),
      fc.tuple(transition, fc.integer({ min: 0, max: 100_000 })).map(([t, seconds]) => ({ Type: 'Wait', Seconds: seconds, ...t })),
      fc.tuple(target, target, fc.integer()).map(([a, b, v]) => ({ Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThan: v, Next: a }], Default: b })),
      fc.tuple(transition, fc.jsonValue({ maxDepth: 1 })).map(([t, v]) => ({ Type: 'Pass', QueryLanguage: 'JSONata', Assign: { seen: v }, Output: '{% $merge([$states.input, {"seen": $seen}]) %}', ...t })),
      fc.tuple(target, target).map(([a, b]) => ({ Type: 'Choice', QueryLanguage: 'JSONata', Choices: [{ Condition: '{% $states.input.n > 0 %}', Next: a }], Default: b })),
      fc.constant({ Type: 'Succeed' }),
      fc.constant({ Type: 'Fail', Error: 'E', Cause: 'c' }),
      fc.tuple(transition, fc.array(sub, { minLength: 1, maxLength: 3 })).map(([t, branches]) => ({ Type: 'Parallel', Branches: branches, ResultPath: '$.p', ...t })),
      fc.tuple(transition, sub, fc.integer({ min: 0, max: 3 })).map(([t, processor, mc]) => ({ Type: 'Map', ItemsPath: '$.items', MaxConcurrency: mc, ItemProcessor: processor, ResultPath: '$.m', ...t })),
      fc.tuple(transition, fc.boolean(), fc.boolean()).map(([t, retry, katch]) => ({
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { FunctionName: 'f' },
        ResultPath: '$.t',
        ...(retry ? { Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 2, IntervalSeconds: 1 }] } : {}),
        ...(katch ? { Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.e', Next: names[0] }] } : {}),
        ...t,
      })),
    );
    return fc.array(state, { minLength: n, maxLength: n }).map((list) => ({ StartAt: 'S0', States: Object.fromEntries(list.map((s, i) => [`S${i}`, s])) }));
  });
}

describe('property: random valid machines always end', () => {
  it('succeeds, fails or hits the quota, never throws or hangs', async () => {
    await fc.assert(
      fc.asyncProperty(machineArbitrary(1), fc.integer({ min: -5, max: 5 }), fc.boolean(), async (machine, n, failTasks) => {
        const r = await run(machine as never, { n, items: [1, 2] }, {
          maxHistoryEvents: 400,
          handlers: { 'arn:aws:states:::lambda:invoke': () => (failTasks ? Promise.reject(new Error('boom')) : { ok: true }) },
        });
        expect(isRunError(r)).toBe(false);
        if (!isRunError(r)) {
          expect(['SUCCEEDED', 'FAILED', 'TIMED_OUT']).toContain(r.status);
          expect(r.history.at(-1)?.type).toMatch(/^Execution(Succeeded|Failed|TimedOut)$/);
          expect(r.history.length).toBeLessThanOrEqual(401);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
