import type { RunContext } from '../engine/run-context.js';
import { applyInputPathStage } from '../stages/input-path.js';
import { applyOutputPathStage } from '../stages/output-path.js';
import { failed, finishJsonata, runtimeIsFatal, type StateResult } from './common.js';

/** Succeed. JSONPath: InputPath → OutputPath. JSONata: Output (Assign is not allowed). */
export async function runSucceed(run: RunContext): Promise<StateResult> {
  if (run.language === 'JSONata') {
    const finished = await finishJsonata(run, undefined);
    if (!finished.ok) return failed(finished.failure);
    return { kind: 'done', output: finished.value.output, assigned: {} };
  }
  const effective = applyInputPathStage(run, run.input);
  if (!effective.ok) return failed(runtimeIsFatal(effective.failure));
  const output = applyOutputPathStage(run, effective.value);
  if (!output.ok) return failed(runtimeIsFatal(output.failure));
  return { kind: 'done', output: output.value, assigned: {} };
}
