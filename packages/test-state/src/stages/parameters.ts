import type { JsonValue } from '@aslkit/core';
import { expr } from '../engine/expressions.js';
import type { Step } from '../engine/failure.js';
import type { RunContext } from '../engine/run-context.js';

/** JSONPath Parameters (or a Map's ItemSelector): a payload template over the effective input. */
export function applyParametersStage(run: RunContext, input: JsonValue, field: 'Parameters' = 'Parameters'): Step<JsonValue> {
  const template = run.fields[field];
  if (template === undefined) {
    run.stage('afterParameters', input);
    return { ok: true, value: input };
  }
  const result = expr.template(template, input, run.evalEnv);
  if (result.ok) run.stage('afterParameters', result.value);
  return result;
}
