import type { JsonObject, JsonValue } from '@aslkit/core';
import { expr } from '../engine/expressions.js';
import { describeThrown, portFailure, type Step } from '../engine/failure.js';
import { checkIntegrationParameters } from '../engine/integration-parameters.js';
import { parseResource, resultOwnerName } from '../engine/resource.js';
import type { RunContext } from '../engine/run-context.js';
import type { TaskInvocation, TaskOutcome } from '../engine/types.js';
import { applyArgumentsStage } from '../stages/arguments.js';
import { applyInputPathStage } from '../stages/input-path.js';
import { evaluateJsonataField } from '../stages/jsonata-field.js';
import { applyParametersStage } from '../stages/parameters.js';
import { checkPayloadLimit } from '../stages/payload-limit.js';
import { failed, finishJsonata, finishJsonPath, nextOf, runtimeIsFatal, type StateResult } from './common.js';

async function numberField(run: RunContext, name: 'TimeoutSeconds' | 'HeartbeatSeconds', input: JsonValue): Promise<Step<number | undefined>> {
  const value = run.fields[name];
  if (typeof value === 'number') return { ok: true, value };
  if (typeof value === 'string' && run.language === 'JSONata') {
    const evaluated = await evaluateJsonataField(run, value, name, run.states(), { expect: 'integer' });
    if (!evaluated.ok) return evaluated;
    return { ok: true, value: evaluated.value as number };
  }
  const path = run.fields[`${name}Path`];
  if (typeof path === 'string') {
    const evaluated = expr.path(path, input, run.evalEnv);
    if (!evaluated.ok) return { ok: false, failure: { ...evaluated.failure, cause: `Invalid path '${path}' : ${evaluated.failure.cause.replace(/^Invalid path '[^']*' : /, '')}` } };
    if (typeof evaluated.value !== 'number' || !Number.isInteger(evaluated.value) || evaluated.value < 1) {
      return { ok: false, failure: { error: 'States.Runtime', cause: `The ${name}Path field refers to value "${typeof evaluated.value === 'string' ? evaluated.value : JSON.stringify(evaluated.value)}" which is not a valid integer: ${path}` } };
    }
    return { ok: true, value: evaluated.value };
  }
  return { ok: true, value: undefined };
}

function withTaskToken(run: RunContext, token: string): void {
  const context = run.evalEnv.context;
  const base: JsonObject = context !== null && typeof context === 'object' && !Array.isArray(context) ? context : {};
  const task = base['Task'];
  if (task !== null && typeof task === 'object' && !Array.isArray(task) && typeof task['Token'] === 'string') return;
  run.evalEnv.context = { ...base, Task: { Token: token } };
}

function existingToken(run: RunContext): string | undefined {
  const context = run.evalEnv.context;
  if (context === null || typeof context !== 'object' || Array.isArray(context)) return undefined;
  const task = context['Task'];
  if (task === null || typeof task !== 'object' || Array.isArray(task)) return undefined;
  return typeof task['Token'] === 'string' ? task['Token'] : undefined;
}

async function invoke(run: RunContext, invocation: TaskInvocation): Promise<TaskOutcome> {
  run.trace({ kind: 'taskScheduled', invocation });
  try {
    return await run.env.ports.invokeTask(invocation);
  } catch (thrown) {
    return { ok: false, error: 'States.TaskFailed', cause: describeThrown(thrown) };
  }
}

/**
 * Task. JSONPath: InputPath → Parameters → the integration (through `ports.invokeTask`) →
 * ResultSelector → ResultPath → OutputPath. JSONata: Arguments → integration → Output/Assign.
 * A result over 256 KiB fails with States.DataLimitExceeded (catchable).
 */
export async function runTask(run: RunContext): Promise<StateResult> {
  const resource = typeof run.fields['Resource'] === 'string' ? run.fields['Resource'] : '';
  const parsed = parseResource(resource);
  let token: string | undefined;
  // Callback, .sync and activity tasks run with a task token (`$$.Task.Token`), as AWS recorded.
  if (parsed.pattern !== 'request-response' || parsed.kind === 'activity') {
    token = existingToken(run) ?? run.env.uuid();
    withTaskToken(run, token);
  }

  let parameters: JsonValue;
  let effectiveInput: JsonValue = run.input;
  if (run.language === 'JSONata') {
    const args = await applyArgumentsStage(run);
    if (!args.ok) return failed(args.failure);
    parameters = args.value;
  } else {
    const afterInputPath = applyInputPathStage(run, run.input);
    if (!afterInputPath.ok) return failed(runtimeIsFatal(afterInputPath.failure));
    effectiveInput = afterInputPath.value;
    const afterParameters = applyParametersStage(run, effectiveInput);
    if (!afterParameters.ok) return failed(runtimeIsFatal(afterParameters.failure));
    parameters = afterParameters.value;
  }

  const invalid = checkIntegrationParameters(parsed, parameters);
  if (invalid) return failed(invalid);

  const timeout = await numberField(run, 'TimeoutSeconds', effectiveInput);
  if (!timeout.ok) return failed(runtimeIsFatal(timeout.failure));
  const heartbeat = await numberField(run, 'HeartbeatSeconds', effectiveInput);
  if (!heartbeat.ok) return failed(runtimeIsFatal(heartbeat.failure));

  let credentials: JsonValue | undefined;
  if (run.fields['Credentials'] !== undefined) {
    const evaluated =
      run.language === 'JSONata'
        ? await evaluateJsonataField(run, run.fields['Credentials'], 'Credentials', run.states())
        : expr.template(run.fields['Credentials'], effectiveInput, run.evalEnv);
    if (!evaluated.ok) return failed(runtimeIsFatal(evaluated.failure));
    credentials = evaluated.value;
  }

  const invocation: TaskInvocation = {
    stateName: run.stateName,
    resource,
    kind: parsed.kind,
    ...(parsed.service === undefined ? {} : { service: parsed.service }),
    ...(parsed.action === undefined ? {} : { action: parsed.action }),
    pattern: parsed.pattern,
    parameters,
    ...(timeout.value === undefined ? {} : { timeoutSeconds: timeout.value }),
    ...(heartbeat.value === undefined ? {} : { heartbeatSeconds: heartbeat.value }),
    ...(credentials === undefined ? {} : { credentials }),
    ...(token === undefined ? {} : { taskToken: token }),
  };
  const outcome = await invoke(run, invocation);
  if (outcome.http) run.trace({ kind: 'http', exchange: outcome.http });
  if (!outcome.ok) return failed(portFailure(outcome.error, outcome.cause));

  const sized = checkPayloadLimit(outcome.result, run.env.resultOwnerName ?? resultOwnerName(resource, parsed));
  if (!sized.ok) return failed(sized.failure);
  run.stage('result', outcome.result);

  const finished = run.language === 'JSONata' ? await finishJsonata(run, outcome.result) : finishJsonPath(run, outcome.result);
  if (!finished.ok) return failed(run.language === 'JSONata' ? finished.failure : runtimeIsFatal(finished.failure));
  return { kind: 'done', ...finished.value, nextState: nextOf(run) };
}
