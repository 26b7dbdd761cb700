import type { JsonObject, JsonValue, QueryLanguage, StateDefinition, StateMachineType } from '@aslkit/core';
import { isJsonObject } from '@aslkit/core';
import type { BranchesOutcome, EngineEnv, ItemReaderOutcome, EnginePorts, MapInvocation, ParallelInvocation, StepOutcome, TraceEvent } from '@aslkit/test-state';
import { buildContextObject, executeStateNow, MAX_ITEMS_NEGATIVE } from '@aslkit/test-state';
import type { Timer } from '../clock/scheduler.js';
import type { HistoryEvent, HistoryEventType } from '../history/events.js';
import { HistoryQuotaExceeded, HistoryRecorder, jsonText, NOT_TRUNCATED } from '../history/recorder.js';
import type { ExecutionDescription, ExecutionHandle, ExecutionStatus, MockedResponse, RunResult, StateRun } from '../types.js';
import type { SimulatorCore } from './core.js';
import { invokeTask } from './task-port.js';
import { runMapIterations, runParallelBranches, startMapRun } from './branches.js';

/** A thread of history: a Parallel branch or Map iteration continues its own previousEventId chain. */
export interface Thread {
  prev: number;
  scope: (string | number)[];
  /** Variables visible here (flattened copy of the enclosing scopes; this scope writes into it). */
  variables: Record<string, JsonValue>;
  /** Extra context fields (Map.Item …). */
  contextExtras?: JsonObject;
  /** Set when the current Map/Parallel attempt recorded its *StateStarted event. */
  blockStarted?: boolean;
  /** Asks the thread to stop before its next state (a sibling branch/iteration failed). */
  abort?: () => boolean;
  /** The last payload written to history on this thread and its JSON text (a state's output is the next one's input). */
  lastPayloadValue?: JsonValue | undefined;
  lastPayloadText?: string | undefined;
  /** Wakes the thread from a Wait/back-off early (set while it sleeps). */
  cancelSleep?: (() => void) | undefined;
  /** The state this thread is running (read by `tracer`). */
  tracing?: string | undefined;
  /** The thread's trace callback for test-state's executor, made once per thread. */
  tracer?: ((event: TraceEvent) => void) | undefined;
  /** A distributed map run already started by the item reader port. */
  mapRunStarted?: { runArn: string; startedId: number } | undefined;
}

/** How one state ended: its output and next state, or the error that ended the (sub-)machine. */
type StateStep = { kind: 'ok'; output: JsonValue; next?: string } | { kind: 'fail'; error: string; cause?: string };

/** One state's run across attempts (retries). */
interface Attempt {
  name: string;
  state: StateDefinition;
  input: JsonValue;
  thread: Thread;
  language: QueryLanguage;
  enteredAt: Date;
  enteredId: number;
  run: StateRun;
  /** Retries per retrier index, made on the first retry. */
  retryCounts?: number[];
  totalRetries: number;
}

export type MachineOutcome = { ok: true; output: JsonValue } | { ok: false; error: string; cause?: string };

/** A sub-machine: the top-level definition, a Parallel branch or a Map processor. */
export interface MachineLike {
  StartAt: string;
  States: Record<string, StateDefinition>;
  QueryLanguage?: QueryLanguage;
}

/** Ports of states that never call them (Pass, Choice, Wait, Succeed, Fail). */
const NO_PORTS: EnginePorts = {
  invokeTask: () => Promise.resolve({ ok: false, error: 'States.Runtime', cause: 'This state type does not run tasks.' }),
  runParallel: () => Promise.resolve({ ok: false, error: 'States.Runtime', cause: 'This state type does not run branches.' }),
  runMap: () => Promise.resolve({ ok: false, error: 'States.Runtime', cause: 'This state type does not run iterations.' }),
};

/** AWS's context object has State.RetryCount only for states with a Retry field (recorded). */
function hasRetry(state: StateDefinition): boolean {
  return (state as { Retry?: unknown }).Retry !== undefined;
}

/** Signals that the execution ended while a fiber was blocked: the fiber unwinds silently. */
/** A STANDARD execution's maximum duration (one year). */
const MAX_STANDARD_DURATION_SECONDS = 365 * 24 * 3600;

export class ExecutionEnded {}

/** Raised in a branch/iteration whose block is being aborted (a sibling failed). */
export class BlockAbortedSignal {}

export interface ExecutionInit {
  core: SimulatorCore;
  executionArn: string;
  stateMachineArn: string;
  stateMachineName: string;
  name: string;
  definition: MachineLike & { TimeoutSeconds?: number };
  type: StateMachineType;
  roleArn: string;
  input: JsonValue;
  /** JSON text of the input; computed on demand when undefined. */
  inputText: string | undefined;
  /** Mock lists per state (already resolved from `mocks` / mock config). */
  mocks: Map<string, MockedResponse[]>;
  parentExecutionArn?: string;
  mapRunArn?: string;
  recordHistory: boolean;
  mapIndex?: number;
}

export interface MapRunInfo {
  mapRunArn: string;
  startDate: Date;
  stopDate?: Date;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';
  total: number;
  succeeded: number;
  failed: number;
  maxConcurrency: number;
  toleratedFailureCount: number;
  toleratedFailurePercentage: number;
}

/**
 * One execution: walks its states with test-state's `executeState`, owns its history, timers, task
 * tokens and child work. Every await goes through the scheduler so virtual time stays exact.
 */
export class Execution implements ExecutionHandle {
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly name: string;
  readonly startDate: Date;
  /** Resolves when the execution ends; a redrive replaces it with the promise of the new attempt. */
  done: Promise<RunResult>;
  readonly recorder: HistoryRecorder;
  readonly states: StateRun[] = [];
  private lazyMockCounters?: Map<string, number>;
  /** Invocations per state (mock entry selection) and handler attempts. */
  get mockCounters(): Map<string, number> {
    return (this.lazyMockCounters ??= new Map());
  }
  private resolveDone!: (result: RunResult) => void;
  private currentStatus: ExecutionStatus = 'RUNNING';
  /** Redrives so far (Execution.RedriveCount, ExecutionRedriven) and the last one's date. */
  private redriveCount = 0;
  private redriveDate: Date | undefined;
  /** The top-level state running (or that ended the execution), its input and thread: where a redrive resumes. */
  private topState: string | undefined;
  private topInput: JsonValue = null;
  private topThread: Thread | undefined;
  private result?: RunResult;
  private lazyTimers?: Set<Timer>;
  private get timers(): Set<Timer> {
    return (this.lazyTimers ??= new Set());
  }
  private lazyCancellers?: Set<() => void>;
  get cancellers(): Set<() => void> {
    return (this.lazyCancellers ??= new Set());
  }
  /** Nested child executions and map runs started by this execution (stopped with it). */
  private lazyChildren?: Set<Execution>;
  get children(): Set<Execution> {
    return (this.lazyChildren ??= new Set());
  }
  private doneListeners?: (() => void)[];
  /** Distributed Map runs of this execution. */
  private lazyMapRuns?: Map<string, MapRunInfo>;
  get mapRuns(): Map<string, MapRunInfo> {
    return (this.lazyMapRuns ??= new Map());
  }

  constructor(readonly init: ExecutionInit) {
    this.executionArn = init.executionArn;
    this.stateMachineArn = init.stateMachineArn;
    this.name = init.name;
    const sched = init.core.scheduler;
    this.startDate = new Date(sched.now());
    this.recorder = new HistoryRecorder(() => sched.date(), init.recordHistory, init.core.maxHistoryEvents);
    this.done = new Promise<RunResult>((resolve) => {
      this.resolveDone = resolve;
    });
    const onEvent = init.core.onEvent;
    if (onEvent && init.recordHistory) this.recorder.subscribe((event) => onEvent(event, this));
  }

  private isoCache = { ms: Number.NaN, iso: '' };
  private readonly nowFn = (): Date => new Date(this.core.scheduler.now());
  private readonly randomFn = (): number => this.core.random.next();
  private readonly uuidFn = (): string => this.core.random.uuid();
  private lazyContextCache?: Map<string, { ms: number; retryCount: number | undefined; context: JsonObject }>;
  private get contextCache(): Map<string, { ms: number; retryCount: number | undefined; context: JsonObject }> {
    return (this.lazyContextCache ??= new Map());
  }

  private iso(ms: number): string {
    if (ms !== this.isoCache.ms) this.isoCache = { ms, iso: new Date(ms).toISOString() };
    return this.isoCache.iso;
  }

  /**
   * The context object of one state entry, built by test-state's buildContextObject. Loops re-enter
   * states at the same virtual instant, so the last object per state is reused when nothing differs.
   */
  private contextFor(stateName: string, enteredMs: number, retryCount: number | undefined, taskToken: string | undefined, extras: JsonObject | undefined): JsonObject {
    const cached = taskToken === undefined && extras === undefined ? this.contextCache.get(stateName) : undefined;
    if (cached && cached.ms === enteredMs && cached.retryCount === retryCount) return cached.context;
    const extra: JsonObject = { ...(extras ?? {}) };
    if (taskToken !== undefined) extra['Task'] = { Token: taskToken };
    const context = buildContextObject({
      stateName,
      input: this.init.input,
      enteredTime: this.iso(enteredMs),
      startTime: this.iso(this.startDate.getTime()),
      ...(retryCount !== undefined ? { retryCount } : {}),
      accountId: this.core.accountId,
      region: this.core.region,
      stateMachineName: this.init.stateMachineName,
      executionName: this.name,
      roleArn: this.init.roleArn,
      express: this.init.type === 'EXPRESS',
      ...(this.init.type === 'STANDARD' ? { redriveCount: this.redriveCount } : {}),
      extra,
    });
    // The engine derives Execution.Id from names; the simulator knows the real ARN (EXPRESS ARNs end
    // with a UUID, distributed Map children live under their map run).
    const execution = context['Execution'];
    if (execution && typeof execution === 'object' && !Array.isArray(execution) && execution['Id'] !== this.executionArn) {
      context['Execution'] = { ...execution, Id: this.executionArn };
    }
    if (taskToken === undefined && extras === undefined) this.contextCache.set(stateName, { ms: enteredMs, retryCount, context });
    return context;
  }

  /** A child execution for one distributed Map iteration (no history of its own is kept). */
  spawnMapChild(mapRunArn: string, index: number, input: JsonValue, type: StateMachineType): Execution {
    const name = `${index}`;
    const child = new Execution({
      ...this.init,
      executionArn: `${mapRunArn.replace(':mapRun:', ':execution:')}:${name}`,
      name,
      type,
      input,
      inputText: undefined,
      parentExecutionArn: this.executionArn,
      mapRunArn,
      recordHistory: false,
      mapIndex: index,
    });
    this.children.add(child);
    return child;
  }

  /** Runs `listener` synchronously when the execution ends (keeps the virtual clock exact). */
  whenDone(listener: () => void): void {
    if (this.ended) listener();
    else (this.doneListeners ??= []).push(listener);
  }

  get inputText(): string {
    if (this.init.inputText === undefined) this.init.inputText = jsonText(this.init.input);
    return this.init.inputText;
  }

  get core(): SimulatorCore {
    return this.init.core;
  }

  get ended(): boolean {
    return this.currentStatus !== 'RUNNING';
  }

  status(): ExecutionStatus {
    return this.currentStatus;
  }

  history(): readonly HistoryEvent[] {
    return this.recorder.events;
  }

  onEvent(listener: (event: HistoryEvent) => void): () => void {
    return this.recorder.subscribe(listener);
  }

  describe(): ExecutionDescription {
    const d: ExecutionDescription = {
      executionArn: this.executionArn,
      stateMachineArn: this.stateMachineArn,
      name: this.name,
      status: this.currentStatus,
      startDate: this.startDate,
      input: this.inputText,
    };
    if (this.result) {
      d.stopDate = this.result.stopDate;
      if (this.result.outputText !== undefined) d.output = this.result.outputText;
      if (this.result.error !== undefined) d.error = this.result.error;
      if (this.result.cause !== undefined) d.cause = this.result.cause;
    }
    if (this.init.parentExecutionArn) d.parentExecutionArn = this.init.parentExecutionArn;
    if (this.init.mapRunArn) d.mapRunArn = this.init.mapRunArn;
    if (this.init.type === 'STANDARD') d.redriveCount = this.redriveCount;
    if (this.redriveDate) d.redriveDate = this.redriveDate;
    return d;
  }

  /**
   * Why RedriveExecution would refuse this execution (AWS's redriveStatusReason), or undefined when it
   * can be redriven: a STANDARD execution that FAILED, TIMED_OUT or was ABORTED inside a state, with
   * room left in its history.
   */
  notRedrivableReason(): string | undefined {
    if (this.currentStatus === 'RUNNING' || this.currentStatus === 'SUCCEEDED') return `Execution is ${this.currentStatus} and cannot be redriven`;
    if (this.init.type !== 'STANDARD' || this.init.mapRunArn !== undefined) return 'Only STANDARD executions can be redriven';
    if (this.recorder.count >= this.recorder.maxEvents - 1) return 'Execution history event limit exceeded';
    if (this.topState === undefined || this.topThread === undefined) return 'Execution ended before its first state and cannot be redriven';
    return undefined;
  }

  /**
   * RedriveExecution: runs the execution again from the top-level state that did not complete, with
   * that state's input and the variables as they were, after an ExecutionRedriven event. States that
   * completed are not run again. Returns the redrive date, or the reason it cannot be redriven.
   */
  redrive(): { ok: true; redriveDate: Date } | { ok: false; reason: string } {
    const reason = this.notRedrivableReason();
    if (reason !== undefined) return { ok: false, reason };
    const thread = this.topThread as Thread;
    const stateName = this.topState as string;
    this.redriveCount++;
    const sched = this.core.scheduler;
    this.redriveDate = new Date(sched.now());
    this.currentStatus = 'RUNNING';
    this.result = undefined;
    this.lazyContextCache?.clear();
    this.done = new Promise<RunResult>((resolve) => {
      this.resolveDone = resolve;
    });
    const redrivenId = this.record('ExecutionRedriven', this.recorder.count, { executionRedrivenEventDetails: { redriveCount: this.redriveCount } });
    const resumed: Thread = { prev: redrivenId, scope: [], variables: thread.variables };
    sched.enter();
    void Promise.resolve()
      .then(() => this.main({ thread: resumed, stateName, input: this.topInput }))
      .finally(() => sched.leave());
    return { ok: true, redriveDate: this.redriveDate };
  }

  stop(error?: string, cause?: string): void {
    if (this.ended) return;
    const details: { error?: string; cause?: string } = {};
    if (error !== undefined) details.error = error;
    if (cause !== undefined) details.cause = cause;
    this.finish('ABORTED', { error, cause }, () => this.recorder.add('ExecutionAborted', 0, { executionAbortedEventDetails: details }, true));
  }

  /** Records an event; past the quota the execution fails and the caller unwinds. */
  /** `details` may be a function, called only when the event is kept (history on or listeners). */
  record(type: HistoryEventType, prev: number, details?: Partial<HistoryEvent> | (() => Partial<HistoryEvent>)): number {
    if (this.ended) throw new ExecutionEnded();
    try {
      return this.recorder.add(type, prev, details);
    } catch (e) {
      if (e instanceof HistoryQuotaExceeded) {
        const cause = `The execution reached the maximum number of history events (${e.limit}).`;
        this.finish('FAILED', { error: 'States.Runtime', cause }, () =>
          this.recorder.add('ExecutionFailed', prev, { executionFailedEventDetails: { error: 'States.Runtime', cause } }, true),
        );
        throw new ExecutionEnded();
      }
      throw e;
    }
  }

  /** {@link record} with one details field built only when events are kept (the hot path of state events). */
  private recordDetail<K extends keyof HistoryEvent>(type: HistoryEventType, prev: number, key: K, value: HistoryEvent[K] | undefined): number {
    if (this.ended) throw new ExecutionEnded();
    try {
      return this.recorder.addDetail(type, prev, key, value);
    } catch (e) {
      if (e instanceof HistoryQuotaExceeded) return this.record(type, prev);
      throw e;
    }
  }

  /** Blocks for `ms` of clock time; throws ExecutionEnded if the execution ends meanwhile. */
  async sleep(ms: number, thread?: Thread): Promise<void> {
    let timer: Timer | undefined;
    const fired = await this.core.scheduler.sleep(ms, (t) => {
      timer = t;
      this.timers.add(t);
      if (thread) thread.cancelSleep = () => t.cancel();
    });
    if (timer) this.lazyTimers?.delete(timer);
    if (thread) thread.cancelSleep = undefined;
    if (this.ended) throw new ExecutionEnded();
    if (!fired) throw thread?.abort?.() ? new BlockAbortedSignal() : new ExecutionEnded();
  }

  /** Starts the execution's fiber. */
  start(): this {
    const sched = this.core.scheduler;
    sched.enter();
    // Start on the next microtask, so that callers can subscribe to events first.
    void Promise.resolve()
      .then(() => this.main())
      .finally(() => sched.leave());
    return this;
  }

  /** The execution's fiber: from StartAt, or (a redrive) from `resume.stateName` on `resume.thread`. */
  private async main(resume?: { thread: Thread; stateName: string; input: JsonValue }): Promise<void> {
    const { input, roleArn, definition } = this.init;
    try {
      if (!resume) {
        this.record('ExecutionStarted', 0, {
          executionStartedEventDetails: { input: this.inputText, inputDetails: NOT_TRUNCATED, roleArn },
        });
      }
      this.armExecutionTimeout(definition.TimeoutSeconds);
      const thread: Thread = resume?.thread ?? { prev: 0, scope: [], variables: {} };
      this.topThread = thread;
      const language = definition.QueryLanguage ?? 'JSONPath';
      const outcome = resume
        ? await this.runMachine(definition, resume.input, thread, language, resume.stateName)
        : await this.runMachine(definition, input, thread, language);
      if (this.ended) return;
      if (outcome.ok) {
        const outputText = payloadText(thread, outcome.output);
        this.finish('SUCCEEDED', { output: outcome.output, outputText }, () =>
          this.recorder.add('ExecutionSucceeded', thread.prev, { executionSucceededEventDetails: { output: outputText, outputDetails: NOT_TRUNCATED } }, true),
        );
      } else {
        this.failExecution(outcome.error, outcome.cause, thread.prev);
      }
    } catch (e) {
      if (e instanceof ExecutionEnded || this.ended) return;
      // A defect of the simulator: end the execution with a clear runtime error rather than hang.
      this.failExecution('States.Runtime', `Internal simulator error: ${e instanceof Error ? e.message : String(e)}`, 0);
    }
  }

  failExecution(error: string, cause: string | undefined, prev: number): void {
    const details: { error?: string; cause?: string } = {};
    if (error !== '') details.error = error;
    if (cause !== undefined && cause !== '') details.cause = cause;
    this.finish('FAILED', { error, cause }, () => this.recorder.add('ExecutionFailed', prev, { executionFailedEventDetails: details }, true));
  }

  private armExecutionTimeout(seconds: number | undefined): void {
    const limit = this.init.type === 'EXPRESS' ? Math.min(seconds ?? 300, 300) : seconds;
    const sched = this.core.scheduler;
    if (limit === undefined || !(limit > 0)) {
      // Stuck on outside work with nothing else to wait for (autoAdvance only): a STANDARD execution
      // ends at its maximum duration of one year, as on AWS.
      const cancel = sched.lastResort(this.startDate.getTime() + MAX_STANDARD_DURATION_SECONDS * 1000, () => {
        if (this.ended) return;
        const details = { error: 'States.Timeout', cause: 'The execution reached the maximum duration of a STANDARD execution (one year) while waiting for a task.' };
        this.finish('TIMED_OUT', details, () => this.recorder.add('ExecutionTimedOut', 0, { executionTimedOutEventDetails: { error: 'States.Timeout' } }, true));
      });
      if (cancel) this.whenDone(cancel);
      return;
    }
    sched.enter();
    void sched
      .sleep(limit * 1000, (t) => this.timers.add(t))
      .then((fired) => {
        if (fired && !this.ended) {
          const details = { error: 'States.Timeout', cause: `The execution exceeded its ${limit} seconds timeout.` };
          this.finish('TIMED_OUT', details, () => this.recorder.add('ExecutionTimedOut', 0, { executionTimedOutEventDetails: { error: 'States.Timeout' } }, true));
        }
      })
      .finally(() => sched.leave());
  }

  /** Ends the execution once: records the closing event, cancels timers, callbacks and children. */
  finish(status: Exclude<ExecutionStatus, 'RUNNING'>, data: { output?: JsonValue; outputText?: string; error?: string | undefined; cause?: string | undefined }, recordClosing: () => void): void {
    if (this.ended) return;
    try {
      recordClosing();
    } catch {
      // the closing event is forced past the quota; nothing else can throw here
    }
    this.currentStatus = status;
    const stopDate = new Date(this.core.scheduler.now());
    const result: RunResult = {
      executionArn: this.executionArn,
      stateMachineArn: this.stateMachineArn,
      name: this.name,
      status,
      input: this.init.input,
      startDate: this.startDate,
      stopDate,
      history: this.recorder.events,
      states: this.states,
    };
    if (status === 'SUCCEEDED') {
      result.output = data.output ?? null;
      result.outputText = data.outputText ?? jsonText(data.output);
    }
    if (data.error !== undefined) result.error = data.error;
    if (data.cause !== undefined) result.cause = data.cause;
    if (this.init.type === 'EXPRESS') {
      const ms = Math.max(stopDate.getTime() - this.startDate.getTime(), 1);
      result.billingDetails = { billedDurationInMilliseconds: Math.ceil(ms / 100) * 100, billedMemoryUsedInMB: 64 };
    }
    this.result = result;
    if (this.lazyTimers) for (const t of [...this.lazyTimers]) t.cancel();
    this.lazyTimers?.clear();
    if (this.lazyCancellers) for (const c of [...this.lazyCancellers]) c();
    this.lazyCancellers?.clear();
    this.core.callbacks.cancelExecution(this.executionArn);
    if (this.lazyChildren) for (const child of [...this.lazyChildren]) if (!child.ended) child.stop('States.Aborted', 'The parent execution ended.');
    this.resolveDone(result);
    for (const l of this.doneListeners?.splice(0) ?? []) l();
  }

  /**
   * Runs a (sub-)machine from StartAt to an end. Records state events on `thread`. Returns the
   * machine's output, or the error that ended it uncaught.
   */
  async runMachine(machine: MachineLike, input: JsonValue, thread: Thread, inheritedLanguage: QueryLanguage, startAt?: string): Promise<MachineOutcome> {
    const language = machine.QueryLanguage ?? inheritedLanguage;
    let stateName = startAt ?? machine.StartAt;
    let current = input;
    for (;;) {
      if (this.ended) throw new ExecutionEnded();
      const state = machine.States[stateName];
      if (!state) return { ok: false, error: 'States.Runtime', cause: `The state '${stateName}' does not exist.` };
      const pending = this.runState(stateName, state, current, thread, language);
      const step = pending instanceof Promise ? await pending : pending;
      if (step.kind === 'fail') return { ok: false, error: step.error, ...(step.cause !== undefined ? { cause: step.cause } : {}) };
      if (step.next === undefined) return { ok: true, output: step.output };
      stateName = step.next;
      current = step.output;
    }
  }

  /**
   * Runs one state: records its entry, runs attempts through test-state's executor (retries, waits)
   * and records its exit. Synchronous when the first attempt answers synchronously with a transition
   * (Pass/Choice/… loops run without a microtask turn per state); otherwise a promise.
   */
  private runState(name: string, state: StateDefinition, input: JsonValue, thread: Thread, language: QueryLanguage): StateStep | Promise<StateStep> {
    const enteredAt = this.core.scheduler.date();
    const enteredDetails = this.recorder.keeping ? { name, input: payloadText(thread, input), inputDetails: NOT_TRUNCATED } : undefined;
    const enteredId = this.recordDetail(eventTypes(state.Type).entered, thread.prev, 'stateEnteredEventDetails', enteredDetails);
    thread.prev = enteredId;
    // output/exitedAt are set when the state ends; declared here so the object keeps one shape.
    const run: StateRun = { name, type: state.Type, input, scope: thread.scope, enteredAt, output: undefined, exitedAt: undefined };
    this.states.push(run);
    if (thread === this.topThread) {
      this.topState = name;
      this.topInput = input;
    }
    const attempt: Attempt = { name, state, input, thread, language, enteredAt, enteredId, run, totalRetries: 0 };
    const first = this.attempt(attempt);
    if (!(first instanceof Promise)) {
      if (this.ended) throw new ExecutionEnded();
      if (first.kind === 'next') return this.exitState(name, state, run, thread, first.output, first.assigned, first.nextState);
      if (first.kind === 'end') return this.exitState(name, state, run, thread, first.output, first.assigned, undefined);
    }
    return this.continueState(attempt, first);
  }

  /** One attempt of a state: its env, then test-state's executor. */
  private attempt(a: Attempt): StepOutcome | Promise<StepOutcome> {
    const { name, state, thread, language } = a;
    if (thread.abort?.()) throw new BlockAbortedSignal();
    // Only Task, Parallel and Map states use the ports.
    const ports = state.Type === 'Task' || state.Type === 'Parallel' || state.Type === 'Map' ? this.portsFor(name, state, thread, language) : NO_PORTS;
    const taskToken = state.Type === 'Task' ? this.core.random.uuid() + this.core.random.hex(32) : undefined;
    const env: EngineEnv = {
      queryLanguage: language,
      context: this.contextFor(name, a.enteredAt.getTime(), hasRetry(state) ? a.totalRetries : undefined, taskToken, thread.contextExtras),
      variables: thread.variables,
      retryCounts: a.retryCounts ?? 0,
      enteredEventId: a.enteredId,
      now: this.nowFn,
      random: this.randomFn,
      uuid: this.uuidFn,
      ports,
      trace: (thread.tracer ??= (event: TraceEvent) => this.onTrace(event, thread.tracing ?? '', thread)),
      traceStages: false,
    };
    thread.tracing = name;
    thread.blockStarted = false;
    thread.mapRunStarted = undefined;
    return executeStateNow(name, state, a.input, env);
  }

  /** The rest of a state after its first attempt: retries, waits, catches, failures. */
  private async continueState(a: Attempt, first: StepOutcome | Promise<StepOutcome>): Promise<StateStep> {
    const { name, state, thread, run } = a;
    const sched = this.core.scheduler;
    let pending: StepOutcome | Promise<StepOutcome> = first;
    for (;;) {
      const outcome: StepOutcome = pending instanceof Promise ? await pending : pending;
      if (this.ended) throw new ExecutionEnded();
      switch (outcome.kind) {
        case 'retry': {
          const counts = (a.retryCounts ??= []);
          counts[outcome.retryIndex] = (counts[outcome.retryIndex] ?? 0) + 1;
          a.totalRetries++;
          if (outcome.delaySeconds > 0) await this.sleep(outcome.delaySeconds * 1000, thread);
          pending = this.attempt(a);
          continue;
        }
        case 'wait': {
          const ms = outcome.until !== undefined ? Date.parse(outcome.until) - sched.now() : (outcome.seconds ?? 0) * 1000;
          if (ms > 0) await this.sleep(ms, thread);
          return this.exitState(name, state, run, thread, outcome.output, outcome.assigned, outcome.nextState);
        }
        case 'next':
          return this.exitState(name, state, run, thread, outcome.output, outcome.assigned, outcome.nextState);
        case 'end':
          return this.exitState(name, state, run, thread, outcome.output, outcome.assigned, undefined);
        case 'caught':
          this.recordStateFailed(state, thread);
          return this.exitState(name, state, run, thread, outcome.output, outcome.assigned, outcome.nextState);
        case 'fail': {
          this.recordStateFailed(state, thread);
          run.error = outcome.error;
          run.cause = outcome.cause;
          run.exitedAt = sched.date();
          return { kind: 'fail', error: outcome.error, cause: outcome.cause };
        }
      }
    }
  }

  /** MapStateFailed / ParallelStateFailed when a Map or Parallel ends in an error (not retried). */
  private recordStateFailed(state: StateDefinition, thread: Thread): void {
    if (!thread.blockStarted) return;
    thread.blockStarted = false;
    if (state.Type === 'Map') thread.prev = this.record('MapStateFailed', thread.prev);
    else if (state.Type === 'Parallel') thread.prev = this.record('ParallelStateFailed', thread.prev);
  }

  private exitState(
    name: string,
    state: StateDefinition,
    run: StateRun,
    thread: Thread,
    output: JsonValue,
    assigned: JsonObject,
    next: string | undefined,
  ): StateStep {
    const keys = Object.keys(assigned);
    for (const k of keys) thread.variables[k] = assigned[k] as JsonValue;
    if (state.Type !== 'Fail') {
      let details: NonNullable<HistoryEvent['stateExitedEventDetails']> | undefined;
      if (this.recorder.keeping) {
        details = { name, output: payloadText(thread, output), outputDetails: NOT_TRUNCATED };
        if (keys.length > 0) {
          const texts: Record<string, string> = {};
          for (const k of keys) texts[k] = jsonText(assigned[k]);
          details.assignedVariables = texts;
          details.assignedVariablesDetails = NOT_TRUNCATED;
        }
      }
      thread.prev = this.recordDetail(eventTypes(state.Type).exited, thread.prev, 'stateExitedEventDetails', details);
    }
    run.output = output;
    run.exitedAt = this.core.scheduler.date();
    return next === undefined ? { kind: 'ok', output } : { kind: 'ok', output, next };
  }

  private onTrace(event: TraceEvent, stateName: string, thread: Thread): void {
    if (event.kind === 'mapStartedThenFailed') {
      // AWS records MapStateStarted before these settings fail, and no MapStateFailed after them.
      thread.prev = this.record('MapStateStarted', thread.prev, { mapStateStartedEventDetails: { length: event.length } });
      return;
    }
    if (event.kind === 'evaluationFailed') {
      const details: NonNullable<HistoryEvent['evaluationFailedEventDetails']> = { state: stateName, error: event.error, cause: event.cause };
      if (event.location !== undefined) details.location = event.location;
      thread.prev = this.record('EvaluationFailed', thread.prev, { evaluationFailedEventDetails: details });
      // AWS closes a Map (and Parallel) with *StateFailed after an evaluation failure.
      thread.blockStarted = true;
    }
  }

  private portsFor(stateName: string, state: StateDefinition, thread: Thread, language: QueryLanguage): EnginePorts {
    return {
      invokeTask: (request) => invokeTask(this, thread, stateName, request),
      runParallel: (request: ParallelInvocation): Promise<BranchesOutcome> => runParallelBranches(this, thread, request, language),
      runMap: (request: MapInvocation) => runMapIterations(this, thread, state, request, language),
      readItems: async (request) => {
        // A negative MaxItems fails inside the map run, as AWS records it.
        const read: ItemReaderOutcome =
          request.maxItems !== undefined && request.maxItems < 0 ? { ok: false, error: 'States.ItemReaderFailed', cause: MAX_ITEMS_NEGATIVE } : this.core.readItems(request);
        // AWS reads the items inside the map run: MapStateStarted (length 0) and MapRunStarted come first.
        thread.prev = this.record('MapStateStarted', thread.prev, { mapStateStartedEventDetails: { length: 0 } });
        thread.blockStarted = true;
        const run = startMapRun(this, thread, (state as { Label?: string }).Label ?? '');
        if (!read.ok) {
          thread.prev = this.record('MapRunFailed', thread.prev, { mapRunFailedEventDetails: { error: read.error, ...(read.cause !== undefined ? { cause: read.cause } : {}) } });
        } else thread.mapRunStarted = run;
        return read;
      },
    };
  }
}

const EVENT_TYPES = new Map<string, { entered: HistoryEventType; exited: HistoryEventType }>();

/** The *StateEntered/*StateExited event types of a state type (built once per type). */
function eventTypes(type: string): { entered: HistoryEventType; exited: HistoryEventType } {
  let names = EVENT_TYPES.get(type);
  if (names === undefined) {
    names = { entered: `${type}StateEntered` as HistoryEventType, exited: `${type}StateExited` as HistoryEventType };
    EVENT_TYPES.set(type, names);
  }
  return names;
}

/** JSON text of a payload, reusing the thread's last text when it is the same value (output → next input). */
function payloadText(thread: Thread, value: JsonValue): string {
  if (thread.lastPayloadText !== undefined && thread.lastPayloadValue === value && (typeof value === 'object' || typeof value === 'string')) return thread.lastPayloadText;
  const text = jsonText(value);
  thread.lastPayloadValue = value;
  thread.lastPayloadText = text;
  return text;
}

/** Parses execution input text; undefined when it is not JSON. */
export function parseInputText(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

export function isMachineLike(value: unknown): value is MachineLike {
  return isJsonObject(value as JsonValue) && typeof (value as JsonObject)['StartAt'] === 'string' && isJsonObject((value as JsonObject)['States'] as JsonValue);
}
