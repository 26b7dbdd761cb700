import type { JsonValue } from '@aslkit/core';
import { expr } from '../engine/expressions.js';
import type { Step } from '../engine/failure.js';
import type { RunContext } from '../engine/run-context.js';

/** JSONPath ResultPath: place the result into the raw input (absent → replace, null → discard). */
export function applyResultPathStage(run: RunContext, rawInput: JsonValue, result: JsonValue, resultPath?: string | null): Step<JsonValue> {
  const path = resultPath === undefined ? (run.fields['ResultPath'] as string | null | undefined) : resultPath;
  const placed = expr.resultPath(rawInput, result, path);
  if (placed.ok) run.stage('afterResultPath', placed.value);
  return placed;
}
