import type { QueryLanguage, StateType } from '@aslkit/core';

/** Where a field may appear. */
export type FieldContext = StateType | 'Machine' | 'Retrier' | 'Catcher' | 'ChoiceRule';

/** One field of the language, described in our own words. */
export interface FieldDoc {
  name: string;
  /** The contexts the field belongs to. */
  in: readonly FieldContext[];
  /** Restricted to one query language (absent: both). */
  only?: QueryLanguage;
  /** Markdown summary shown in hovers and completion details. */
  doc: string;
  /** Allowed literal values, offered as completions. */
  values?: readonly string[];
  /** Required in these contexts. */
  required?: readonly FieldContext[];
  /** Kept for compatibility; a newer field replaces it. */
  deprecated?: string;
  /** The JSON shape the field takes, for snippets: string, number, boolean, object, array. */
  shape: 'string' | 'number' | 'boolean' | 'object' | 'array';
}

const ALL_STATES: readonly StateType[] = ['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'];
const FLOWING: readonly StateType[] = ['Pass', 'Task', 'Wait', 'Parallel', 'Map'];
const WORKING: readonly StateType[] = ['Task', 'Parallel', 'Map'];

/** The field table, per state type and query language. */
export const FIELDS: readonly FieldDoc[] = [
  // Machine (and sub-machine) level
  { name: 'StartAt', in: ['Machine'], required: ['Machine'], shape: 'string', doc: 'Name of the state the machine (or branch/processor) runs first. Must name a state of this `States` object.' },
  { name: 'States', in: ['Machine'], required: ['Machine'], shape: 'object', doc: 'The states of this machine (or branch/processor), keyed by name. Names are at most 80 characters and unique within the scope.' },
  { name: 'Version', in: ['Machine'], shape: 'string', values: ['1.0'], doc: 'The ASL version of the definition; `1.0` is the only one.' },
  { name: 'ProcessorConfig', in: ['Machine'], shape: 'object', doc: 'In a Map `ItemProcessor`: `Mode` (`INLINE` or `DISTRIBUTED`) and, for distributed maps, `ExecutionType` (`STANDARD` or `EXPRESS`).' },

  // Common to states
  { name: 'Type', in: ALL_STATES, required: ALL_STATES, shape: 'string', values: ALL_STATES, doc: 'The kind of state: `Pass`, `Task`, `Choice`, `Wait`, `Succeed`, `Fail`, `Parallel` or `Map`.' },
  { name: 'Comment', in: [...ALL_STATES, 'Machine', 'Catcher', 'Retrier', 'ChoiceRule'], shape: 'string', doc: 'Free text for humans; ignored when the machine runs.' },
  { name: 'QueryLanguage', in: [...ALL_STATES, 'Machine'], shape: 'string', values: ['JSONPath', 'JSONata'], doc: 'The query language of this state (or, at the top, the default of every state): `JSONPath` (the default) or `JSONata`. A state may switch to JSONata when the machine uses JSONPath, not the other way round.' },
  { name: 'TimeoutSeconds', in: ['Machine', 'Task'], shape: 'number', doc: 'Maximum run time in seconds. On a Task, a positive integer (JSONata: also an expression); exceeding it raises `States.Timeout`. At the top, the limit of the whole execution.' },

  // Transitions
  { name: 'Next', in: [...FLOWING, 'Catcher', 'ChoiceRule'], shape: 'string', doc: 'The name of the state to run next. Must be a state of the same scope.' },
  { name: 'End', in: FLOWING, shape: 'boolean', values: ['true'], doc: '`true` makes this state the last of its scope. A state has either `Next` or `End`.' },

  // JSONPath data flow
  { name: 'InputPath', in: ['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Parallel', 'Map'], only: 'JSONPath', shape: 'string', doc: 'A path selecting the part of the state input to work on; `null` passes `{}`. Default `$`.' },
  { name: 'OutputPath', in: ['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Parallel', 'Map'], only: 'JSONPath', shape: 'string', doc: 'A path selecting the part of the result (after ResultPath) that becomes the state output; `null` sends `{}`. Default `$`.' },
  { name: 'Parameters', in: ['Pass', 'Task', 'Parallel', 'Map'], only: 'JSONPath', shape: 'object', doc: 'A payload template built from the effective input: keys ending in `.$` take a path or intrinsic function. On Map, each item\'s input (prefer `ItemSelector`).' },
  { name: 'ResultSelector', in: WORKING, only: 'JSONPath', shape: 'object', doc: 'A payload template applied to the raw result before `ResultPath`, to keep only what matters.' },
  { name: 'ResultPath', in: ['Pass', 'Task', 'Parallel', 'Map', 'Catcher'], only: 'JSONPath', shape: 'string', doc: 'A reference path saying where the result goes in the state input; `null` discards the result and keeps the input. Default `$` (the result replaces the input).' },
  { name: 'Result', in: ['Pass'], only: 'JSONPath', shape: 'object', doc: 'A fixed value the Pass state outputs (placed by `ResultPath`). Paths in it are not evaluated.' },

  // JSONata data flow
  { name: 'Arguments', in: ['Task', 'Parallel', 'Map'], only: 'JSONata', shape: 'object', doc: 'The task\'s (or branches\') input: a JSON value where strings `{% … %}` are JSONata expressions over `$states.input` and variables.' },
  { name: 'Output', in: ['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Parallel', 'Map', 'Catcher', 'ChoiceRule'], only: 'JSONata', shape: 'object', doc: 'The state output: a JSON value or `{% … %}` expression over `$states.input`, `$states.result` and variables. Default: the result (or the input where there is none).' },
  { name: 'Assign', in: ['Pass', 'Task', 'Choice', 'Wait', 'Parallel', 'Map', 'Catcher', 'ChoiceRule'], shape: 'object', doc: 'Variables to set, keyed by name. Values are evaluated against the state input and result; the new values are visible from the next state on.' },

  // Task
  { name: 'Resource', in: ['Task'], required: ['Task'], shape: 'string', doc: 'What the task runs: an activity or Lambda ARN, or a service integration `arn:aws:states:::service:action` with an optional `.sync`, `.sync:2` or `.waitForTaskToken` suffix.' },
  { name: 'TimeoutSecondsPath', in: ['Task'], only: 'JSONPath', shape: 'string', doc: 'A reference path to the timeout in seconds, read from the input. Exclusive with `TimeoutSeconds`.' },
  { name: 'HeartbeatSeconds', in: ['Task'], shape: 'number', doc: 'Maximum seconds between heartbeats of an activity or callback task; must be below `TimeoutSeconds`. Exceeding it raises `States.HeartbeatTimeout`.' },
  { name: 'HeartbeatSecondsPath', in: ['Task'], only: 'JSONPath', shape: 'string', doc: 'A reference path to the heartbeat interval, read from the input. Exclusive with `HeartbeatSeconds`.' },
  { name: 'Credentials', in: ['Task'], shape: 'object', doc: 'A role to assume for this task: `RoleArn` (or `RoleArn.$` in JSONPath).' },
  { name: 'Retry', in: WORKING, shape: 'array', doc: 'Retriers tried in order when the state fails: each has `ErrorEquals` and optional `IntervalSeconds`, `MaxAttempts`, `BackoffRate`, `MaxDelaySeconds`, `JitterStrategy`.' },
  { name: 'Catch', in: WORKING, shape: 'array', doc: 'Catchers tried in order after retries are exhausted: each has `ErrorEquals`, `Next` and optionally `ResultPath` (JSONPath) or `Output` (JSONata) and `Assign`.' },

  // Choice
  { name: 'Choices', in: ['Choice'], required: ['Choice'], shape: 'array', doc: 'Rules checked in order; the first that matches decides the `Next` state. JSONata rules use `Condition`; JSONPath rules compare a `Variable`.' },
  { name: 'Default', in: ['Choice'], shape: 'string', doc: 'The state to run when no rule matches. Without it, no match fails with `States.NoChoiceMatched`.' },

  // Wait
  { name: 'Seconds', in: ['Wait'], shape: 'number', doc: 'Seconds to wait (JSONata: also an expression). Exactly one of `Seconds`, `Timestamp`, `SecondsPath`, `TimestampPath`.' },
  { name: 'Timestamp', in: ['Wait'], shape: 'string', doc: 'Wait until this RFC 3339 time, such as `2026-01-01T00:00:00Z` (JSONata: also an expression).' },
  { name: 'SecondsPath', in: ['Wait'], only: 'JSONPath', shape: 'string', doc: 'A reference path to the number of seconds to wait, read from the input.' },
  { name: 'TimestampPath', in: ['Wait'], only: 'JSONPath', shape: 'string', doc: 'A reference path to the timestamp to wait until, read from the input.' },

  // Fail
  { name: 'Error', in: ['Fail'], shape: 'string', doc: 'The error name the execution fails with (JSONata: also an expression).' },
  { name: 'Cause', in: ['Fail'], shape: 'string', doc: 'A human-readable cause of the failure (JSONata: also an expression).' },
  { name: 'ErrorPath', in: ['Fail'], only: 'JSONPath', shape: 'string', doc: 'A reference path or intrinsic function giving the error name at run time. Exclusive with `Error`.' },
  { name: 'CausePath', in: ['Fail'], only: 'JSONPath', shape: 'string', doc: 'A reference path or intrinsic function giving the cause at run time. Exclusive with `Cause`.' },

  // Parallel
  { name: 'Branches', in: ['Parallel'], required: ['Parallel'], shape: 'array', doc: 'Sub-machines run at the same time, each with its own `StartAt` and `States`. The output is the array of branch outputs, in order.' },

  // Map
  { name: 'ItemProcessor', in: ['Map'], shape: 'object', doc: 'The sub-machine run for each item: `StartAt`, `States` and `ProcessorConfig` (`Mode` INLINE or DISTRIBUTED).' },
  { name: 'Iterator', in: ['Map'], shape: 'object', deprecated: 'ItemProcessor', doc: 'The older name of `ItemProcessor` (inline mode only).' },
  { name: 'ItemsPath', in: ['Map'], only: 'JSONPath', shape: 'string', doc: 'A reference path to the array to iterate over in the input. Default `$`.' },
  { name: 'Items', in: ['Map'], only: 'JSONata', shape: 'string', doc: 'The array to iterate over: a JSON array or a `{% … %}` expression. Default `$states.input`.' },
  { name: 'ItemSelector', in: ['Map'], shape: 'object', doc: 'Builds each item\'s input; `$$.Map.Item.Value` (JSONPath) or `$states.context.Map.Item.Value` (JSONata) is the current item.' },
  { name: 'MaxConcurrency', in: ['Map'], shape: 'number', doc: 'Upper bound on iterations running at once; `0` means no bound.' },
  { name: 'MaxConcurrencyPath', in: ['Map'], only: 'JSONPath', shape: 'string', doc: 'A reference path to the concurrency bound, read from the input.' },
  { name: 'ItemReader', in: ['Map'], shape: 'object', doc: 'Distributed mode: read items from S3 (a JSON/CSV object, a manifest, or a bucket listing) with `Resource`, `Parameters`/`Arguments` and `ReaderConfig`.' },
  { name: 'ItemBatcher', in: ['Map'], shape: 'object', doc: 'Distributed mode: group items into batches (`MaxItemsPerBatch`, `MaxInputBytesPerBatch`, `BatchInput`).' },
  { name: 'ResultWriter', in: ['Map'], shape: 'object', doc: 'Distributed mode: write the results to S3 instead of returning them.' },
  { name: 'ToleratedFailurePercentage', in: ['Map'], shape: 'number', doc: 'Distributed mode: the share of failed items (0–100) the map tolerates before failing.' },
  { name: 'ToleratedFailurePercentagePath', in: ['Map'], only: 'JSONPath', shape: 'string', doc: 'A reference path to the tolerated failure percentage.' },
  { name: 'ToleratedFailureCount', in: ['Map'], shape: 'number', doc: 'Distributed mode: the number of failed items the map tolerates before failing.' },
  { name: 'ToleratedFailureCountPath', in: ['Map'], only: 'JSONPath', shape: 'string', doc: 'A reference path to the tolerated failure count.' },
  { name: 'Label', in: ['Map'], shape: 'string', doc: 'Distributed mode: a label (up to 40 characters) naming the child executions.' },

  // Retrier and catcher
  { name: 'ErrorEquals', in: ['Retrier', 'Catcher'], required: ['Retrier', 'Catcher'], shape: 'array', doc: 'The error names this retrier or catcher handles; `States.ALL` (alone and last) matches any error.' },
  { name: 'IntervalSeconds', in: ['Retrier'], shape: 'number', doc: 'Seconds before the first retry. Default 1.' },
  { name: 'MaxAttempts', in: ['Retrier'], shape: 'number', doc: 'Most retries; `0` never retries. Default 3.' },
  { name: 'BackoffRate', in: ['Retrier'], shape: 'number', doc: 'Factor (at least 1.0) multiplying the interval after each attempt. Default 2.0.' },
  { name: 'MaxDelaySeconds', in: ['Retrier'], shape: 'number', doc: 'Upper bound on the interval between retries.' },
  { name: 'JitterStrategy', in: ['Retrier'], shape: 'string', values: ['FULL', 'NONE'], doc: '`FULL` randomises each interval between 0 and its computed value; `NONE` (default) does not.' },

  // Choice rules
  { name: 'Condition', in: ['ChoiceRule'], only: 'JSONata', shape: 'string', doc: 'A `{% … %}` JSONata expression; the rule matches when it yields `true`.' },
  { name: 'Variable', in: ['ChoiceRule'], only: 'JSONPath', shape: 'string', doc: 'A path to the value the rule\'s comparison operator tests.' },
  { name: 'And', in: ['ChoiceRule'], only: 'JSONPath', shape: 'array', doc: 'Matches when every nested rule matches.' },
  { name: 'Or', in: ['ChoiceRule'], only: 'JSONPath', shape: 'array', doc: 'Matches when any nested rule matches.' },
  { name: 'Not', in: ['ChoiceRule'], only: 'JSONPath', shape: 'object', doc: 'Matches when the nested rule does not.' },
];

const COMPARISON_KINDS = ['String', 'Numeric', 'Timestamp'] as const;
const COMPARISONS = ['Equals', 'LessThan', 'GreaterThan', 'LessThanEquals', 'GreaterThanEquals'] as const;

/** JSONPath Choice comparison operators, each with its `…Path` form. */
export const CHOICE_OPERATORS: readonly FieldDoc[] = [
  ...COMPARISON_KINDS.flatMap((kind) =>
    COMPARISONS.flatMap((comparison): FieldDoc[] => [
      { name: `${kind}${comparison}`, in: ['ChoiceRule'], only: 'JSONPath', shape: kind === 'Numeric' ? 'number' : 'string', doc: `Compares the \`Variable\` (a ${kind.toLowerCase()}) with a literal: ${comparison.replace(/([A-Z])/g, ' $1').trim().toLowerCase()}.` },
      { name: `${kind}${comparison}Path`, in: ['ChoiceRule'], only: 'JSONPath', shape: 'string', doc: `Like \`${kind}${comparison}\`, comparing with the value at a path of the input.` },
    ]),
  ),
  { name: 'BooleanEquals', in: ['ChoiceRule'], only: 'JSONPath', shape: 'boolean', doc: 'Compares the boolean `Variable` with a literal.' },
  { name: 'BooleanEqualsPath', in: ['ChoiceRule'], only: 'JSONPath', shape: 'string', doc: 'Compares the boolean `Variable` with the value at a path.' },
  { name: 'StringMatches', in: ['ChoiceRule'], only: 'JSONPath', shape: 'string', doc: 'Matches the string `Variable` against a pattern where `*` is any run of characters (`\\*` a literal star).' },
  ...['IsNull', 'IsPresent', 'IsNumeric', 'IsString', 'IsBoolean', 'IsTimestamp'].map((name): FieldDoc => ({
    name,
    in: ['ChoiceRule'],
    only: 'JSONPath',
    shape: 'boolean',
    doc: `\`true\` matches when the \`Variable\` ${name === 'IsPresent' ? 'exists in the input' : `is ${name.slice(2).toLowerCase() === 'null' ? 'null' : 'a ' + name.slice(2).toLowerCase()}`}; \`false\` when not.`,
  })),
];

const BY_NAME = new Map<string, FieldDoc[]>();
for (const field of [...FIELDS, ...CHOICE_OPERATORS]) {
  const list = BY_NAME.get(field.name) ?? [];
  list.push(field);
  BY_NAME.set(field.name, list);
}

/** The fields valid in a context for a query language. */
export function fieldsFor(context: FieldContext, language: QueryLanguage): FieldDoc[] {
  const fields = context === 'ChoiceRule' ? [...FIELDS, ...CHOICE_OPERATORS] : FIELDS;
  return fields.filter((field) => field.in.includes(context) && (!field.only || field.only === language));
}

/** The doc of a field in a context (the `.$` suffix of JSONPath templates is ignored by callers). */
export function fieldDoc(name: string, context?: FieldContext): FieldDoc | undefined {
  const list = BY_NAME.get(name);
  if (!list) return undefined;
  return (context && list.find((field) => field.in.includes(context))) || list[0];
}

/** Summaries of the state types, for hovers on `Type` values and snippets. */
export const STATE_TYPE_DOCS: Record<StateType, string> = {
  Pass: 'Passes its input to its output, optionally adding a fixed `Result` (JSONPath) or computed `Output` (JSONata). Handy for shaping data and stubbing.',
  Task: 'Runs one unit of work named by `Resource`: a Lambda function, an activity, or an AWS service integration; supports `Retry` and `Catch`.',
  Choice: 'Branches: the first of its `Choices` that matches picks the next state, else `Default`. Has no `Next` or `End` of its own.',
  Wait: 'Pauses for `Seconds` or until a `Timestamp` (or their path forms), then continues.',
  Succeed: 'Stops this scope successfully; the input becomes the output. Terminal: no `Next`.',
  Fail: 'Stops the execution with an `Error` and a `Cause`. Terminal: no `Next`, no output.',
  Parallel: 'Runs each of its `Branches` at the same time with the same input; the output is the array of branch outputs.',
  Map: 'Runs its `ItemProcessor` once per item of an array (inline) or of a dataset read from S3 (distributed).',
};
