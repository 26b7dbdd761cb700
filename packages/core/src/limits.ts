/**
 * Quotas and limits of AWS Step Functions, as named constants. Sources: the Step Functions API
 * reference (../shared/reference) and the developer guide's quotas page.
 */

/** ValidateStateMachineDefinition / CreateStateMachine: definition length in characters. */
export const MAX_DEFINITION_LENGTH = 1_048_576;
/** Input, output and result payloads: 256 KiB of UTF-8. */
export const MAX_PAYLOAD_BYTES = 262_144;
/** State names and state machine names. */
export const MAX_STATE_NAME_LENGTH = 80;
export const MAX_STATE_MACHINE_NAME_LENGTH = 80;
/** Map Label. */
export const MAX_MAP_LABEL_LENGTH = 40;
/** ValidateStateMachineDefinition maxResults default and maximum. */
export const DEFAULT_MAX_RESULTS = 100;
export const MAX_MAX_RESULTS = 100;
/** Execution history events of one standard execution. */
export const MAX_HISTORY_EVENTS = 25_000;
/** Express executions run at most 5 minutes. */
export const EXPRESS_MAX_DURATION_SECONDS = 300;
/** Standard executions run at most one year. */
export const STANDARD_MAX_DURATION_SECONDS = 31_536_000;
/**
 * JSON nesting depth: AWS parses definitions with Jackson, whose default StreamReadConstraints allow
 * 1,000 nested objects and arrays. core's JSON loader stops there too (deeper text is a syntax problem),
 * so nothing downstream walks a tree deeper than this.
 */
export const MAX_JSON_NESTING_DEPTH = 1_000;
/** Intrinsic functions: nesting depth. */
export const MAX_INTRINSIC_NESTING = 10;
/** States.ArrayRange: at most this many items. */
export const MAX_ARRAY_RANGE_ITEMS = 1_000;
/** States.Base64Encode/Decode and States.Hash: input length in characters. */
export const MAX_ENCODING_INPUT_LENGTH = 10_000;
/** Distributed Map: MaxConcurrency ceiling; inline Map iterations in flight at once in practice. */
export const MAX_DISTRIBUTED_MAP_CONCURRENCY = 10_000;
/** Map ItemBatcher: MaxInputBytesPerBatch ceiling (256 KiB). */
export const MAX_BATCH_INPUT_BYTES = 262_144;
/** Retry: MaxDelaySeconds must be below this. */
export const MAX_RETRY_DELAY_SECONDS = 31_622_400;
/** Task TimeoutSeconds / HeartbeatSeconds: positive integers no larger than 99999999. */
export const MAX_TIMEOUT_SECONDS = 99_999_999;
/** Execution and task names: 80 characters. */
export const MAX_EXECUTION_NAME_LENGTH = 80;
/** Task tokens: 1024 characters. */
export const MAX_TASK_TOKEN_LENGTH = 1_024;
/** Error and Cause strings reported by SendTaskFailure: 256 and 32768 characters. */
export const MAX_ERROR_LENGTH = 256;
export const MAX_CAUSE_LENGTH = 32_768;
