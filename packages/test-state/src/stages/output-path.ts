import type { JsonValue } from '@aslkit/core';
import { expr } from '../engine/expressions.js';
import type { Step } from '../engine/failure.js';
import type { RunContext } from '../engine/run-context.js';

/** JSONPath OutputPath: select the state output (absent → all of it, null → {}). */
export function applyOutputPathStage(run: RunContext, output: JsonValue): Step<JsonValue> {
  const path = run.fields['OutputPath'] as string | null | undefined;
  return expr.outputPath(output, path, run.evalEnv);
}
