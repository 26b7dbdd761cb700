import { StatesErrors, type Catcher, type Retrier } from '@aslkit/core';
import type { ErrorHandlingDecision } from './types.js';

/** Errors that `States.TaskFailed` does not stand for (besides States.Runtime, never handled at all). */
const NOT_TASK_FAILURES = new Set<string>([
  StatesErrors.Timeout,
  StatesErrors.HeartbeatTimeout,
  StatesErrors.DataLimitExceeded,
  StatesErrors.QueryEvaluationError,
  StatesErrors.ResultPathMatchFailure,
  StatesErrors.ParameterPathFailure,
  StatesErrors.IntrinsicFailure,
  StatesErrors.NoChoiceMatched,
  StatesErrors.ExceedToleratedFailureThreshold,
  StatesErrors.ItemReaderFailed,
  StatesErrors.ResultWriterFailed,
  StatesErrors.BranchFailed,
]);

/**
 * Does an ErrorEquals list match `error`? Exact names match; `States.ALL` matches everything except
 * States.Runtime; `States.TaskFailed` matches errors raised by the task's integration (not timeouts or
 * data-flow errors). States.Runtime is never matched (AWS fails the execution even with an explicit
 * `States.Runtime` catcher).
 */
export function errorMatches(errorEquals: readonly string[] | undefined, error: string): boolean {
  if (!Array.isArray(errorEquals)) return false;
  if (error === StatesErrors.Runtime) return false;
  for (const name of errorEquals) {
    if (name === error) return true;
    if (name === StatesErrors.ALL) return true;
    if (name === StatesErrors.TaskFailed && !NOT_TASK_FAILURES.has(error)) return true;
  }
  return false;
}

function positiveNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/**
 * The back-off before retry number `attempt + 1` of a retrier (attempt = retries already made):
 * IntervalSeconds (default 1) × BackoffRate (default 2) ^ attempt, capped by MaxDelaySeconds; FULL
 * jitter draws uniformly below that.
 */
export function retryDelaySeconds(retrier: Retrier, attempt: number, random: () => number = Math.random): number {
  const interval = positiveNumber(retrier.IntervalSeconds, 1);
  const rate = positiveNumber(retrier.BackoffRate, 2);
  let delay = interval * Math.pow(rate, attempt);
  if (typeof retrier.MaxDelaySeconds === 'number' && retrier.MaxDelaySeconds > 0) delay = Math.min(delay, retrier.MaxDelaySeconds);
  if (retrier.JitterStrategy === 'FULL') delay = delay * random();
  if (!Number.isFinite(delay)) delay = Number.MAX_SAFE_INTEGER;
  return delay;
}

function retryCountFor(retryCounts: number | readonly number[], index: number): number {
  if (typeof retryCounts === 'number') return retryCounts;
  return retryCounts[index] ?? 0;
}

/**
 * The pure Retry/Catch decision for `error` raised by `state`. The first retrier whose ErrorEquals
 * matches decides: retry while its attempts are below MaxAttempts (default 3); otherwise (or with no
 * matching retrier) the first matching catcher; otherwise fail.
 */
export function decideErrorHandling(
  state: { Retry?: readonly Retrier[]; Catch?: readonly Catcher[] },
  error: string,
  retryCounts: number | readonly number[] = 0,
  random: () => number = Math.random,
): ErrorHandlingDecision {
  const retriers = Array.isArray(state.Retry) ? state.Retry : [];
  for (let index = 0; index < retriers.length; index++) {
    const retrier = retriers[index] as Retrier;
    if (!errorMatches(retrier.ErrorEquals, error)) continue;
    const attempts = retryCountFor(retryCounts, index);
    const maxAttempts = typeof retrier.MaxAttempts === 'number' ? retrier.MaxAttempts : 3;
    if (attempts < maxAttempts) {
      return { kind: 'retry', retryIndex: index, delaySeconds: retryDelaySeconds(retrier, attempts, random) };
    }
    return catchOrFail(state, error, index);
  }
  return catchOrFail(state, error);
}

function catchOrFail(state: { Catch?: readonly Catcher[] }, error: string, exhaustedRetryIndex?: number): ErrorHandlingDecision {
  const catchers = Array.isArray(state.Catch) ? state.Catch : [];
  for (let index = 0; index < catchers.length; index++) {
    const catcher = catchers[index] as Catcher;
    if (errorMatches(catcher.ErrorEquals, error)) {
      return { kind: 'catch', catchIndex: index, nextState: catcher.Next, ...(exhaustedRetryIndex === undefined ? {} : { exhaustedRetryIndex }) };
    }
  }
  return { kind: 'fail', ...(exhaustedRetryIndex === undefined ? {} : { exhaustedRetryIndex }) };
}
