/**
 * The engine's only doorway to @aslkit/expressions. Every call is guarded: an expression library that
 * throws (a bug, or not implemented yet) becomes a States.Runtime failure, never a crash.
 */
import type { JsonValue } from '@aslkit/core';
import {
  applyInputPath,
  applyOutputPath,
  applyResultPath,
  evaluateJsonata,
  evaluateJsonataTemplate,
  evaluatePath,
  evaluatePayloadTemplate,
  type EvalEnv,
  type ExprResult,
  type JsonataEvalOptions,
  type JsonataStates,
} from '@aslkit/expressions';
import { describeThrown, type Step } from './failure.js';

function fromExpr<T>(result: ExprResult<T>): Step<T> {
  if (result.ok) return { ok: true, value: result.value };
  return { ok: false, failure: { error: result.error.code === 'SyntaxError' ? 'States.Runtime' : result.error.code, cause: result.error.message } };
}

function guard<T>(run: () => ExprResult<T>): Step<T> {
  try {
    return fromExpr(run());
  } catch (thrown) {
    return { ok: false, failure: { error: 'States.Runtime', cause: describeThrown(thrown) } };
  }
}

async function guardAsync<T>(run: () => Promise<ExprResult<T>>): Promise<Step<T>> {
  try {
    return fromExpr(await run());
  } catch (thrown) {
    return { ok: false, failure: { error: 'States.Runtime', cause: describeThrown(thrown) } };
  }
}

export const expr = {
  inputPath: (input: JsonValue, path: string | null | undefined, env: EvalEnv) => guard(() => applyInputPath(input, path, env)),
  outputPath: (output: JsonValue, path: string | null | undefined, env: EvalEnv) => guard(() => applyOutputPath(output, path, env)),
  resultPath: (input: JsonValue, result: JsonValue, path: string | null | undefined) => guard(() => applyResultPath(input, result, path)),
  path: (path: string, input: JsonValue, env: EvalEnv) => guard(() => evaluatePath(path, input, env)),
  template: (template: JsonValue, input: JsonValue, env: EvalEnv) => guard(() => evaluatePayloadTemplate(template, input, env)),
  jsonata: (expression: string, states: JsonataStates, env: EvalEnv, options?: JsonataEvalOptions) =>
    guardAsync(() => evaluateJsonata(expression, states, env, options)),
  jsonataTemplate: (value: JsonValue, states: JsonataStates, env: EvalEnv, options?: JsonataEvalOptions) =>
    guardAsync(() => evaluateJsonataTemplate(value, states, env, options)),
};
