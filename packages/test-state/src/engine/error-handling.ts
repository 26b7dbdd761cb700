import type { Catcher, Retrier } from '@aslkit/core';
import type { ErrorHandlingDecision } from './types.js';

/** Placeholder until implemented below. */
export function decideErrorHandling(
  state: { Retry?: readonly Retrier[]; Catch?: readonly Catcher[] },
  error: string,
  retryCounts: number | readonly number[] = 0,
  random: () => number = Math.random,
): ErrorHandlingDecision {
  void state; void error; void retryCounts; void random;
  return { kind: 'fail' };
}
