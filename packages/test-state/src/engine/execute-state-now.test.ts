import { describe, expect, it } from 'vitest';
import type { StateDefinition } from '@aslkit/core';
import { executeState, executeStateNow } from './execute-state.js';
import { createTestEnv } from './test-env.js';

const pass = { Type: 'Pass', Parameters: { 'n.$': 'States.MathAdd($.n, 1)' }, Next: 'B' } as unknown as StateDefinition;
const task = { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f', End: true } as unknown as StateDefinition;

describe('executeStateNow', () => {
  it('answers a JSONPath Pass synchronously, with what executeState resolves to', async () => {
    const now = executeStateNow('A', pass, { n: 1 }, createTestEnv());
    expect(now).not.toBeInstanceOf(Promise);
    expect(now).toEqual(await executeState('A', pass, { n: 1 }, createTestEnv()));
    expect(now).toMatchObject({ kind: 'next', nextState: 'B', output: { n: 2 } });
  });

  it('answers a Task with a promise that never rejects', async () => {
    const env = createTestEnv({ ports: { invokeTask: () => Promise.reject(new Error('port broke')) } });
    const now = executeStateNow('T', task, {}, env);
    expect(now).toBeInstanceOf(Promise);
    expect(await now).toMatchObject({ kind: 'fail' });
  });

  it('makes no stage events when the tracer does not want them', () => {
    const withStages = createTestEnv();
    executeStateNow('A', pass, { n: 1 }, withStages);
    expect(withStages.events.some((event) => event.kind === 'stage')).toBe(true);
    const withoutStages = createTestEnv({ traceStages: false });
    executeStateNow('A', pass, { n: 1 }, withoutStages);
    expect(withoutStages.events.some((event) => event.kind === 'stage')).toBe(false);
  });
});
