import type { JsonValue, QueryLanguage, StateDefinition } from '@aslkit/core';
import type { BranchesOutcome, MapInvocation, ParallelInvocation } from '@aslkit/test-state';

/** A Map run's answer: the iteration outputs, or with a ResultWriter the writer's details object. */
type MapRunOutcome = { ok: true; result: JsonValue } | { ok: false; error: string; cause?: string };
import { writeResults } from '../data/result-writer.js';
import { mapRunArn } from './arns.js';
import type { Execution, MachineLike, MachineOutcome, Thread } from './execution.js';
import { BlockAbortedSignal, ExecutionEnded } from './execution.js';

interface Job {
  index: number;
  run(abort: () => boolean): Promise<MachineOutcome>;
}

/** Jobs made on demand (a 100,000-item map does not allocate 100,000 closures up front). */
interface JobList {
  length: number;
  at(index: number): Job;
}

/**
 * Runs jobs (Parallel branches, inline Map iterations) storing each output at its index; the first
 * failure aborts the rest and is returned.
 */
async function runUntilFirstFailure(
  exec: Execution,
  jobs: JobList,
  concurrency: number,
  results: JsonValue[],
  threads?: Set<Thread>,
): Promise<{ error: string; cause?: string } | undefined> {
  let failure: { error: string; cause?: string } | undefined;
  await runJobs(exec, jobs, concurrency, (job, outcome) => {
    if (outcome === 'aborted') return false;
    if (outcome.ok) {
      results[job.index] = outcome.output;
      return false;
    }
    if (!failure) failure = outcome.cause !== undefined ? { error: outcome.error, cause: outcome.cause } : { error: outcome.error };
    return true;
  }, threads);
  return failure;
}

function jobList<T>(inputs: readonly T[], make: (input: T, index: number) => Job): JobList {
  return { length: inputs.length, at: (index) => make(inputs[index] as T, index) };
}

/**
 * Runs jobs as fibers, at most `concurrency` at a time (0 = all), and resolves once every job
 * ended. `onEnd` may ask to abort the rest (a failure that is not tolerated).
 */
async function runJobs(exec: Execution, jobs: JobList, concurrency: number, onEnd: (job: Job, outcome: MachineOutcome | 'aborted') => boolean, threads?: Set<Thread>): Promise<void> {
  const sched = exec.core.scheduler;
  const limit = concurrency > 0 ? Math.min(concurrency, jobs.length) : jobs.length;
  if (jobs.length === 0) return;
  let nextJob = 0;
  let live = limit;
  let aborted = false;
  const allDone = sched.signal<void>();
  const worker = async (): Promise<void> => {
    try {
      while (nextJob < jobs.length && !exec.ended) {
        const job = jobs.at(nextJob++);
        if (aborted) {
          continue;
        }
        let outcome: MachineOutcome | 'aborted';
        try {
          outcome = await job.run(() => aborted || exec.ended);
        } catch (e) {
          if (e instanceof BlockAbortedSignal) outcome = 'aborted';
          else throw e;
        }
        if (exec.ended) return;
        if (onEnd(job, outcome) && !aborted) {
          aborted = true;
          // wake sleeping siblings so that they stop now, not when their Wait ends
          for (const t of threads ?? []) t.cancelSleep?.();
        }
      }
    } catch (e) {
      // A defect must end the execution with a clear error, never escape as an unhandled rejection.
      if (!(e instanceof ExecutionEnded)) exec.failExecution('States.Runtime', `Internal simulator error: ${e instanceof Error ? e.message : String(e)}`, 0);
    } finally {
      if (--live === 0) allDone.resolve();
    }
  };
  for (let i = 0; i < limit; i++) {
    sched.enter();
    void worker().finally(() => sched.leave());
  }
  await sched.wait(allDone);
  if (exec.ended) throw new ExecutionEnded();
}

/** A thread for a branch/iteration: own previousEventId chain, copy of the visible variables. */
function childThread(parent: Thread, prev: number, scope: (string | number)[], shareVariables: boolean): Thread {
  return { prev, scope, variables: shareVariables ? { ...parent.variables } : {} };
}

/** Runs a sub-machine whose thread stops before its next state once `abort()` answers true. */
async function runAbortable(exec: Execution, machine: MachineLike, input: JsonValue, thread: Thread, language: QueryLanguage, abort: () => boolean, live?: Set<Thread>): Promise<MachineOutcome> {
  thread.abort = abort;
  live?.add(thread);
  try {
    return await exec.runMachine(machine, input, thread, language);
  } finally {
    live?.delete(thread);
  }
}

/** The simulator's `runParallel` port: every branch as a fiber; the first failure aborts the others. */
export async function runParallelBranches(exec: Execution, thread: Thread, request: ParallelInvocation, language: QueryLanguage): Promise<BranchesOutcome> {
  const startedId = exec.record('ParallelStateStarted', thread.prev);
  thread.prev = startedId;
  thread.blockStarted = true;
  const results: JsonValue[] = new Array<JsonValue>(request.branches.length).fill(null);
  let last = startedId;
  const live = new Set<Thread>();
  const parentAbort = thread.abort;
  const jobs = jobList(request.branches, (branch, index) => ({
    index,
    run: (abort) => {
      const t = childThread(thread, startedId, [...thread.scope, request.stateName, index], true);
      return runAbortable(exec, branch as unknown as MachineLike, request.input, t, language, () => abort() || parentAbort?.() === true, live).finally(() => {
        if (t.prev > last) last = t.prev;
      });
    },
  }));
  const failure = await runUntilFirstFailure(exec, jobs, 0, results, live);
  thread.prev = last;
  if (failure) return { ok: false, ...failure };
  // AWS records no ParallelStateSucceeded: ParallelStateExited follows the branches.
  return { ok: true, result: results };
}

const DEFAULT_DISTRIBUTED_CONCURRENCY = 1000;
const INLINE_MAX_CONCURRENCY = 40;

/** MapRunStarted (recorded when the run starts, before or after reading items). */
export function startMapRun(exec: Execution, thread: Thread, label: string): { runArn: string; startedId: number } {
  const runArn = mapRunArn(exec.core, exec.init.stateMachineName, exec.name, label, exec.core.random.uuid());
  const startedId = exec.record('MapRunStarted', thread.prev, { mapRunStartedEventDetails: { mapRunArn: runArn } });
  thread.prev = startedId;
  return { runArn, startedId };
}

/**
 * The simulator's `runMap` port. INLINE: iterations as fibers with MapIteration* events in this
 * history. DISTRIBUTED: a map run (MapRunStarted/…) whose iterations run as child executions without
 * history in the parent; tolerated failures; ResultWriter into the local store.
 */
export async function runMapIterations(
  exec: Execution,
  thread: Thread,
  state: StateDefinition,
  request: MapInvocation,
  language: QueryLanguage,
): Promise<MapRunOutcome> {
  const total = request.iterationInputs.length;
  const hasReader = (state as { ItemReader?: unknown }).ItemReader !== undefined;
  const distributedRunStarted = thread.mapRunStarted;
  thread.mapRunStarted = undefined;
  // With an ItemReader AWS records length 0 (the items are not known when the state starts).
  if (distributedRunStarted === undefined) thread.prev = exec.record('MapStateStarted', thread.prev, { mapStateStartedEventDetails: { length: hasReader ? 0 : total } });
  thread.blockStarted = true;
  const processor = request.processor as unknown as MachineLike;
  const results: JsonValue[] = new Array<JsonValue>(total).fill(null);
  const distributed = request.mode === 'DISTRIBUTED';
  let failure: { error: string; cause?: string } | undefined;
  let failed = 0;
  const mapStartedId = thread.prev;
  let last = thread.prev;

  if (!distributed) {
    const live = new Set<Thread>();
    const parentAbort = thread.abort;
    const jobs = jobList(request.iterationInputs, (input, index) => ({
      index,
      run: async (abort) => {
        const startedId = exec.record('MapIterationStarted', mapStartedId, { mapIterationStartedEventDetails: { index, name: request.stateName } });
        const t = childThread(thread, startedId, [...thread.scope, request.stateName, index], true);
        let outcome: MachineOutcome;
        try {
          outcome = await runAbortable(exec, processor, input, t, language, () => abort() || parentAbort?.() === true, live);
        } catch (e) {
          if (e instanceof BlockAbortedSignal) {
            t.prev = exec.record('MapIterationAborted', t.prev, { mapIterationAbortedEventDetails: { index, name: request.stateName } });
            if (t.prev > last) last = t.prev;
          }
          throw e;
        }
        const type = outcome.ok ? 'MapIterationSucceeded' : 'MapIterationFailed';
        const details = { index, name: request.stateName };
        exec.record(type, t.prev, outcome.ok ? { mapIterationSucceededEventDetails: details } : { mapIterationFailedEventDetails: details });
        if (t.prev > last) last = t.prev;
        return outcome;
      },
    }));
    // AWS runs at most 40 inline iterations at once; so do we (it also bounds live fibers).
    const inlineConcurrency = request.maxConcurrency > 0 ? Math.min(request.maxConcurrency, INLINE_MAX_CONCURRENCY) : INLINE_MAX_CONCURRENCY;
    failure = await runUntilFirstFailure(exec, jobs, inlineConcurrency, results, live);
    thread.prev = last;
    if (failure) return { ok: false, ...failure };
    thread.prev = exec.record('MapStateSucceeded', thread.prev);
    return { ok: true, result: results };
  }

  // DISTRIBUTED: a map run of child executions.
  const { runArn, startedId: mapRunStartedId } = distributedRunStarted ?? startMapRun(exec, thread, request.label ?? '');
  thread.prev = mapRunStartedId;
  const toleratedCount = request.toleratedFailureCount ?? 0;
  const toleratedPct = request.toleratedFailurePercentage ?? 0;
  const exceeded = (): boolean => failed > toleratedCount && (toleratedPct <= 0 || (failed / Math.max(total, 1)) * 100 > toleratedPct);
  const childType = (request.processor['ProcessorConfig'] as { ExecutionType?: string } | undefined)?.ExecutionType === 'EXPRESS' ? 'EXPRESS' : 'STANDARD';
  const jobs = jobList(request.iterationInputs, (input, index) => ({
    index,
    run: async (abort) => {
      if (abort()) throw new BlockAbortedSignal();
      const child = exec.spawnMapChild(runArn, index, input, childType);
      const t: Thread = { prev: 0, scope: [...thread.scope, request.stateName, index], variables: {} };
      try {
        return await runAbortable(child, processor, input, t, language, () => abort() || child.ended);
      } catch (e) {
        if (e instanceof ExecutionEnded) throw new BlockAbortedSignal();
        throw e;
      } finally {
        exec.children.delete(child);
      }
    },
  }));
  exec.mapRuns.set(runArn, { mapRunArn: runArn, startDate: new Date(exec.core.scheduler.now()), total, succeeded: 0, failed: 0, status: 'RUNNING', maxConcurrency: request.maxConcurrency, toleratedFailureCount: toleratedCount, toleratedFailurePercentage: toleratedPct });
  const info = exec.mapRuns.get(runArn);
  await runJobs(exec, jobs, request.maxConcurrency > 0 ? request.maxConcurrency : DEFAULT_DISTRIBUTED_CONCURRENCY, (job, outcome) => {
      if (outcome === 'aborted') return false;
      exec.core.onMapRunProgress?.({ mapRunArn: runArn, executionArn: exec.executionArn, succeeded: (info?.succeeded ?? 0) + (outcome.ok ? 1 : 0), failed: (info?.failed ?? 0) + (outcome.ok ? 0 : 1), total });
      if (outcome.ok) {
        results[job.index] = outcome.output;
        if (info) info.succeeded++;
        return false;
      }
      failed++;
      if (info) info.failed++;
      results[job.index] = { Error: outcome.error, Cause: outcome.cause ?? '' };
      if (exceeded()) {
        failure = { error: 'States.ExceedToleratedFailureThreshold', cause: 'The specified tolerated failure threshold was exceeded' };
        return true;
      }
      return false;
    });
  if (info) {
    info.status = failure ? 'FAILED' : 'SUCCEEDED';
    info.stopDate = new Date(exec.core.scheduler.now());
  }
  const writer = (state as { ResultWriter?: unknown }).ResultWriter;
  const written = writer !== undefined && !failure ? writeResults(exec.core.store, writer, runArn, results, exec.core.random.uuid()) : undefined;
  if (failure) {
    thread.prev = exec.record('MapRunFailed', thread.prev, { mapRunFailedEventDetails: { error: failure.error, ...(failure.cause !== undefined ? { cause: failure.cause } : {}) } });
    return { ok: false, ...failure };
  }
  const succeededId = exec.record('MapRunSucceeded', thread.prev);
  exec.record('MapStateSucceeded', succeededId);
  // AWS links MapStateExited to MapRunStarted.
  thread.prev = mapRunStartedId;
  // With a ResultWriter the state's result is the writer's details, not the items (AWS).
  if (written) return { ok: true, result: { MapRunArn: runArn, ResultWriterDetails: written } };
  return { ok: true, result: results };
}
