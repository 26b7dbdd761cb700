import { isJsonObject } from '@aslkit/core';
import type { JsonObject, JsonValue } from '@aslkit/core';
import type { EvalEnv, ExprError, ExprResult } from '../types.js';
import { evaluatePath } from '../jsonpath/evaluate.js';
import { evaluateIntrinsic } from '../intrinsics/evaluate.js';
import { isIntrinsicCall } from '../intrinsics/parse.js';
import { stringifyJson } from '../json-text.js';
import { setOwn } from '../util/set-own.js';

class TemplateFailure {
  constructor(readonly error: ExprError) {}
}

/**
 * Evaluate a payload template (Parameters, ResultSelector, ItemSelector, Credentials, BatchInput): keys
 * ending in `.$` take the value of a path (`$…`), context path (`$$…`), variable (`$name…`) or intrinsic
 * call, and lose the suffix; objects and arrays nest. Missing path → States.Runtime
 * `The JSONPath '$.x' specified for the field 'k.$' could not be found in the input '<input JSON>'`.
 */
export function evaluatePayloadTemplate(template: JsonValue, input: JsonValue, env: EvalEnv = {}): ExprResult<JsonValue> {
  try {
    return { ok: true, value: walk(template, input, env) };
  } catch (caught) {
    if (caught instanceof TemplateFailure) return { ok: false, error: caught.error };
    throw caught;
  }
}

function walk(value: JsonValue, input: JsonValue, env: EvalEnv): JsonValue {
  if (Array.isArray(value)) return value.map((item) => walk(item, input, env));
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value)) {
    const child = value[key] as JsonValue;
    if (key.endsWith('.$')) {
      setOwn(out, key.slice(0, -2), evaluateDynamic(key, child, input, env));
    } else {
      setOwn(out, key, walk(child, input, env));
    }
  }
  return out;
}

/** The value of one `key.$` field. */
export function evaluateDynamic(key: string, expression: JsonValue, input: JsonValue, env: EvalEnv): JsonValue {
  if (typeof expression !== 'string') {
    throw new TemplateFailure({
      code: 'States.Runtime',
      message: `The value of the field '${key}' must be a JSONPath or an intrinsic function, but was ${stringifyJson(expression)}`,
    });
  }
  if (isIntrinsicCall(expression)) {
    const result = evaluateIntrinsic(expression.trim(), input, env);
    if (!result.ok) throw new TemplateFailure(result.error);
    return result.value;
  }
  const result = evaluatePath(expression, input, env);
  if (!result.ok) {
    const message = result.error.message.startsWith('The variable')
      ? result.error.message
      : `The JSONPath '${expression}' specified for the field '${key}' could not be found in the input '${stringifyJson(input)}'`;
    throw new TemplateFailure({ code: 'States.Runtime', message });
  }
  return result.value;
}
