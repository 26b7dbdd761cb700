/**
 * @aslkit/test-state — run one state exactly as AWS's TestState API does, offline; and the step
 * engine (one state's semantics) that the simulator drives for whole-machine runs.
 */
export type {
  InspectionLevel,
  TestExecutionStatus,
  MockResponseValidationMode,
  MockErrorOutput,
  MockInput,
  TestStateConfiguration,
  TestStateRequest,
  InspectionDataRequest,
  InspectionDataResponse,
  InspectionErrorDetails,
  InspectionData,
  TestStateResponse,
  TestStateExceptionCode,
  TestStateException,
  FetchLike,
  LocalTaskHandler,
  TestStateOptions,
} from './api-types.js';
export { isTestStateException } from './api-types.js';

export type {
  ContextObject,
  IntegrationPattern,
  TaskInvocation,
  HttpExchange,
  TaskOutcome,
  ParallelInvocation,
  MapInvocation,
  BranchesOutcome,
  MapOutcome,
  ItemReaderInvocation,
  ItemReaderOutcome,
  EnginePorts,
  StageName,
  TraceEvent,
  EngineEnv,
  ErrorDetails,
  StepOutcome,
  ErrorHandlingDecision,
} from './engine/types.js';

/**
 * TestState: `request` as AWS takes it (JSON documents as text). Resolves to AWS's response, or to an
 * AWS-shaped exception value ({ code, message }); never rejects.
 */
export { testState } from './test-state.js';

/**
 * Run one state once: its data flow, its work (through `env.ports`), and its Retry/Catch decision.
 * Never rejects: runtime errors become `retry`, `caught` or `fail` outcomes.
 */
export { executeState, executeStateNow } from './engine/execute-state.js';

/**
 * The pure Retry/Catch decision for `error` raised by `state`: retry (index and back-off delay,
 * with IntervalSeconds, BackoffRate, MaxDelaySeconds and FULL jitter through `random`), catch
 * (index and Next) or fail. `States.ALL` never matches States.Runtime or States.DataLimitExceeded.
 */
export { decideErrorHandling } from './engine/error-handling.js';

/** Build the context object AWS gives a state (Execution, State, StateMachine; Task/Map when relevant). */
export { buildContextObject, type ContextObjectInit } from './engine/context-object.js';

/** Evaluate one Choice state's rules (JSONPath or JSONata): the matched rule index and its Next, or Default. */
export { evaluateChoice, type ChoiceDecision } from './states/choice.js';

/** AWS's cause for a negative ItemReader MaxItems (States.ItemReaderFailed), for item-reader ports. */
export { MAX_ITEMS_NEGATIVE } from './states/map.js';

/** Does an ErrorEquals list match an error (States.ALL, States.TaskFailed, never States.Runtime)? */
export { errorMatches, retryDelaySeconds } from './engine/error-handling.js';

/** Map's tolerated-failure rule and AWS's cause text for States.ExceedToleratedFailureThreshold. */
export { exceedsToleratedFailure, TOLERATED_FAILURE_CAUSE } from './engine/tolerated-failure.js';

/** A Task Resource ARN taken apart (kind, service, action, integration pattern). */
export { parseResource, type ParsedResource } from './engine/resource.js';

/** ISO-8601 extended offset date-times as AWS accepts them (Wait, Timestamp comparators). */
export { parseTimestamp, compareInstants, instantToMillis, type Instant } from './engine/timestamp.js';

/** Mocked-result validation against the response shapes of common integrations (fieldValidationMode). */
export { validateMockedResult, responseShapeFor } from './mock/validate-mock.js';

/** An EngineEnv with a fixed clock, fixed randomness, stub ports and a trace recorder (tests, embedders). */
export { createTestEnv } from './engine/test-env.js';
