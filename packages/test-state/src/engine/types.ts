/**
 * The step engine: the contract between the state semantics (this package) and whoever schedules
 * states (TestState here, the simulator for whole machines). The engine never waits, never performs
 * I/O itself and never keeps state between calls: everything outside one state's semantics comes in
 * through `EngineEnv` and its ports, and everything the state decided goes out as a `StepOutcome`.
 */
import type { JsonObject, JsonValue, QueryLanguage, StateDefinition } from '@aslkit/core';

/** The context object (`$$` / `$states.context`): Execution, State, StateMachine, Task, Map. */
export type ContextObject = JsonObject;

/** How a Task talks to its integration, from the Resource ARN. */
export type IntegrationPattern = 'request-response' | 'sync' | 'sync:2' | 'waitForTaskToken';

/** What the engine asks the caller to run for a Task state (after InputPath/Parameters or Arguments). */
export interface TaskInvocation {
  stateName: string;
  /** The Resource ARN as written (after any `.waitForTaskToken`/`.sync` suffix). */
  resource: string;
  /** Resource split: `lambda` (function ARN), `activity`, `http`, `states` (optimised), `aws-sdk`. */
  kind: 'lambda' | 'activity' | 'http' | 'optimised' | 'aws-sdk' | 'unknown';
  /** Service and action for `arn:aws:states:::<service>:<action>[.<pattern>]` resources. */
  service?: string;
  action?: string;
  pattern: IntegrationPattern;
  /** The effective parameters (the TaskScheduled `parameters`). */
  parameters: JsonValue;
  timeoutSeconds?: number;
  heartbeatSeconds?: number;
  credentials?: JsonValue;
  /** Present for `.waitForTaskToken`, `.sync` and activities (also in the context as Task.Token). */
  taskToken?: string;
}

/** Raw HTTP exchange of an HTTP Task, for TRACE inspection data. */
export interface HttpExchange {
  request: { protocol: string; method: string; url: string; headers: string; body: string };
  response: { protocol: string; statusCode: string; statusMessage: string; headers: string; body: string };
}

/** What an integration answered: a result, or an error with its cause. */
export type TaskOutcome =
  | { ok: true; result: JsonValue; http?: HttpExchange }
  | { ok: false; error: string; cause?: string; http?: HttpExchange };

/** A Parallel state's branches with the effective input every branch receives. */
export interface ParallelInvocation {
  stateName: string;
  branches: readonly JsonObject[];
  input: JsonValue;
}

/** A Map state's iterations: the processor and one input per iteration (after ItemSelector/ItemBatcher). */
export interface MapInvocation {
  stateName: string;
  /** ItemProcessor (or legacy Iterator), as written. */
  processor: JsonObject;
  mode: 'INLINE' | 'DISTRIBUTED';
  /** The items (after ItemsPath/Items/ItemReader/ItemsPointer), before ItemSelector. */
  items: JsonValue[];
  /** One input per iteration (after ItemSelector/ItemBatcher). */
  iterationInputs: JsonValue[];
  /** 0 = unlimited. */
  maxConcurrency: number;
  toleratedFailureCount?: number;
  toleratedFailurePercentage?: number;
  label?: string;
}

/** What a Parallel or Map run answered: one output per branch/iteration, or the error that failed it. */
export type BranchesOutcome = { ok: true; result: JsonValue[] } | { ok: false; error: string; cause?: string };

/** What a Map run answered: the iteration outputs (or, with a ResultWriter, the writer's object). */
export type MapOutcome = { ok: true; result: JsonValue } | { ok: false; error: string; cause?: string };

/** A Map ItemReader request (S3 GetObject / ListObjectsV2 …), with its effective parameters. */
export interface ItemReaderInvocation {
  stateName: string;
  resource: string;
  parameters: JsonValue;
  readerConfig: JsonObject;
  /** ReaderConfig MaxItems / MaxItemsPath, evaluated (the engine also caps the items it gets back). */
  maxItems?: number;
}

export type ItemReaderOutcome = { ok: true; items: JsonValue[] } | { ok: false; error: string; cause?: string };

/** The I/O the engine delegates. The simulator implements them with mocks and sub-executions. */
export interface EnginePorts {
  invokeTask(request: TaskInvocation): Promise<TaskOutcome>;
  runParallel(request: ParallelInvocation): Promise<BranchesOutcome>;
  runMap(request: MapInvocation): Promise<MapOutcome>;
  /** Optional: a Map with an ItemReader fails with States.ItemReaderFailed when absent. */
  readItems?(request: ItemReaderInvocation): Promise<ItemReaderOutcome>;
}

/** Names of the data-flow stages, as TestState's inspectionData names them. */
export type StageName =
  | 'input'
  | 'afterInputPath'
  | 'afterParameters'
  | 'afterArguments'
  | 'result'
  | 'afterResultSelector'
  | 'afterResultPath'
  | 'afterItemsPath'
  | 'afterItemsPointer'
  | 'afterItemSelector'
  | 'afterItemBatcher'
  | 'output';

/** Reported while a state runs, in order (inspectionData, history events, debuggers). */
export type TraceEvent =
  | { kind: 'stage'; stage: StageName; value: JsonValue }
  | { kind: 'mapConfig'; maxConcurrency: number; toleratedFailureCount?: number; toleratedFailurePercentage?: number }
  | { kind: 'taskScheduled'; invocation: TaskInvocation }
  | { kind: 'http'; exchange: HttpExchange }
  | { kind: 'variablesAssigned'; assigned: JsonObject }
  | { kind: 'evaluationFailed'; error: string; cause: string; location?: string }
  /**
   * A Map fails on a setting AWS evaluates after recording MapStateStarted (ToleratedFailureCount/
   * Percentage(Path), ItemReader MaxItemsPath): `length` is what that event carries (the item count,
   * 0 with an ItemReader). Sent just before the failure; iterations never start.
   */
  | { kind: 'mapStartedThenFailed'; length: number };

export interface EngineEnv {
  /** The query language of the enclosing (sub-)machine; a state's own `QueryLanguage` overrides it. */
  queryLanguage: QueryLanguage;
  /** The context object as seen by this state (State.Name, State.EnteredTime, State.RetryCount filled). */
  context: ContextObject;
  /** Variables visible to the state before it runs (all enclosing scopes merged). */
  variables: Readonly<Record<string, JsonValue>>;
  /**
   * Attempts already made per retrier index (State.RetryCount bookkeeping of the caller). A single
   * number applies to whichever retrier matches (TestState's `retrierRetryCount`).
   */
  retryCounts?: number | readonly number[];
  now(): Date;
  /** Uniform in [0,1): jitter. */
  random(): number;
  uuid(): string;
  ports: EnginePorts;
  trace?(event: TraceEvent): void;
  /** `false`: no `stage` trace events are made (a tracer that ignores them saves an allocation per stage). */
  traceStages?: boolean;
  /**
   * The id of the state's StateEntered history event. When given, evaluation failures carry AWS's
   * prefix "An error occurred while executing the state 'X' (entered at the event id #N). ".
   */
  enteredEventId?: number;
  /** Name used in DataLimitExceeded causes for this state's task (default: the state name). */
  resultOwnerName?: string;
}

/** Retry/Catch bookkeeping an outcome carries when an error was handled. */
export interface ErrorDetails {
  retryIndex?: number;
  retryBackoffIntervalSeconds?: number;
  catchIndex?: number;
}

/**
 * What one state decided. `assigned` holds the variables the state writes (Assign), already
 * evaluated: the caller writes them into the innermost scope that declares them (or the state's scope).
 */
export type StepOutcome =
  | { kind: 'next'; output: JsonValue; nextState: string; assigned: JsonObject }
  | { kind: 'end'; output: JsonValue; assigned: JsonObject }
  /** Wait: the caller owns time. Wait until `until` (ISO 8601) or for `seconds`, then go on. */
  | { kind: 'wait'; seconds?: number; until?: string; output: JsonValue; nextState?: string; assigned: JsonObject }
  | { kind: 'retry'; error: string; cause: string; retryIndex: number; delaySeconds: number }
  | { kind: 'caught'; error: string; cause: string; catchIndex: number; nextState: string; output: JsonValue; assigned: JsonObject; exhaustedRetryIndex?: number }
  /**
   * `cause` is absent when the failure had none (a Fail state without Cause, a task error without a
   * cause); `error` is '' when it had no error name. `exhaustedRetryIndex`: a retrier matched but had
   * no attempts left.
   */
  | { kind: 'fail'; error: string; cause?: string; exhaustedRetryIndex?: number };

/** The pure Retry/Catch decision for an error a state raised. */
export type ErrorHandlingDecision =
  | { kind: 'retry'; retryIndex: number; delaySeconds: number }
  /** `exhaustedRetryIndex`: a retrier matched but had no attempts left. */
  | { kind: 'catch'; catchIndex: number; nextState: string; exhaustedRetryIndex?: number }
  | { kind: 'fail'; exhaustedRetryIndex?: number };

export type { StateDefinition };
