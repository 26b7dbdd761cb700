import type { JsonValue, StateMachineDefinition, StateMachineType } from '@aslkit/core';
import type { HistoryEvent } from './history/events.js';
import type { MockConfig } from './mocks/mock-config.js';

/** Terminal and running statuses of an execution (DescribeExecution's `status`). */
export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/** An error as a value: `code` is stable (AWS's exception name where there is one). */
export interface SimulatorError {
  code:
    | 'InvalidDefinition'
    | 'InvalidExecutionInput'
    | 'InvalidName'
    | 'InvalidArn'
    | 'InvalidToken'
    | 'TaskDoesNotExist'
    | 'TaskTimedOut'
    | 'ExecutionAlreadyExists'
    | 'ExecutionDoesNotExist'
    | 'StateMachineDoesNotExist'
    | 'StateMachineTypeNotSupported'
    | 'ActivityDoesNotExist'
    | 'MockConfigInvalid'
    | 'TestCaseDoesNotExist'
    | 'ExecutionNotRedrivable'
    | 'ValidationException';
  message: string;
}

/** Value-or-error result of the lower-level API. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: SimulatorError };

/** A task's error, as a Task state sees it (Retry/Catch match on `error`). */
export interface TaskFailure {
  error: string;
  cause?: string;
}

/** What a task port, handler or mock produced. */
export type TaskOutcome =
  | { kind: 'success'; output: JsonValue }
  | { kind: 'failure'; error: string; cause?: string }
  /** The task timed out (TaskTimedOut / LambdaFunctionTimedOut / ActivityTimedOut). */
  | { kind: 'timeout'; error?: string; cause?: string };

/** The request a Task state makes, passed to handlers (after Parameters/Arguments evaluation). */
export interface TaskInvocation {
  stateName: string;
  /** `Resource` exactly as in the definition, e.g. `arn:aws:states:::lambda:invoke.waitForTaskToken`. */
  resource: string;
  /** `lambda`, `dynamodb`, `aws-sdk:s3`, `states`, `activity`, `http` … (AWS's `resourceType`). */
  resourceType: string;
  /** `invoke`, `putItem`, `startExecution.sync:2`, … */
  resourceAction: string;
  /** `.sync`, `.sync:2`, `.waitForTaskToken` or ''. */
  integrationPattern: '' | '.sync' | '.sync:2' | '.waitForTaskToken';
  /** Effective Parameters (JSONPath) or Arguments (JSONata). */
  parameters: JsonValue;
  /** Set for `.waitForTaskToken`: the token the callback must quote. */
  taskToken?: string;
  timeoutSeconds?: number;
  heartbeatSeconds?: number;
  /** 1 for the first attempt, then one more per retry. */
  attempt: number;
  executionArn: string;
  /** Complete the callback from inside a handler (same as `Simulator.sendTaskSuccess`). */
  signal: CallbackApi;
  /**
   * Resolves after `ms` of the simulator's clock (virtual: simulated time, with `autoAdvance`), so a
   * handler can simulate slow work or space heartbeats: `await inv.sleep(5000)`.
   */
  sleep(ms: number): Promise<void>;
}

/** A local handler: a plain function per resource ARN or per state name. */
export type TaskHandler = (invocation: TaskInvocation) => JsonValue | TaskOutcome | Promise<JsonValue | TaskOutcome>;

const outcomes = new WeakSet<object>();

/** Mark a handler's return value as a failure (otherwise any return value is the task result). */
export function taskFailure(error: string, cause?: string): TaskOutcome {
  const o: TaskOutcome = cause === undefined ? { kind: 'failure', error } : { kind: 'failure', error, cause };
  outcomes.add(o);
  return o;
}

/** Mark a handler's return value as a timeout (TaskTimedOut, error States.Timeout unless given). */
export function taskTimeout(error = 'States.Timeout', cause?: string): TaskOutcome {
  const o: TaskOutcome = cause === undefined ? { kind: 'timeout', error } : { kind: 'timeout', error, cause };
  outcomes.add(o);
  return o;
}

/** True for values made by `taskFailure` / `taskTimeout`. */
export function isTaskOutcome(value: unknown): value is TaskOutcome {
  return typeof value === 'object' && value !== null && outcomes.has(value);
}

/** One mocked response, Step Functions Local style. */
export type MockedResponse =
  | { Return: JsonValue }
  | { Throw: { Error: string; Cause?: string }; TimedOut?: boolean };

/** Per-state mocks: the n-th invocation of the state takes the n-th entry (the last one repeats). */
export type StateMocks = Record<string, MockedResponse | MockedResponse[]>;

/** An object of the local S3 store that ItemReader / ResultWriter / s3:getObject use. */
export interface LocalS3Object {
  Bucket: string;
  Key: string;
  Body: string;
}

export interface CallbackApi {
  sendTaskSuccess(taskToken: string, output: JsonValue | string): Outcome<null>;
  sendTaskFailure(taskToken: string, error?: string, cause?: string): Outcome<null>;
  sendTaskHeartbeat(taskToken: string): Outcome<null>;
}

export type ClockMode = 'virtual' | 'real';

/** Options shared by `run()` and `new Simulator()`. */
export interface SimulatorOptions {
  /** `virtual` (default): Wait, backoff and timeouts advance simulated time instantly. `real`: they take real time. */
  clock?: ClockMode;
  /** Real mode only: 10 makes every wait 10× shorter. Default 1. */
  timeScale?: number;
  /**
   * Virtual mode: when nothing can run and only outside work is pending (handler promises, callbacks
   * awaiting their token, activities without a worker) and nothing happened for `externalGraceMs` real
   * milliseconds, advance the clock to the next timer anyway, so task TimeoutSeconds/HeartbeatSeconds
   * expire (TaskTimedOut, ActivityTimedOut, LambdaFunctionTimedOut) and a STANDARD execution stuck with
   * no timer left ends TIMED_OUT at its one-year maximum. Default true for `run()`, false for
   * `new Simulator()` (the endpoint: outside actors answer later in real time, the clock waits for them).
   */
  autoAdvance?: boolean;
  /** Real milliseconds of quiet before `autoAdvance` treats pending outside work as late. Default 20. */
  externalGraceMs?: number;
  /** The virtual clock's start, default 2024-01-01T00:00:00Z. */
  startTime?: Date | number | string;
  /** Seed of UUIDs, task tokens, `States.UUID`, `States.MathRandom`, `$random()` and retry jitter. Default 0. */
  seed?: number | string;
  region?: string;
  accountId?: string;
  /** Handlers by resource ARN (exact, or without `.sync`/`.waitForTaskToken` suffix) or by state name. */
  handlers?: Record<string, TaskHandler>;
  /** Step Functions Local mock config (object or JSON text). Choose the test case with `testCase`. */
  mockConfig?: MockConfig | string;
  /** Local S3 objects for ItemReader, ResultWriter and s3 tasks. */
  s3Objects?: LocalS3Object[];
  /** Used by HTTP Tasks (arn:aws:states:::http:invoke) when no mock/handler answers; default: the host's global fetch. */
  fetch?: (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<{ status: number; headers: Record<string, string>; text(): Promise<string> }>;
  /** Max history events per execution (default 25,000, AWS's quota). */
  maxHistoryEvents?: number;
  /** Record history (default true). With false only the result is kept (faster, less memory). */
  history?: boolean;
  /** Called for every recorded event, as it is recorded. */
  onEvent?: (event: HistoryEvent, execution: ExecutionHandle) => void;
  /** Called when an item of a distributed Map run ends (progress bars: children record no parent events). */
  onMapRunProgress?: (progress: { mapRunArn: string; executionArn: string; succeeded: number; failed: number; total: number }) => void;
}

/** Options of one `run()`. */
export interface RunOptions extends SimulatorOptions {
  /** State machine name (ARN part and mock config key). Default `StateMachine`. */
  stateMachineName?: string;
  /** Default STANDARD. EXPRESS gives the StartSyncExecution result shape. */
  type?: StateMachineType;
  roleArn?: string;
  /** Execution name; default a seeded UUID. */
  name?: string;
  /** Test case name in `mockConfig`. */
  testCase?: string;
  /** Per-state mocks (TestState style), applied before mockConfig and handlers. */
  mocks?: StateMocks;
  /** Other machines that nested `states:startExecution` tasks may start (by name or ARN). */
  stateMachines?: StateMachineInput[];
  /**
   * Validate the definition(s) first, as CreateStateMachine does (AWS's codes and message, through
   * @aslkit/checker); an invalid one resolves `{ error: { code: 'InvalidDefinition', message } }`. Default false.
   */
  validate?: boolean;
}

export interface StateMachineInput {
  name: string;
  definition: StateMachineDefinition | string;
  type?: StateMachineType;
  roleArn?: string;
}

/** The result of an execution: StartSyncExecution's shape plus history and test helpers. */
export interface RunResult {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  status: Exclude<ExecutionStatus, 'RUNNING'>;
  /** The output as JSON value (SUCCEEDED only). */
  output?: JsonValue;
  /** The output as JSON text, as the API returns it. */
  outputText?: string;
  error?: string;
  cause?: string;
  input: JsonValue;
  startDate: Date;
  stopDate: Date;
  /** EXPRESS only: billed duration (ms, rounded up to 100) and memory (MB). */
  billingDetails?: { billedDurationInMilliseconds: number; billedMemoryUsedInMB: number };
  /** GetExecutionHistory events (empty when `history: false`). */
  history: HistoryEvent[];
  /** Every state that ran, in order of entry (parallel branches/map iterations included). */
  states: StateRun[];
}

/** One entry of a state (for assertions in tests). */
export interface StateRun {
  name: string;
  type: string;
  input: JsonValue;
  output?: JsonValue;
  error?: string;
  cause?: string;
  /** Path of enclosing Parallel branch/Map iteration, e.g. `["MapState", 3]`; [] at top level. */
  scope: (string | number)[];
  enteredAt: Date;
  exitedAt?: Date;
}

/** DescribeExecution's view of a running or finished execution. */
export interface ExecutionDescription {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  status: ExecutionStatus;
  startDate: Date;
  stopDate?: Date;
  input: string;
  output?: string;
  error?: string;
  cause?: string;
  /** Set when started by a parent execution (`states:startExecution`). */
  parentExecutionArn?: string;
  mapRunArn?: string;
  /** STANDARD executions: how many times it was redriven (0 until then). */
  redriveCount?: number;
  /** The last redrive. */
  redriveDate?: Date;
}

/** A live execution. */
export interface ExecutionHandle {
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly name: string;
  readonly startDate: Date;
  /** Current status (RUNNING until done settles). */
  status(): ExecutionStatus;
  describe(): ExecutionDescription;
  /** Resolves when the execution ends (never rejects). */
  readonly done: Promise<RunResult>;
  /** The events recorded so far (a live, growing array; do not mutate). */
  history(): readonly HistoryEvent[];
  /** Subscribe to new events; returns an unsubscribe function. */
  onEvent(listener: (event: HistoryEvent) => void): () => void;
  /** StopExecution: ends the execution as ABORTED (no-op once ended). */
  stop(error?: string, cause?: string): void;
}

export interface StartExecutionRequest {
  stateMachineArn: string;
  name?: string;
  /** JSON text (as the API) or a value. Default `{}`. */
  input?: string | JsonValue;
  /** `Name#TestCase` of the mock config, or set here. */
  testCase?: string;
  traceHeader?: string;
  /** Set by nested executions. */
  parentExecutionArn?: string;
}

export interface StateMachineRecord {
  stateMachineArn: string;
  name: string;
  type: StateMachineType;
  definition: StateMachineDefinition;
  roleArn: string;
}

export interface ActivityTask {
  taskToken: string;
  input: string;
}

export interface MapRunDescription {
  mapRunArn: string;
  executionArn: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';
  startDate: Date;
  stopDate?: Date;
  maxConcurrency: number;
  toleratedFailurePercentage: number;
  toleratedFailureCount: number;
  itemCounts: { pending: number; running: number; succeeded: number; failed: number; timedOut: number; aborted: number; total: number; resultsWritten: number };
  executionCounts: { pending: number; running: number; succeeded: number; failed: number; timedOut: number; aborted: number; total: number; resultsWritten: number };
}
