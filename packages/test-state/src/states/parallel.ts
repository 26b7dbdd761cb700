import type { JsonObject, JsonValue, ParallelState } from '@aslkit/core';
import { describeThrown, portFailure } from '../engine/failure.js';
import type { RunContext } from '../engine/run-context.js';
import type { BranchesOutcome } from '../engine/types.js';
import { applyArgumentsStage } from '../stages/arguments.js';
import { applyInputPathStage } from '../stages/input-path.js';
import { applyParametersStage } from '../stages/parameters.js';
import { failed, finishJsonata, finishJsonPath, nextOf, runtimeIsFatal, type StateResult } from './common.js';

/**
 * Parallel. The effective input (InputPath → Parameters, or Arguments) goes to every branch through
 * `ports.runParallel`; the array of branch outputs is the result (ResultSelector → ResultPath →
 * OutputPath, or Output/Assign).
 */
export async function runParallel(run: RunContext): Promise<StateResult> {
  const state = run.state as ParallelState;
  let input: JsonValue;
  if (run.language === 'JSONata') {
    const args = await applyArgumentsStage(run);
    if (!args.ok) return failed(args.failure);
    input = args.value;
  } else {
    const afterInputPath = applyInputPathStage(run, run.input);
    if (!afterInputPath.ok) return failed(runtimeIsFatal(afterInputPath.failure));
    const afterParameters = applyParametersStage(run, afterInputPath.value);
    if (!afterParameters.ok) return failed(runtimeIsFatal(afterParameters.failure));
    input = afterParameters.value;
  }
  let outcome: BranchesOutcome;
  try {
    const branches = (Array.isArray(state.Branches) ? state.Branches : []) as unknown as JsonObject[];
    outcome = await run.env.ports.runParallel({ stateName: run.stateName, branches, input });
  } catch (thrown) {
    outcome = { ok: false, error: 'States.Runtime', cause: describeThrown(thrown) };
  }
  if (!outcome.ok) return failed(portFailure(outcome.error, outcome.cause));
  run.stage('result', outcome.result);
  const finished = run.language === 'JSONata' ? await finishJsonata(run, outcome.result) : finishJsonPath(run, outcome.result);
  if (!finished.ok) return failed(run.language === 'JSONata' ? finished.failure : runtimeIsFatal(finished.failure));
  return { kind: 'done', ...finished.value, nextState: nextOf(run) };
}
