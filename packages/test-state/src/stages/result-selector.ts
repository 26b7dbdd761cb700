import type { JsonValue } from '@aslkit/core';
import { expr } from '../engine/expressions.js';
import type { Step } from '../engine/failure.js';
import type { RunContext } from '../engine/run-context.js';

/** JSONPath ResultSelector: a payload template over the raw result. */
export function applyResultSelectorStage(run: RunContext, result: JsonValue): Step<JsonValue> {
  const template = run.fields['ResultSelector'];
  const selected = template === undefined ? ({ ok: true, value: result } as const) : expr.template(template, result, run.evalEnv);
  if (selected.ok) run.stage('afterResultSelector', selected.value);
  return selected;
}
