/**
 * AWS TestState request and response shapes (API version 2016-11-23, with the November 2025 fields
 * `mock`, `context` and `stateConfiguration`). Strings where AWS has strings: JSON documents travel
 * as JSON text.
 */
import type { TaskInvocation, TaskOutcome } from './engine/types.js';

export type InspectionLevel = 'INFO' | 'DEBUG' | 'TRACE';
export type TestExecutionStatus = 'SUCCEEDED' | 'FAILED' | 'RETRIABLE' | 'CAUGHT_ERROR';
export type MockResponseValidationMode = 'STRICT' | 'PRESENT' | 'NONE';

export interface MockErrorOutput {
  error?: string;
  cause?: string;
}

/** `mock`: exactly one of `result` (JSON text) or `errorOutput`. */
export interface MockInput {
  result?: string;
  errorOutput?: MockErrorOutput;
  /** Default STRICT. */
  fieldValidationMode?: MockResponseValidationMode;
}

export interface TestStateConfiguration {
  /** How many times the matching retrier has already retried (default 0). */
  retrierRetryCount?: number;
  /** For Map/Parallel: the name of the state inside the sub-workflow that raised the mocked error. */
  errorCausedByState?: string;
  /** For Map: how many iterations failed (checked against the tolerated failure thresholds). */
  mapIterationFailureCount?: number;
  /** For Map with an ItemReader: the items the reader returned, as JSON text. */
  mapItemReaderData?: string;
}

export interface TestStateRequest {
  /** One state, or a whole machine together with `stateName`. JSON text. */
  definition: string;
  roleArn?: string;
  /** JSON text; default `{}`. */
  input?: string;
  /** Default INFO. */
  inspectionLevel?: InspectionLevel;
  revealSecrets?: boolean;
  /** JSON text of an object: workflow variables visible to the state. */
  variables?: string;
  /** The state to test when `definition` is a whole machine. */
  stateName?: string;
  mock?: MockInput;
  /** JSON text: overrides of the context object (only together with a mock). */
  context?: string;
  stateConfiguration?: TestStateConfiguration;
}

export interface InspectionDataRequest {
  protocol?: string;
  method?: string;
  url?: string;
  headers?: string;
  body?: string;
}

export interface InspectionDataResponse {
  protocol?: string;
  statusCode?: string;
  statusMessage?: string;
  headers?: string;
  body?: string;
}

export interface InspectionErrorDetails {
  catchIndex?: number;
  retryIndex?: number;
  retryBackoffIntervalSeconds?: number;
}

/** `inspectionData`: document fields are JSON text. Present at DEBUG and TRACE only. */
export interface InspectionData {
  input?: string;
  afterArguments?: string;
  afterInputPath?: string;
  afterParameters?: string;
  result?: string;
  afterResultSelector?: string;
  afterResultPath?: string;
  request?: InspectionDataRequest;
  response?: InspectionDataResponse;
  variables?: string;
  errorDetails?: InspectionErrorDetails;
  afterItemsPath?: string;
  afterItemSelector?: string;
  afterItemBatcher?: string;
  afterItemsPointer?: string;
  toleratedFailureCount?: number;
  toleratedFailurePercentage?: number;
  maxConcurrency?: number;
}

export interface TestStateResponse {
  status: TestExecutionStatus;
  /** JSON text. */
  output?: string;
  error?: string;
  cause?: string;
  nextState?: string;
  inspectionData?: InspectionData;
}

export type TestStateExceptionCode = 'InvalidDefinition' | 'InvalidExecutionInput' | 'ValidationException';

/** An API exception, as a value (never thrown). `message` is AWS's text. */
export interface TestStateException {
  code: TestStateExceptionCode;
  message: string;
}

/** A minimal `fetch` signature, so the package compiles without DOM or Node types. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal?: unknown },
) => Promise<{
  status: number;
  statusText: string;
  headers: { forEach(callback: (value: string, key: string) => void): void };
  text(): Promise<string>;
}>;

/** A local stand-in for an integration, used when a Task has no mock (keyed by Resource ARN). */
export type LocalTaskHandler = (request: TaskInvocation) => Promise<TaskOutcome>;

export interface TestStateOptions {
  /** Used for the HTTP Task (`arn:aws:states:::http:invoke`) when it is not mocked. Default: globalThis.fetch. */
  fetch?: FetchLike;
  /** Local handlers for non-mocked Tasks, by exact Resource ARN. */
  handlers?: Record<string, LocalTaskHandler>;
  /** The clock. Default: `() => new Date()`. */
  now?: () => Date;
  /** Deterministic randomness in [0,1) (jitter, `States.UUID` is separate). Default Math.random. */
  random?: () => number;
  /** UUID source for execution names, task tokens, `States.UUID`. */
  uuid?: () => string;
  /** Account and region used to build ARNs in the context object. Defaults 111111111111 / us-east-1. */
  accountId?: string;
  region?: string;
  /** Skip the checker's validation of the definition (default false). */
  skipValidation?: boolean;
  /** Abort an HTTP Task request after this many milliseconds (default 60000). */
  httpTimeoutMs?: number;
}

export function isTestStateException(value: TestStateResponse | TestStateException): value is TestStateException {
  return 'code' in value && typeof (value as TestStateException).code === 'string' && !('status' in value);
}
