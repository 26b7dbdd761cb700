import type { JsonObject, JsonValue } from '../json.js';

/**
 * The Amazon States Language, as TypeScript types. These describe *valid* definitions; code that
 * reads unvalidated input must still check shapes (the checker does).
 */
export const STATE_TYPES = ['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'] as const;
export type StateType = (typeof STATE_TYPES)[number];

export const QUERY_LANGUAGES = ['JSONPath', 'JSONata'] as const;
export type QueryLanguage = (typeof QUERY_LANGUAGES)[number];

export type StateMachineType = 'STANDARD' | 'EXPRESS';

/** `{% … %}` JSONata expression text, or a JSON value with such strings inside. */
export type JsonataTemplate = JsonValue;

export interface StateMachineDefinition {
  Comment?: string;
  StartAt: string;
  States: Record<string, StateDefinition>;
  TimeoutSeconds?: number;
  Version?: string;
  QueryLanguage?: QueryLanguage;
}

interface CommonFields {
  Type: StateType;
  Comment?: string;
  QueryLanguage?: QueryLanguage;
  /** JSONPath states */
  InputPath?: string | null;
  OutputPath?: string | null;
  /** JSONata states */
  Output?: JsonataTemplate;
  Assign?: JsonObject;
}

interface Transition {
  Next?: string;
  End?: boolean;
}

export interface Retrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
  JitterStrategy?: 'FULL' | 'NONE';
  Comment?: string;
}

export interface Catcher {
  ErrorEquals: string[];
  Next: string;
  ResultPath?: string | null;
  Output?: JsonataTemplate;
  Assign?: JsonObject;
  Comment?: string;
}

export interface PassState extends CommonFields, Transition {
  Type: 'Pass';
  Result?: JsonValue;
  ResultPath?: string | null;
  Parameters?: JsonValue;
}

export interface TaskState extends CommonFields, Transition {
  Type: 'Task';
  Resource: string;
  Parameters?: JsonValue;
  Arguments?: JsonataTemplate;
  ResultSelector?: JsonValue;
  ResultPath?: string | null;
  Retry?: Retrier[];
  Catch?: Catcher[];
  TimeoutSeconds?: number | string;
  TimeoutSecondsPath?: string;
  HeartbeatSeconds?: number | string;
  HeartbeatSecondsPath?: string;
  Credentials?: JsonObject;
}

export interface ChoiceRule {
  Variable?: string;
  Next?: string;
  And?: ChoiceRule[];
  Or?: ChoiceRule[];
  Not?: ChoiceRule;
  /** JSONata */
  Condition?: string | boolean;
  Output?: JsonataTemplate;
  Assign?: JsonObject;
  Comment?: string;
  [comparator: string]: JsonValue | ChoiceRule | ChoiceRule[] | undefined;
}

export interface ChoiceState extends CommonFields {
  Type: 'Choice';
  Choices: ChoiceRule[];
  Default?: string;
}

export interface WaitState extends CommonFields, Transition {
  Type: 'Wait';
  Seconds?: number | string;
  SecondsPath?: string;
  Timestamp?: string;
  TimestampPath?: string;
}

export interface SucceedState extends CommonFields {
  Type: 'Succeed';
}

export interface FailState {
  Type: 'Fail';
  Comment?: string;
  QueryLanguage?: QueryLanguage;
  Error?: string;
  ErrorPath?: string;
  Cause?: string;
  CausePath?: string;
}

export interface ParallelState extends CommonFields, Transition {
  Type: 'Parallel';
  Branches: SubMachine[];
  Parameters?: JsonValue;
  Arguments?: JsonataTemplate;
  ResultSelector?: JsonValue;
  ResultPath?: string | null;
  Retry?: Retrier[];
  Catch?: Catcher[];
}

/** A Parallel branch or a Map processor: a state machine without TimeoutSeconds/Version. */
export interface SubMachine {
  Comment?: string;
  StartAt: string;
  States: Record<string, StateDefinition>;
  QueryLanguage?: QueryLanguage;
}

export interface ItemProcessor extends SubMachine {
  ProcessorConfig?: { Mode?: 'INLINE' | 'DISTRIBUTED'; ExecutionType?: StateMachineType };
}

export interface ItemReader {
  Resource: string;
  Parameters?: JsonValue;
  Arguments?: JsonataTemplate;
  ReaderConfig?: {
    InputType?: 'CSV' | 'JSON' | 'JSONL' | 'MANIFEST' | 'PARQUET';
    CSVHeaderLocation?: 'FIRST_ROW' | 'GIVEN';
    CSVHeaders?: string[];
    CSVDelimiter?: 'COMMA' | 'PIPE' | 'SEMICOLON' | 'SPACE' | 'TAB';
    MaxItems?: number | string;
    MaxItemsPath?: string;
    ManifestType?: 'ATHENA_DATA' | 'S3_INVENTORY';
    Transformation?: 'NONE' | 'LOAD_AND_FLATTEN';
  };
}

export interface ItemBatcher {
  MaxItemsPerBatch?: number | string;
  MaxItemsPerBatchPath?: string;
  MaxInputBytesPerBatch?: number | string;
  MaxInputBytesPerBatchPath?: string;
  BatchInput?: JsonValue;
}

export interface ResultWriter {
  Resource?: string;
  Parameters?: JsonValue;
  Arguments?: JsonataTemplate;
  WriterConfig?: { OutputType?: 'JSON' | 'JSONL'; Transformation?: 'NONE' | 'COMPACT' | 'FLATTEN' };
}

export interface MapState extends CommonFields, Transition {
  Type: 'Map';
  ItemProcessor?: ItemProcessor;
  /** Legacy name of ItemProcessor (inline only). */
  Iterator?: SubMachine;
  ItemsPath?: string;
  Items?: JsonataTemplate;
  ItemSelector?: JsonValue;
  /** Legacy name of ItemSelector. */
  Parameters?: JsonValue;
  ItemReader?: ItemReader;
  ItemsPointer?: string;
  ItemBatcher?: ItemBatcher;
  ResultWriter?: ResultWriter;
  ResultSelector?: JsonValue;
  ResultPath?: string | null;
  MaxConcurrency?: number | string;
  MaxConcurrencyPath?: string;
  ToleratedFailureCount?: number | string;
  ToleratedFailureCountPath?: string;
  ToleratedFailurePercentage?: number | string;
  ToleratedFailurePercentagePath?: string;
  Label?: string;
  Retry?: Retrier[];
  Catch?: Catcher[];
}

export type StateDefinition = PassState | TaskState | ChoiceState | WaitState | SucceedState | FailState | ParallelState | MapState;

/** Field names that hold a state name (transitions). */
export const TRANSITION_FIELDS = ['Next', 'Default'] as const;

export function isStateType(value: unknown): value is StateType {
  return typeof value === 'string' && (STATE_TYPES as readonly string[]).includes(value);
}

export function isJsonataExpression(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('{%') && value.endsWith('%}') && value.length >= 4;
}

/** The expression text inside `{% … %}`. */
export function jsonataBody(expression: string): string {
  return expression.slice(2, -2);
}
