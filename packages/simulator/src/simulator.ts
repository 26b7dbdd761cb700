import type { JsonValue, StateMachineDefinition, StateMachineType } from '@aslkit/core';
import { firstJacksonError } from '@aslkit/checker';
import { firstTooDeepOpening, isJsonObject, loadDocument, MAX_EXECUTION_NAME_LENGTH, MAX_JSON_NESTING_DEPTH, MAX_PAYLOAD_BYTES, nestsDeeperThan, utf8ByteLength } from '@aslkit/core';
import type { ItemReaderInvocation, ItemReaderOutcome } from '@aslkit/test-state';
import { Scheduler } from './clock/scheduler.js';
import { readItemsFromStore } from './data/item-reader.js';
import { LocalS3Store } from './data/s3-store.js';
import type { HistoryEvent } from './history/events.js';
import { jsonText } from './history/recorder.js';
import type { MockConfig } from './mocks/mock-config.js';
import { parseMockConfig, resolveTestCase } from './mocks/mock-config.js';
import type { RandomSource } from './random/seeded.js';
import { seededRandom } from './random/seeded.js';
import { activityArn, executionArn, nameOfStateMachine, stateMachineArn } from './engine/arns.js';
import { ActivityQueue, CallbackRegistry } from './engine/callbacks.js';
import { hostFetch } from './engine/host-fetch.js';
import type { SimulatorCore } from './engine/core.js';
import type { MachineLike, MapRunInfo } from './engine/execution.js';
import { Execution, isMachineLike } from './engine/execution.js';
import type {
  ActivityTask,
  CallbackApi,
  ExecutionDescription,
  ExecutionHandle,
  MapRunDescription,
  MockedResponse,
  Outcome,
  RunResult,
  SimulatorError,
  SimulatorOptions,
  StartExecutionRequest,
  StateMachineRecord,
  StateMocks,
  TaskHandler,
} from './types.js';

export const DEFAULT_START_TIME = Date.UTC(2024, 0, 1);

function err<T>(code: SimulatorError['code'], message: string): Outcome<T> {
  return { ok: false, error: { code, message } };
}

/** Parses a definition given as text (JSON or YAML) or object; InvalidDefinition when unusable. */
export function parseDefinition(definition: StateMachineDefinition | string): Outcome<StateMachineDefinition> {
  let value: unknown = definition;
  if (typeof definition === 'string') {
    const doc = loadDocument(definition, { format: definition.trimStart().startsWith('{') ? 'jsonc' : 'yaml' });
    const fatal = doc.problems.find((p) => p.kind === 'syntax' || p.kind === 'empty');
    if (fatal || doc.value === undefined) return err('InvalidDefinition', `The definition could not be parsed: ${fatal?.message ?? 'empty document'}`);
    value = doc.value;
  }
  if (!isMachineLike(value)) return err('InvalidDefinition', 'A state machine definition needs StartAt and States.');
  const machine = value as MachineLike;
  if (!machine.States[machine.StartAt]) return err('InvalidDefinition', `StartAt names the state '${machine.StartAt}', which is not in States.`);
  return { ok: true, value: value as StateMachineDefinition };
}

/**
 * A long-lived simulator: a registry of state machines and activities, its executions, one clock.
 * `aslkit serve` (packages/endpoint) keeps one per server; `run()` makes a short-lived one.
 */
export class Simulator implements CallbackApi {
  private readonly core: SimulatorCore;
  private readonly machines = new Map<string, StateMachineRecord>();
  private readonly executions = new Map<string, Execution>();
  private readonly activityArns = new Set<string>();
  private mockConfig?: MockConfig;
  private mockConfigError?: SimulatorError;
  readonly store: LocalS3Store;

  constructor(readonly options: SimulatorOptions = {}) {
    const start = options.startTime === undefined ? DEFAULT_START_TIME : new Date(options.startTime).getTime();
    const scheduler = new Scheduler(options.clock ?? 'virtual', Number.isFinite(start) ? start : DEFAULT_START_TIME, options.timeScale ?? 1, options.autoAdvance ?? false, options.externalGraceMs ?? 20);
    const random: RandomSource = seededRandom(options.seed ?? 0);
    this.store = new LocalS3Store(options.s3Objects ?? [], () => scheduler.now());
    if (options.mockConfig !== undefined) {
      const parsed = parseMockConfig(options.mockConfig);
      if (parsed.ok) this.mockConfig = parsed.value;
      else this.mockConfigError = parsed.error;
    }
    const callbacks = new CallbackRegistry();
    const store = this.store;
    this.core = {
      scheduler,
      random,
      region: options.region ?? 'us-east-1',
      accountId: options.accountId ?? '123456789012',
      maxHistoryEvents: options.maxHistoryEvents ?? 25_000,
      store,
      callbacks,
      activities: new ActivityQueue(),
      handlers: (options.handlers ?? {}) as Record<string, TaskHandler>,
      fetch: options.fetch ?? hostFetch(),
      onEvent: options.onEvent,
      onMapRunProgress: options.onMapRunProgress,
      readItems: (request: ItemReaderInvocation): ItemReaderOutcome => readItemsFromStore(request, store),
      startChild: (parent, request) => this.startChild(parent, request),
      callbackApi: this,
    };
  }

  /** The mock config problem, if the one given to the constructor is invalid. */
  get configError(): SimulatorError | undefined {
    return this.mockConfigError;
  }

  /** Registers (or replaces) a machine; nested `states:startExecution` tasks find it by ARN or name. */
  registerStateMachine(machine: { name: string; definition: StateMachineDefinition | string; type?: StateMachineType; roleArn?: string; stateMachineArn?: string }): Outcome<StateMachineRecord> {
    const parsed = parseDefinition(machine.definition);
    if (!parsed.ok) return parsed;
    const record: StateMachineRecord = {
      stateMachineArn: machine.stateMachineArn ?? stateMachineArn(this.core, machine.name),
      name: machine.name,
      type: machine.type ?? 'STANDARD',
      definition: parsed.value,
      roleArn: machine.roleArn ?? `arn:aws:iam::${this.core.accountId}:role/aslkit-simulator`,
    };
    this.machines.set(record.stateMachineArn, record);
    return { ok: true, value: record };
  }

  /**
   * DeleteStateMachine: forgets a registered machine (by ARN), so that new executions and nested
   * `states:startExecution` tasks no longer find it; running executions go on. False when unknown.
   */
  unregisterStateMachine(stateMachineArn: string): boolean {
    return this.machines.delete(stateMachineArn);
  }

  /** By ARN (also `arn…:Name:version`/`#TestCase` suffixes ignored) or by name. */
  getStateMachine(arnOrName: string): StateMachineRecord | undefined {
    const bare = arnOrName.split('#')[0] as string;
    const exact = this.machines.get(bare);
    if (exact) return exact;
    const name = nameOfStateMachine(bare);
    for (const m of this.machines.values()) if (m.name === name) return m;
    return undefined;
  }

  /** Creates an activity (idempotent by name); returns its ARN. */
  createActivity(name: string): string {
    const arn = activityArn(this.core, name);
    this.activityArns.add(arn);
    return arn;
  }

  /**
   * StartExecution: returns the handle immediately (the execution runs in the background).
   * Idempotent for STANDARD: the same name and input return the running/finished execution;
   * the same name with another input is ExecutionAlreadyExists.
   */
  startExecution(request: StartExecutionRequest): Outcome<ExecutionHandle> {
    const r = this.prepare(request);
    if (!r.ok) return r;
    return { ok: true, value: r.value };
  }

  /** StartSyncExecution: runs an EXPRESS machine to its end. */
  async startSyncExecution(request: StartExecutionRequest): Promise<Outcome<RunResult>> {
    const machine = this.getStateMachine(request.stateMachineArn);
    if (machine && machine.type !== 'EXPRESS') return err('StateMachineTypeNotSupported', 'This operation is not supported by this type of state machine');
    const r = this.prepare(request);
    if (!r.ok) return r;
    return { ok: true, value: await r.value.done };
  }

  private prepare(request: StartExecutionRequest & { mocks?: StateMocks; parentExecutionArn?: string }): Outcome<Execution> {
    if (this.mockConfigError) return { ok: false, error: this.mockConfigError };
    const [arnPart, testCaseFromArn] = request.stateMachineArn.split('#') as [string, string | undefined];
    const machine = this.getStateMachine(arnPart);
    if (!machine) return err('StateMachineDoesNotExist', `State Machine Does Not Exist: '${request.stateMachineArn}'`);
    let input: JsonValue;
    let inputText: string;
    if (request.input === undefined) {
      input = {};
      inputText = '{}';
    } else if (typeof request.input === 'string') {
      // Deeper than AWS's parser (Jackson) goes: its message, and no recursive walk of such a value later.
      if (firstTooDeepOpening(request.input) >= 0) {
        return err('InvalidExecutionInput', `Invalid State Machine Execution Input: '${firstJacksonError(request.input)?.message ?? 'Document nesting depth exceeds the maximum allowed'}'`);
      }
      try {
        input = JSON.parse(request.input) as JsonValue;
      } catch (e) {
        return err('InvalidExecutionInput', `Invalid State Machine Execution Input: '${(e as Error).message}'`);
      }
      inputText = request.input;
    } else {
      if (nestsDeeperThan(request.input)) {
        return err('InvalidExecutionInput', `Invalid State Machine Execution Input: 'Document nesting depth exceeds the maximum allowed (${MAX_JSON_NESTING_DEPTH})'`);
      }
      input = request.input;
      inputText = jsonText(input);
    }
    if (utf8ByteLength(inputText) > MAX_PAYLOAD_BYTES) return err('InvalidExecutionInput', `The input exceeds the maximum size of ${MAX_PAYLOAD_BYTES} bytes.`);
    const name = request.name ?? this.core.random.uuid();
    if (name.length === 0 || name.length > MAX_EXECUTION_NAME_LENGTH || /[\s<>{}[\]?*"#%\\^|~`$&,;:/]/.test(name) || hasControlCharacter(name)) {
      return err('InvalidName', `Invalid Name: '${name}'`);
    }
    const express = machine.type === 'EXPRESS';
    const arn = executionArn(this.core, machine.name, name, express, this.core.random.uuid());
    if (!express) {
      const existing = this.executions.get(arn);
      if (existing) {
        if (existing.inputText === inputText && existing.status() === 'RUNNING') return { ok: true, value: existing };
        return err('ExecutionAlreadyExists', `Execution Already Exists: '${arn}'`);
      }
    }
    const testCase = request.testCase ?? testCaseFromArn;
    const mocks = new Map<string, MockedResponse[]>();
    if (testCase !== undefined) {
      if (!this.mockConfig) return err('TestCaseDoesNotExist', `No mock config is loaded, so the test case '${testCase}' does not exist.`);
      const resolved = resolveTestCase(this.mockConfig, machine.name, testCase);
      if (!resolved.ok) return resolved;
      for (const [k, v] of resolved.value) mocks.set(k, v);
    }
    for (const [state, m] of Object.entries(request.mocks ?? {})) mocks.set(state, Array.isArray(m) ? m : [m]);
    const exec = new Execution({
      core: this.core,
      executionArn: arn,
      stateMachineArn: machine.stateMachineArn,
      stateMachineName: machine.name,
      name,
      definition: machine.definition as MachineLike & { TimeoutSeconds?: number },
      type: machine.type,
      roleArn: machine.roleArn,
      input,
      inputText,
      mocks,
      recordHistory: this.options.history !== false,
      ...(request.parentExecutionArn !== undefined ? { parentExecutionArn: request.parentExecutionArn } : {}),
    });
    this.executions.set(arn, exec);
    return { ok: true, value: exec.start() };
  }

  /** Starts and returns an execution (used by `run()` with per-run mocks). */
  startWithMocks(request: StartExecutionRequest, mocks: StateMocks | undefined): Outcome<Execution> {
    return this.prepare(mocks ? { ...request, mocks } : request);
  }

  private startChild(parent: Execution, request: { stateMachine: string; input: JsonValue; name?: string }): Outcome<Execution> {
    const input = isJsonObject(request.input) ? { ...request.input } : request.input;
    const started = this.prepare({
      stateMachineArn: request.stateMachine,
      input,
      parentExecutionArn: parent.executionArn,
      ...(request.name !== undefined ? { name: request.name } : {}),
    });
    if (started.ok) parent.children.add(started.value);
    return started;
  }

  getExecution(executionArn: string): ExecutionHandle | undefined {
    return this.executions.get(executionArn);
  }

  describeExecution(executionArn: string): Outcome<ExecutionDescription> {
    const e = this.executions.get(executionArn);
    if (!e) return err('ExecutionDoesNotExist', `Execution Does Not Exist: '${executionArn}'`);
    return { ok: true, value: e.describe() };
  }

  listExecutions(stateMachineArn?: string): ExecutionDescription[] {
    const out: ExecutionDescription[] = [];
    for (const e of this.executions.values()) if (!stateMachineArn || e.stateMachineArn === stateMachineArn) out.push(e.describe());
    return out;
  }

  /** GetExecutionHistory's events so far. */
  getExecutionHistory(executionArn: string): Outcome<readonly HistoryEvent[]> {
    const e = this.executions.get(executionArn);
    if (!e) return err('ExecutionDoesNotExist', `Execution Does Not Exist: '${executionArn}'`);
    return { ok: true, value: e.history() };
  }

  /**
   * RedriveExecution: a FAILED, TIMED_OUT or ABORTED STANDARD execution runs again from the top-level
   * state that did not complete (same ARN and input; completed states are not rerun; the history goes
   * on after an ExecutionRedriven event; Execution.RedriveCount counts up). ExecutionNotRedrivable when
   * it cannot be (running, succeeded, EXPRESS, machine deleted, history full).
   */
  redriveExecution(executionArn: string): Outcome<{ redriveDate: Date }> {
    const e = this.executions.get(executionArn);
    if (!e) return err('ExecutionDoesNotExist', `Execution Does Not Exist: '${executionArn}'`);
    if (!this.machines.has(e.stateMachineArn)) return err('ExecutionNotRedrivable', 'State machine is in DELETING status');
    const redriven = e.redrive();
    if (!redriven.ok) return err('ExecutionNotRedrivable', redriven.reason);
    return { ok: true, value: { redriveDate: redriven.redriveDate } };
  }

  /** Why RedriveExecution would refuse the execution (AWS's redriveStatusReason); undefined when it can be redriven. */
  redriveStatusReason(executionArn: string): string | undefined {
    const e = this.executions.get(executionArn);
    if (!e) return `Execution Does Not Exist: '${executionArn}'`;
    if (!this.machines.has(e.stateMachineArn)) return 'State machine is in DELETING status';
    return e.notRedrivableReason();
  }

  /** StopExecution: ABORTED with the given error/cause. */
  stopExecution(executionArn: string, error?: string, cause?: string): Outcome<{ stopDate: Date }> {
    const e = this.executions.get(executionArn);
    if (!e) return err('ExecutionDoesNotExist', `Execution Does Not Exist: '${executionArn}'`);
    if (e.status() !== 'RUNNING') return err('ValidationException', `Execution Is Not Running: '${executionArn}'`);
    e.stop(error, cause);
    return { ok: true, value: { stopDate: new Date(this.core.scheduler.now()) } };
  }

  sendTaskSuccess(taskToken: string, output: JsonValue | string): Outcome<null> {
    let value: JsonValue = output;
    if (typeof output === 'string') {
      try {
        value = JSON.parse(output) as JsonValue;
      } catch {
        return err('ValidationException', 'The output of SendTaskSuccess is not valid JSON.');
      }
    }
    if (!this.core.callbacks.deliver(taskToken, { kind: 'success', output: value })) return err('TaskDoesNotExist', 'Task Does Not Exist');
    return { ok: true, value: null };
  }

  sendTaskFailure(taskToken: string, error?: string, cause?: string): Outcome<null> {
    const r = { kind: 'failure' as const, error: error ?? '', ...(cause !== undefined ? { cause } : {}) };
    if (!this.core.callbacks.deliver(taskToken, r)) return err('TaskDoesNotExist', 'Task Does Not Exist');
    return { ok: true, value: null };
  }

  sendTaskHeartbeat(taskToken: string): Outcome<null> {
    if (!this.core.callbacks.deliver(taskToken, { kind: 'heartbeat' })) return err('TaskDoesNotExist', 'Task Does Not Exist');
    return { ok: true, value: null };
  }

  /**
   * GetActivityTask: resolves with the next scheduled task of the activity, or `null` after
   * `waitMs` (default 60 s real time; 0 = do not wait).
   */
  async getActivityTask(activityArnOrName: string, workerName = 'worker', waitMs = 60_000): Promise<Outcome<ActivityTask | null>> {
    const task = await this.core.activities.poll(activityArnOrName, waitMs);
    if (!task) return { ok: true, value: null };
    task.onStarted(workerName);
    return { ok: true, value: { taskToken: task.token, input: task.input } };
  }

  listMapRuns(executionArn: string): MapRunDescription[] {
    const e = this.executions.get(executionArn);
    if (!e) return [];
    return [...e.mapRuns.values()].map((m) => describeRun(m, executionArn));
  }

  describeMapRun(mapRunArn: string): Outcome<MapRunDescription> {
    for (const e of this.executions.values()) {
      const m = e.mapRuns.get(mapRunArn);
      if (m) return { ok: true, value: describeRun(m, e.executionArn) };
    }
    return err('ValidationException', `Map Run Does Not Exist: '${mapRunArn}'`);
  }

  /** Current time of the simulator's clock. */
  now(): Date {
    return new Date(this.core.scheduler.now());
  }
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

function describeRun(m: MapRunInfo, executionArn: string): MapRunDescription {
  const running = m.status === 'RUNNING' ? m.total - m.succeeded - m.failed : 0;
  const counts = { pending: 0, running, succeeded: m.succeeded, failed: m.failed, timedOut: 0, aborted: 0, total: m.total, resultsWritten: 0 };
  const d: MapRunDescription = {
    mapRunArn: m.mapRunArn,
    executionArn,
    status: m.status,
    startDate: m.startDate,
    maxConcurrency: m.maxConcurrency,
    toleratedFailurePercentage: m.toleratedFailurePercentage,
    toleratedFailureCount: m.toleratedFailureCount,
    itemCounts: counts,
    executionCounts: { ...counts },
  };
  if (m.stopDate) d.stopDate = m.stopDate;
  return d;
}

