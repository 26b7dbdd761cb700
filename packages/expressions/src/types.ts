import type { JsonValue } from '@aslkit/core';

/**
 * Error codes carried by {@link ExprError}. The `States.*` codes are the ASL error names a failing state
 * reports at run time; `SyntaxError` is a parse failure of the expression text itself (checker only).
 */
export type ExprErrorCode =
  | 'States.Runtime'
  | 'States.QueryEvaluationError'
  | 'States.IntrinsicFailure'
  | 'States.ParameterPathFailure'
  | 'States.ResultPathMatchFailure'
  | 'SyntaxError';

/** An expression failure as a value. `message` is the cause text AWS produces (without the state prefix). */
export interface ExprError {
  code: ExprErrorCode;
  /** Exactly the cause text AWS produces, e.g. `No results for path: $['x']`. */
  message: string;
  /** Offset (UTF-16 code units) into the expression text where the problem starts, when known. */
  offset?: number;
  /** Length of the offending span, when known. */
  length?: number;
}

/** Result of anything that can fail: never throws. */
export type ExprResult<T> = { ok: true; value: T } | { ok: false; error: ExprError };

/** A static finding on an expression (checker/analyzer): offsets are relative to the expression text. */
export interface ExprFinding {
  /** Stable id, e.g. `jsonpath.syntax`, `intrinsic.arity`, `jsonata.unknownFunction` (see API.md). */
  code: string;
  severity: 'error' | 'warning';
  message: string;
  offset: number;
  length: number;
}

/** The evaluation environment: everything outside the state's input that an expression may read. */
export interface EvalEnv {
  /** The context object, read by `$$` paths (and `$states.context` in JSONata when not given there). */
  context?: JsonValue;
  /** Workflow variables, read by `$name` paths and JSONata `$name`. */
  variables?: Readonly<Record<string, JsonValue>>;
  /** Uniform random in [0, 1): States.MathRandom without seed, JSONata `$random()`. Default Math.random. */
  random?: () => number;
  /** A random UUID v4 string: States.UUID, JSONata `$uuid()`. Default: built from `random`. */
  uuid?: () => string;
  /** Current time in epoch milliseconds: JSONata `$now()`/`$millis()`. Default Date.now. */
  now?: () => number;
  /** JSONata bounds: wall time (ms, default 10,000) and evaluation depth (default 500). */
  jsonataLimits?: { timeoutMs?: number; maxDepth?: number };
}

// ---------------------------------------------------------------------------------------------------------
// JSONPath AST
// ---------------------------------------------------------------------------------------------------------

/** What a path starts from: the state input (`$`), the context object (`$$`) or a variable (`$name`). */
export type PathRoot = { kind: 'input' } | { kind: 'context' } | { kind: 'variable'; name: string };

export type PathSelector =
  | { kind: 'name'; names: string[] } // .a  ['a']  ['a','b']
  | { kind: 'index'; indexes: number[] } // [0]  [-1]  [0,2]
  | { kind: 'slice'; start: number | null; end: number | null; step: number | null } // [1:3]
  | { kind: 'wildcard' } // .*  [*]
  | { kind: 'filter'; expression: FilterExpression } // [?(...)]
  /** A Jayway path function (`.length()`): accepted by AWS's parser, but it never yields a value. */
  | { kind: 'function'; name: string };

/** One step of a path; `deep` is true after `..` (deep scan). Offsets are into the path text. */
export interface PathSegment {
  deep: boolean;
  selector: PathSelector;
  offset: number;
  length: number;
}

export interface JsonPathAst {
  text: string;
  root: PathRoot;
  segments: PathSegment[];
  /** Jayway's notion: no wildcard, deep scan, slice, filter, or multi-name/multi-index union. */
  definite: boolean;
}

export type FilterOperator =
  | '==' | '!=' | '<' | '<=' | '>' | '>=' | '=~'
  | 'in' | 'nin' | 'subsetof' | 'anyof' | 'noneof' | 'size' | 'empty';

export type FilterOperand =
  | { kind: 'literal'; value: JsonValue }
  | { kind: 'regex'; source: string; flags: string }
  /** `@...` (relative: true) or `$...` (relative: false). */
  | { kind: 'path'; relative: boolean; path: JsonPathAst };

export type FilterExpression =
  | { kind: 'or' | 'and'; left: FilterExpression; right: FilterExpression }
  | { kind: 'not'; operand: FilterExpression }
  | { kind: 'compare'; operator: FilterOperator; left: FilterOperand; right: FilterOperand }
  /** A bare operand: true when a path exists (Jayway) / the literal is truthy. */
  | { kind: 'exists'; operand: FilterOperand };

export interface ParsePathOptions {
  /** `path`: full Jayway syntax. `reference`: only names and single indexes (ResultPath, ItemsPath…). */
  mode: 'path' | 'reference';
  /** Accept `$$` roots (default true). */
  allowContext?: boolean;
  /** Accept `$name` variable roots (default true). */
  allowVariables?: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Intrinsic functions AST
// ---------------------------------------------------------------------------------------------------------

export type IntrinsicArg =
  | IntrinsicCall
  /** `raw`: the text between the quotes, escapes kept (States.Format needs `\{` vs `{`). */
  | { kind: 'string'; value: string; raw: string; offset: number; length: number }
  | { kind: 'number'; value: number; raw: string; offset: number; length: number }
  | { kind: 'boolean'; value: boolean; offset: number; length: number }
  | { kind: 'null'; offset: number; length: number }
  | { kind: 'path'; path: JsonPathAst; offset: number; length: number };

export interface IntrinsicCall {
  kind: 'call';
  /** Full name, e.g. `States.Format`. */
  name: string;
  args: IntrinsicArg[];
  offset: number;
  length: number;
}

/** Catalogue entry of an intrinsic function, for editors and static checks. */
export interface IntrinsicFunctionInfo {
  name: string;
  /** e.g. `States.ArrayRange(first: number, last: number, step: number): array` */
  signature: string;
  description: string;
  minArgs: number;
  /** `null` for variadic. */
  maxArgs: number | null;
  /** Expected JSON type of each positional argument (`any` when unconstrained); the last repeats for variadic. */
  argTypes: ReadonlyArray<'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'any'>;
}

// ---------------------------------------------------------------------------------------------------------
// JSONata
// ---------------------------------------------------------------------------------------------------------

/** What `$states` holds during a JSONata evaluation. */
export interface JsonataStates {
  input: JsonValue;
  /** Task/Map/Parallel result: available in Output/Assign of those states. */
  result?: JsonValue;
  /** Error output: available in a Catcher's Output/Assign. */
  errorOutput?: JsonValue;
  /** The context object; falls back to `env.context`. */
  context?: JsonValue;
}

export interface JsonataEvalOptions {
  /** The field named in AWS's causes, e.g. `Output`, `Arguments/FunctionName`, `Items`. Default `Output`. */
  field?: string;
  /** Result type demanded by the field (e.g. `array` for Items); mismatch → States.QueryEvaluationError. */
  expect?: 'array' | 'object' | 'string' | 'number' | 'integer' | 'boolean';
}

/** Catalogue entry of a JSONata function (built-in of 2.0.6 or added by AWS). */
export interface JsonataFunctionInfo {
  /** With the dollar, e.g. `$sum`. */
  name: string;
  signature: string;
  description: string;
  minArgs: number;
  maxArgs: number | null;
  /** True for AWS's additions ($partition, $range, $hash, $random, $uuid, $parse). */
  aws: boolean;
}

/** JSONata options of the static checker. */
export interface JsonataCheckOptions {
  /** `$states.result` is readable here (Output/Assign of Task, Map, Parallel). Default false. */
  allowResult?: boolean;
  /** `$states.errorOutput` is readable here (Catcher Output/Assign). Default false. */
  allowErrorOutput?: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Payload templates
// ---------------------------------------------------------------------------------------------------------

/** A static finding inside a payload template, located by JSON path relative to the template. */
export interface TemplateFinding extends ExprFinding {
  /** Path of the offending key/value inside the template, e.g. `['a', 'b.$']`. */
  path: (string | number)[];
}
