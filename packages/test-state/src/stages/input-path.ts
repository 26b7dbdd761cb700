import type { JsonValue } from '@aslkit/core';
import { expr } from '../engine/expressions.js';
import type { Step } from '../engine/failure.js';
import type { RunContext } from '../engine/run-context.js';

/** JSONPath InputPath: select the effective input (absent → all of it, null → {}). */
export function applyInputPathStage(run: RunContext, input: JsonValue): Step<JsonValue> {
  const path = run.fields['InputPath'] as string | null | undefined;
  const result = expr.inputPath(input, path, run.evalEnv);
  if (result.ok) run.stage('afterInputPath', result.value);
  return result;
}
