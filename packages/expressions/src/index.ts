/**
 * @aslkit/expressions — the one place where ASL expressions are parsed, checked and evaluated.
 *
 * - JSONPath with Jayway semantics (paths, reference paths, `$$` context, `$var` variables)
 * - InputPath / OutputPath / ResultPath application
 * - the 18 intrinsic functions (parser, static checks, evaluator, catalogue)
 * - payload templates (Parameters, ResultSelector, ItemSelector, Credentials, BatchInput `.$` keys)
 * - the JSONata bridge (jsonata 2.0.6 + AWS's functions, `$states`, bounded evaluation)
 *
 * Nothing here throws for bad input: failures are {@link ExprResult} values whose `error.message` is the
 * cause text AWS produces (without the "An error occurred while executing the state …" prefix, which the
 * executor adds). See API.md.
 */
export type {
  ExprErrorCode,
  ExprError,
  ExprResult,
  ExprFinding,
  EvalEnv,
  PathRoot,
  PathSelector,
  PathSegment,
  JsonPathAst,
  FilterOperator,
  FilterOperand,
  FilterExpression,
  ParsePathOptions,
  IntrinsicArg,
  IntrinsicCall,
  IntrinsicFunctionInfo,
  JsonataStates,
  JsonataEvalOptions,
  JsonataFunctionInfo,
  JsonataCheckOptions,
  TemplateFinding,
} from './types.js';

// JSONPath -----------------------------------------------------------------------------------------------
/** Parse a JSONPath (`mode: 'path'`) or a reference path (`mode: 'reference'`); syntax errors carry offsets. */
export { parseJsonPath, checkJsonPath } from './jsonpath/parse.js';
/**
 * Evaluate a path against the input (`$`), `env.context` (`$$`) or `env.variables` (`$name`).
 * Definite paths give the value or a States.Runtime error with Jayway's text (`No results for path: $['x']`,
 * `Missing property in path $['a']`); indefinite paths always give an array (`[]` when nothing matches).
 */
export { evaluatePath, formatJaywayPath } from './jsonpath/evaluate.js';
/** InputPath / OutputPath / ResultPath as the ASL data flow applies them. */
export { applyInputPath, applyOutputPath, applyResultPath } from './jsonpath/apply.js';

// Intrinsic functions ------------------------------------------------------------------------------------
export { parseIntrinsic, isIntrinsicCall } from './intrinsics/parse.js';
export { checkIntrinsic } from './intrinsics/check.js';
export { evaluateIntrinsic } from './intrinsics/evaluate.js';
export { INTRINSIC_FUNCTIONS, findIntrinsicFunction } from './intrinsics/catalogue.js';

// Payload templates --------------------------------------------------------------------------------------
export { evaluatePayloadTemplate } from './template/evaluate.js';
export { checkPayloadTemplate } from './template/check.js';

// JSONata ------------------------------------------------------------------------------------------------
export { parseJsonata, checkJsonata } from './jsonata/check.js';
export { evaluateJsonata, evaluateJsonataTemplate } from './jsonata/evaluate.js';
export { JSONATA_FUNCTIONS, findJsonataFunction } from './jsonata/catalogue.js';

// Helpers ------------------------------------------------------------------------------------------------
/** JSON text as AWS prints values inside causes (compact, no spaces). */
export { stringifyJson } from './json-text.js';
/** Pure-TypeScript digests used by States.Hash / $hash (hex output). */
export { hashText, type HashAlgorithm } from './hash/index.js';
