import type { Catcher, JsonValue, Retrier, StateDefinition } from '@aslkit/core';
import { runChoice } from '../states/choice.js';
import { limitOutput, type StateResult } from '../states/common.js';
import { runFail } from '../states/fail.js';
import { runMap } from '../states/map.js';
import { runParallel } from '../states/parallel.js';
import { runPass } from '../states/pass.js';
import { runSucceed } from '../states/succeed.js';
import { runTask } from '../states/task.js';
import { runWait } from '../states/wait.js';
import { applyCatcher } from './catcher.js';
import { decideErrorHandling } from './error-handling.js';
import { describeThrown, type StateFailure } from './failure.js';
import { createRunContext, withStatePrefix, type RunContext } from './run-context.js';
import type { EngineEnv, StepOutcome } from './types.js';

const RUNNERS: Record<string, (run: RunContext) => StateResult | Promise<StateResult>> = {
  Pass: runPass,
  Task: runTask,
  Choice: runChoice,
  Wait: runWait,
  Succeed: runSucceed,
  Fail: runFail,
  Parallel: runParallel,
  Map: runMap,
};

function failOutcome(failure: StateFailure, extra: { exhaustedRetryIndex?: number } = {}): StepOutcome {
  return { kind: 'fail', error: failure.error, ...(failure.causeAbsent ? {} : { cause: failure.cause }), ...extra };
}

function withPrefix(run: RunContext, failure: StateFailure): StateFailure {
  return withStatePrefix(run.stateName, run.env.enteredEventId, failure);
}

async function handleFailure(run: RunContext, failure: StateFailure): Promise<StepOutcome> {
  if (failure.uncatchable) return failOutcome(failure);
  const handlers = run.state as { Retry?: Retrier[]; Catch?: Catcher[] };
  const decision = decideErrorHandling(handlers, failure.error, run.env.retryCounts ?? 0, () => run.env.random());
  if (decision.kind === 'retry') {
    return { kind: 'retry', error: failure.error, cause: failure.cause, retryIndex: decision.retryIndex, delaySeconds: decision.delaySeconds };
  }
  const exhausted = decision.exhaustedRetryIndex === undefined ? {} : { exhaustedRetryIndex: decision.exhaustedRetryIndex };
  if (decision.kind === 'catch') {
    const catcher = (handlers.Catch ?? [])[decision.catchIndex] as Catcher;
    const caught = await applyCatcher(run, catcher, failure);
    if (!caught.ok) {
      return failOutcome(withPrefix(run, caught.failure), exhausted);
    }
    const limited = limitOutput(run, caught.value.output);
    if (!limited.ok) return failOutcome(limited.failure);
    return {
      kind: 'caught',
      error: failure.error,
      cause: failure.cause,
      catchIndex: decision.catchIndex,
      nextState: decision.nextState,
      output: limited.value,
      assigned: caught.value.assigned,
      ...exhausted,
    };
  }
  return failOutcome(failure, exhausted);
}

/** The outcome of a state's result; synchronous unless a failure goes through Retry/Catch. */
function finish(run: RunContext, result: StateResult): StepOutcome | Promise<StepOutcome> {
  if (result.kind === 'failed') return handleFailure(run, withPrefix(run, result.failure));
  const limited = limitOutput(run, result.output);
  if (!limited.ok) return handleFailure(run, limited.failure);
  run.stage('output', limited.value);
  if (result.kind === 'wait') {
    return {
      kind: 'wait',
      output: limited.value,
      assigned: result.assigned,
      ...(result.seconds === undefined ? {} : { seconds: result.seconds }),
      ...(result.until === undefined ? {} : { until: result.until }),
      ...(typeof run.fields['Next'] === 'string' ? { nextState: run.fields['Next'] } : {}),
    };
  }
  if (result.nextState !== undefined) return { kind: 'next', output: limited.value, nextState: result.nextState, assigned: result.assigned };
  return { kind: 'end', output: limited.value, assigned: result.assigned };
}

function internalFailure(stateName: string, thrown: unknown): StepOutcome {
  return { kind: 'fail', error: 'States.Runtime', cause: `Internal error while executing the state '${stateName}': ${describeThrown(thrown)}` };
}

/**
 * Run one state once (one attempt): its data flow, its work through `env.ports`, and on a runtime
 * error the Retry/Catch decision. Never rejects: anything unexpected becomes a States.Runtime `fail`.
 */
export async function executeState(stateName: string, state: StateDefinition, input: JsonValue, env: EngineEnv): Promise<StepOutcome> {
  return executeStateNow(stateName, state, input, env);
}

/**
 * {@link executeState}, answering synchronously when the state's work is synchronous (JSONPath Pass,
 * Choice, Succeed, Fail … without a failure to retry or catch) and with a promise otherwise. Schedulers
 * use it to run such states without a turn of the microtask queue. Never throws nor rejects.
 */
export function executeStateNow(stateName: string, state: StateDefinition, input: JsonValue, env: EngineEnv): StepOutcome | Promise<StepOutcome> {
  try {
    const run = createRunContext(stateName, state, input, env);
    run.stage('input', input);
    const type = (state as { Type?: unknown }).Type;
    const runner = typeof type === 'string' ? RUNNERS[type] : undefined;
    if (!runner) return { kind: 'fail', error: 'States.Runtime', cause: `Unsupported state type: ${String(type)}` };
    const pending = runner(run);
    if (pending instanceof Promise) {
      return pending.then((result) => finish(run, result)).catch((thrown: unknown) => internalFailure(stateName, thrown));
    }
    const outcome = finish(run, pending);
    return outcome instanceof Promise ? outcome.catch((thrown: unknown) => internalFailure(stateName, thrown)) : outcome;
  } catch (thrown) {
    return internalFailure(stateName, thrown);
  }
}
