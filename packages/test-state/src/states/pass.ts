import type { RunContext } from '../engine/run-context.js';
import { applyInputPathStage } from '../stages/input-path.js';
import { applyParametersStage } from '../stages/parameters.js';
import { failed, finishJsonata, finishJsonPath, nextOf, runtimeIsFatal, type StateResult } from './common.js';

/**
 * Pass. JSONPath: InputPath → Parameters (or the static Result) → ResultPath → OutputPath.
 * JSONata: Output and Assign over the input.
 */
export function runPass(run: RunContext): StateResult | Promise<StateResult> {
  return run.language === 'JSONata' ? runPassJsonata(run) : runPassJsonPath(run);
}

async function runPassJsonata(run: RunContext): Promise<StateResult> {
  const finished = await finishJsonata(run, undefined);
  if (!finished.ok) return failed(finished.failure);
  return { kind: 'done', ...finished.value, nextState: nextOf(run) };
}

function runPassJsonPath(run: RunContext): StateResult {
  let result;
  if (run.fields['Result'] !== undefined) {
    result = run.fields['Result'];
    run.stage('result', result);
  } else {
    const effective = applyInputPathStage(run, run.input);
    if (!effective.ok) return failed(runtimeIsFatal(effective.failure));
    const parameters = applyParametersStage(run, effective.value);
    if (!parameters.ok) return failed(runtimeIsFatal(parameters.failure));
    result = parameters.value;
  }
  const finished = finishJsonPath(run, result, { resultSelector: false });
  if (!finished.ok) return failed(runtimeIsFatal(finished.failure));
  return { kind: 'done', ...finished.value, nextState: nextOf(run) };
}
