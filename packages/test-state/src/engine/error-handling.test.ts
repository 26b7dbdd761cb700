import { describe, expect, it } from 'vitest';
import { decideErrorHandling, errorMatches, retryDelaySeconds } from './error-handling.js';

describe('errorMatches', () => {
  it.each([
    [['MyError'], 'MyError', true],
    [['MyError'], 'Other', false],
    [['States.ALL'], 'Anything', true],
    [['States.ALL'], 'States.DataLimitExceeded', true],
    [['States.ALL'], 'States.Runtime', false],
    [['States.Runtime'], 'States.Runtime', false],
    [['States.TaskFailed'], 'Lambda.ResourceNotFoundException', true],
    [['States.TaskFailed'], 'States.Timeout', false],
    [['States.TaskFailed'], 'States.TaskFailed', true],
    [['States.Timeout'], 'States.Timeout', true],
  ])('%j matches %s: %s', (errorEquals, error, expected) => {
    expect(errorMatches(errorEquals, error)).toBe(expected);
  });
});

describe('retryDelaySeconds', () => {
  it('defaults to 1 s and rate 2', () => {
    expect(retryDelaySeconds({ ErrorEquals: ['E'] }, 0)).toBe(1);
    expect(retryDelaySeconds({ ErrorEquals: ['E'] }, 3)).toBe(8);
  });
  it('applies IntervalSeconds × BackoffRate^attempt', () => {
    expect(retryDelaySeconds({ ErrorEquals: ['E'], IntervalSeconds: 1, BackoffRate: 2 }, 4)).toBe(16);
    expect(retryDelaySeconds({ ErrorEquals: ['E'], IntervalSeconds: 3, BackoffRate: 1 }, 5)).toBe(3);
  });
  it('caps at MaxDelaySeconds', () => {
    expect(retryDelaySeconds({ ErrorEquals: ['E'], IntervalSeconds: 10, BackoffRate: 10, MaxDelaySeconds: 50 }, 3)).toBe(50);
  });
  it('draws FULL jitter below the delay', () => {
    expect(retryDelaySeconds({ ErrorEquals: ['E'], IntervalSeconds: 10, JitterStrategy: 'FULL' }, 0, () => 0.25)).toBe(2.5);
  });
});

describe('decideErrorHandling', () => {
  const state = {
    Retry: [
      { ErrorEquals: ['Flaky'], MaxAttempts: 2 },
      { ErrorEquals: ['States.ALL'], MaxAttempts: 0 },
    ],
    Catch: [
      { ErrorEquals: ['Flaky'], Next: 'HandleFlaky' },
      { ErrorEquals: ['States.ALL'], Next: 'HandleAll' },
    ],
  };
  it('retries while attempts remain', () => {
    expect(decideErrorHandling(state, 'Flaky', 0)).toEqual({ kind: 'retry', retryIndex: 0, delaySeconds: 1 });
    expect(decideErrorHandling(state, 'Flaky', [1])).toEqual({ kind: 'retry', retryIndex: 0, delaySeconds: 2 });
  });
  it('catches when the matching retrier is exhausted', () => {
    expect(decideErrorHandling(state, 'Flaky', 2)).toEqual({ kind: 'catch', catchIndex: 0, nextState: 'HandleFlaky', exhaustedRetryIndex: 0 });
  });
  it('MaxAttempts 0 never retries', () => {
    expect(decideErrorHandling(state, 'Other', 0)).toEqual({ kind: 'catch', catchIndex: 1, nextState: 'HandleAll', exhaustedRetryIndex: 1 });
  });
  it('fails when nothing matches, and never handles States.Runtime', () => {
    expect(decideErrorHandling({}, 'E')).toEqual({ kind: 'fail' });
    expect(decideErrorHandling(state, 'States.Runtime')).toEqual({ kind: 'fail' });
  });
});
