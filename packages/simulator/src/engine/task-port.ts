import type { JsonObject, JsonValue } from '@aslkit/core';
import { isJsonObject } from '@aslkit/core';
import type { TaskInvocation as EngineTaskInvocation, TaskOutcome as EngineTaskOutcome } from '@aslkit/test-state';
import type { HistoryEvent } from '../history/events.js';
import { jsonText, NOT_TRUNCATED } from '../history/recorder.js';
import type { MockedResponse, Outcome, TaskInvocation, TaskOutcome } from '../types.js';
import { isTaskOutcome } from '../types.js';
import { splitServiceResource } from './arns.js';
import type { CallbackResult } from './callbacks.js';
import type { Execution, Thread } from './execution.js';
import { ExecutionEnded } from './execution.js';

type Family = 'lambda' | 'activity' | 'task';

interface EventNames {
  family: Family;
  resourceType: string;
  resource: string;
}

function namesOf(request: EngineTaskInvocation): EventNames {
  if (request.kind === 'lambda') return { family: 'lambda', resourceType: 'lambda', resource: request.resource };
  if (request.kind === 'activity') return { family: 'activity', resourceType: 'activity', resource: request.resource };
  const split = splitServiceResource(request.resource);
  return { family: 'task', ...split };
}

/**
 * The simulator's `invokeTask` port: records the Task/Lambda/Activity events of one attempt and
 * obtains the result from (in order) the state's mocks, a handler, or a built-in integration
 * (nested executions, activities, callbacks, local S3, HTTP).
 */
export async function invokeTask(exec: Execution, thread: Thread, stateName: string, request: EngineTaskInvocation): Promise<EngineTaskOutcome> {
  const names = namesOf(request);
  const paramsText = jsonText(request.parameters);
  if (names.family === 'lambda') {
    const d: NonNullable<HistoryEvent['lambdaFunctionScheduledEventDetails']> = { resource: names.resource, input: paramsText, inputDetails: NOT_TRUNCATED };
    if (request.timeoutSeconds !== undefined) d.timeoutInSeconds = request.timeoutSeconds;
    if (request.credentials !== undefined) d.taskCredentials = credentialsOf(request.credentials);
    thread.prev = exec.record('LambdaFunctionScheduled', thread.prev, { lambdaFunctionScheduledEventDetails: d });
    thread.prev = exec.record('LambdaFunctionStarted', thread.prev);
  } else if (names.family === 'activity') {
    const d: NonNullable<HistoryEvent['activityScheduledEventDetails']> = { resource: names.resource, input: paramsText, inputDetails: NOT_TRUNCATED };
    if (request.timeoutSeconds !== undefined) d.timeoutInSeconds = request.timeoutSeconds;
    if (request.heartbeatSeconds !== undefined) d.heartbeatInSeconds = request.heartbeatSeconds;
    thread.prev = exec.record('ActivityScheduled', thread.prev, { activityScheduledEventDetails: d });
  } else {
    const d: NonNullable<HistoryEvent['taskScheduledEventDetails']> = {
      resourceType: names.resourceType,
      resource: names.resource,
      region: exec.core.region,
      parameters: paramsText,
    };
    if (request.timeoutSeconds !== undefined) d.timeoutInSeconds = request.timeoutSeconds;
    if (request.heartbeatSeconds !== undefined) d.heartbeatInSeconds = request.heartbeatSeconds;
    if (request.credentials !== undefined) d.taskCredentials = credentialsOf(request.credentials);
    thread.prev = exec.record('TaskScheduled', thread.prev, { taskScheduledEventDetails: d });
    thread.prev = exec.record('TaskStarted', thread.prev, { taskStartedEventDetails: { resourceType: names.resourceType, resource: names.resource } });
  }
  const outcome = await obtain(exec, thread, stateName, request, names);
  return recordOutcome(exec, thread, names, outcome);
}

function credentialsOf(credentials: JsonValue): { roleArn?: string } {
  if (isJsonObject(credentials) && typeof credentials['RoleArn'] === 'string') return { roleArn: credentials['RoleArn'] };
  return {};
}

function recordOutcome(exec: Execution, thread: Thread, names: EventNames, outcome: TaskOutcome): EngineTaskOutcome {
  const base = { resourceType: names.resourceType, resource: names.resource };
  if (outcome.kind === 'success') {
    const out = { output: jsonText(outcome.output), outputDetails: NOT_TRUNCATED };
    if (names.family === 'lambda') thread.prev = exec.record('LambdaFunctionSucceeded', thread.prev, { lambdaFunctionSucceededEventDetails: out });
    else if (names.family === 'activity') thread.prev = exec.record('ActivitySucceeded', thread.prev, { activitySucceededEventDetails: out });
    else thread.prev = exec.record('TaskSucceeded', thread.prev, { taskSucceededEventDetails: { ...base, ...out } });
    return { ok: true, result: outcome.output };
  }
  // A failure without an error name (SendTaskFailure with no `error`) records no error field, as AWS.
  const error = outcome.kind === 'timeout' ? (outcome.error ?? 'States.Timeout') : (outcome.error as string | undefined);
  const err: { error?: string; cause?: string } = {};
  if (error !== undefined && error !== '') err.error = error;
  if (outcome.cause !== undefined && outcome.cause !== '') err.cause = outcome.cause;
  if (outcome.kind === 'timeout') {
    if (names.family === 'lambda') thread.prev = exec.record('LambdaFunctionTimedOut', thread.prev, { lambdaFunctionTimedOutEventDetails: err });
    else if (names.family === 'activity') thread.prev = exec.record('ActivityTimedOut', thread.prev, { activityTimedOutEventDetails: err });
    else thread.prev = exec.record('TaskTimedOut', thread.prev, { taskTimedOutEventDetails: { ...base, ...err } });
  } else {
    if (names.family === 'lambda') thread.prev = exec.record('LambdaFunctionFailed', thread.prev, { lambdaFunctionFailedEventDetails: err });
    else if (names.family === 'activity') thread.prev = exec.record('ActivityFailed', thread.prev, { activityFailedEventDetails: err });
    else thread.prev = exec.record('TaskFailed', thread.prev, { taskFailedEventDetails: { ...base, ...err } });
  }
  return outcome.cause !== undefined ? { ok: false, error: error ?? '', cause: outcome.cause } : { ok: false, error: error ?? '' };
}

function submitted(exec: Execution, thread: Thread, names: EventNames, output: JsonValue): void {
  if (names.family !== 'task') return;
  thread.prev = exec.record('TaskSubmitted', thread.prev, {
    taskSubmittedEventDetails: { resourceType: names.resourceType, resource: names.resource, output: jsonText(output), outputDetails: NOT_TRUNCATED },
  });
}

/** The next mocked response of a state (the n-th invocation takes entry n; the last repeats). */
function nextMock(exec: Execution, stateName: string): MockedResponse | undefined {
  const list = exec.init.mocks.get(stateName);
  if (!list || list.length === 0) return undefined;
  const n = exec.mockCounters.get(stateName) ?? 0;
  exec.mockCounters.set(stateName, n + 1);
  return list[Math.min(n, list.length - 1)];
}

function timeoutMs(request: EngineTaskInvocation, heartbeat: boolean): number {
  const s = heartbeat ? (request.heartbeatSeconds ?? request.timeoutSeconds ?? 60) : (request.timeoutSeconds ?? 60);
  return s * 1000;
}

async function fromMock(exec: Execution, thread: Thread, request: EngineTaskInvocation, names: EventNames, mock: MockedResponse): Promise<TaskOutcome> {
  if ('Return' in mock) {
    if (request.pattern === 'waitForTaskToken' || request.pattern === 'sync' || request.pattern === 'sync:2') submitted(exec, thread, names, {});
    if (names.family === 'activity') thread.prev = exec.record('ActivityStarted', thread.prev, { activityStartedEventDetails: { workerName: 'aslkit-mock' } });
    return { kind: 'success', output: mock.Return };
  }
  if (names.family === 'activity') thread.prev = exec.record('ActivityStarted', thread.prev, { activityStartedEventDetails: { workerName: 'aslkit-mock' } });
  const t = mock.Throw;
  if (mock.TimedOut) {
    const heartbeat = t.Error === 'States.HeartbeatTimeout';
    if (request.pattern === 'waitForTaskToken' || request.pattern === 'sync' || request.pattern === 'sync:2') submitted(exec, thread, names, {});
    await exec.sleep(timeoutMs(request, heartbeat), thread);
    return t.Cause !== undefined ? { kind: 'timeout', error: t.Error, cause: t.Cause } : { kind: 'timeout', error: t.Error };
  }
  return t.Cause !== undefined ? { kind: 'failure', error: t.Error, cause: t.Cause } : { kind: 'failure', error: t.Error };
}

function findHandler(exec: Execution, stateName: string, resource: string): ((inv: TaskInvocation) => unknown) | undefined {
  const h = exec.core.handlers;
  return h[stateName] ?? h[resource] ?? h[resource.replace(/\.(sync(:2)?|waitForTaskToken)$/, '')];
}

async function obtain(exec: Execution, thread: Thread, stateName: string, request: EngineTaskInvocation, names: EventNames): Promise<TaskOutcome> {
  const mock = nextMock(exec, stateName);
  if (mock) return fromMock(exec, thread, request, names, mock);
  const isCallback = request.pattern === 'waitForTaskToken';
  const token = request.taskToken;
  // Register the callback before anything can call back.
  let callback: Promise<CallbackResult> | undefined;
  let unregister: (() => void) | undefined;
  if (isCallback && token) ({ promise: callback, unregister } = awaitToken(exec, token, request));
  try {
    const handler = findHandler(exec, stateName, request.resource);
    let first: TaskOutcome | undefined;
    if (handler) {
      first = await callHandler(exec, handler, stateName, request, names, callback);
    } else {
      const builtin = await builtinIntegration(exec, thread, request, names, callback);
      if (builtin === 'no-integration') {
        if (!isCallback) return noMockFailure(stateName, request.resource);
        first = { kind: 'success', output: {} };
      } else {
        first = builtin;
      }
    }
    if (!isCallback || !callback || first.kind !== 'success') return first;
    submitted(exec, thread, names, first.output);
    const result = await exec.core.scheduler.external(callback, 'answer');
    if (exec.ended) throw new ExecutionEnded();
    return fromCallback(result);
  } finally {
    unregister?.();
  }
}

function noMockFailure(stateName: string, resource: string): TaskOutcome {
  return {
    kind: 'failure',
    error: 'States.TaskFailed',
    cause: `The simulator has no result for the Task state '${stateName}' (Resource ${resource}). Mock it with a mock config test case, \`mocks: { '${stateName}': { Return: … } }\`, or a handler for the state name or the resource ARN.`,
  };
}

async function callHandler(
  exec: Execution,
  handler: (inv: TaskInvocation) => unknown,
  stateName: string,
  request: EngineTaskInvocation,
  names: EventNames,
  callback: Promise<CallbackResult> | undefined,
): Promise<TaskOutcome> {
  const suffix = /(\.sync:2|\.sync|\.waitForTaskToken)$/.exec(request.resource)?.[1] ?? '';
  const invocation: TaskInvocation = {
    stateName,
    resource: request.resource,
    resourceType: names.resourceType,
    resourceAction: names.resource,
    integrationPattern: suffix as TaskInvocation['integrationPattern'],
    parameters: request.parameters,
    attempt: 1 + (exec.mockCounters.get(`#attempt:${stateName}`) ?? 0),
    executionArn: exec.executionArn,
    signal: exec.core.callbackApi,
    sleep: (ms: number) => exec.core.scheduler.delay(ms),
  };
  exec.mockCounters.set(`#attempt:${stateName}`, invocation.attempt);
  if (request.taskToken !== undefined) invocation.taskToken = request.taskToken;
  if (request.timeoutSeconds !== undefined) invocation.timeoutSeconds = request.timeoutSeconds;
  if (request.heartbeatSeconds !== undefined) invocation.heartbeatSeconds = request.heartbeatSeconds;
  try {
    const late = handlerDeadline(exec, request, callback);
    let value: unknown;
    try {
      value = await exec.core.scheduler.external(Promise.race([Promise.resolve().then(() => handler(invocation)), late.promise]), 'handler');
    } finally {
      late.cancel();
    }
    if (exec.ended) throw new ExecutionEnded();
    if (value === TIMED_OUT) return { kind: 'timeout', error: 'States.Timeout' };
    if (value === HEARTBEAT_TIMED_OUT) return { kind: 'timeout', error: 'States.HeartbeatTimeout' };
    if (isTaskOutcome(value)) return value;
    return { kind: 'success', output: (value === undefined ? null : value) as JsonValue };
  } catch (e) {
    if (e instanceof ExecutionEnded) throw e;
    if (isJsonObject(e as JsonValue) && typeof (e as JsonObject)['error'] === 'string') {
      const o = e as JsonObject;
      return { kind: 'failure', error: o['error'] as string, ...(typeof o['cause'] === 'string' ? { cause: o['cause'] } : {}) };
    }
    const err = e instanceof Error ? e : new Error(String(e));
    return { kind: 'failure', error: err.name === 'Error' ? 'Error' : err.name, cause: err.message };
  }
}

const TIMED_OUT = Symbol('States.Timeout');
const HEARTBEAT_TIMED_OUT = Symbol('States.HeartbeatTimeout');

/**
 * What ends a handler's run early: its TimeoutSeconds (a deadline on the clock: real mode, or virtual
 * with autoAdvance), or, for `.waitForTaskToken`, the token's own timeout/heartbeat timeout.
 */
function handlerDeadline(exec: Execution, request: EngineTaskInvocation, callback: Promise<CallbackResult> | undefined): { promise: Promise<symbol>; cancel: () => void } {
  let settle!: (value: symbol) => void;
  const promise = new Promise<symbol>((resolve) => {
    settle = resolve;
  });
  let cancel: (() => void) | undefined;
  if (callback) {
    void callback.then((r) => {
      if (r.kind === 'timeout') settle(r.error === 'States.HeartbeatTimeout' ? HEARTBEAT_TIMED_OUT : TIMED_OUT);
    });
  } else if (request.timeoutSeconds !== undefined) {
    cancel = exec.core.scheduler.deadline(request.timeoutSeconds * 1000, () => settle(TIMED_OUT));
  }
  return { promise, cancel: () => cancel?.() };
}

/** Built-in integrations: nested executions, activities, local S3, HTTP. */
async function builtinIntegration(
  exec: Execution,
  thread: Thread,
  request: EngineTaskInvocation,
  names: EventNames,
  callback: Promise<CallbackResult> | undefined,
): Promise<TaskOutcome | 'no-integration'> {
  if (names.family === 'activity') return runActivity(exec, thread, request);
  if (names.resourceType === 'states' && /^startExecution/.test(names.resource)) return startNested(exec, thread, request, names);
  if (callback) return 'no-integration';
  if (names.resourceType === 'aws-sdk:s3' || names.resourceType === 's3') return localS3(exec, names.resource, request.parameters);
  if (names.resourceType === 'http' && exec.core.fetch) return httpInvoke(exec, exec.core.fetch, request.parameters);
  return 'no-integration';
}

async function runActivity(exec: Execution, thread: Thread, request: EngineTaskInvocation): Promise<TaskOutcome> {
  const token = exec.core.random.uuid() + exec.core.random.hex(32);
  const { promise, unregister } = awaitToken(exec, token, request);
  exec.core.activities.enqueue(request.resource, {
    token,
    input: jsonText(request.parameters),
    onStarted: (workerName) => {
      if (!exec.ended) thread.prev = exec.record('ActivityStarted', thread.prev, { activityStartedEventDetails: { workerName } });
    },
  });
  try {
    const r = await exec.core.scheduler.external(promise, 'answer');
    if (exec.ended) throw new ExecutionEnded();
    return fromCallback(r);
  } finally {
    unregister();
    exec.core.activities.remove(token);
  }
}

function fromCallback(r: CallbackResult): TaskOutcome {
  switch (r.kind) {
    case 'success':
      return { kind: 'success', output: r.output };
    case 'failure':
      return r.cause !== undefined ? { kind: 'failure', error: r.error, cause: r.cause } : { kind: 'failure', error: r.error };
    case 'timeout':
      return { kind: 'timeout', error: r.error };
    default:
      throw new ExecutionEnded();
  }
}

/**
 * Waits for SendTask* on `token`. TimeoutSeconds and HeartbeatSeconds (reset by each heartbeat) expire
 * with States.Timeout / States.HeartbeatTimeout in real-time mode and in virtual mode with autoAdvance.
 */
function awaitToken(exec: Execution, token: string, request: EngineTaskInvocation): { promise: Promise<CallbackResult>; unregister: () => void } {
  const sched = exec.core.scheduler;
  let settle!: (r: CallbackResult) => void;
  const promise = new Promise<CallbackResult>((resolve) => {
    settle = resolve;
  });
  let heartbeatTimer: (() => void) | undefined;
  const armHeartbeat = (): void => {
    heartbeatTimer?.();
    if (request.heartbeatSeconds !== undefined) heartbeatTimer = sched.deadline(request.heartbeatSeconds * 1000, () => finish({ kind: 'timeout', error: 'States.HeartbeatTimeout' }));
  };
  const timeoutTimer = request.timeoutSeconds !== undefined ? sched.deadline(request.timeoutSeconds * 1000, () => finish({ kind: 'timeout', error: 'States.Timeout' })) : undefined;
  armHeartbeat();
  const unregisterToken = exec.core.callbacks.register(token, exec.executionArn, (r) => {
    if (r.kind === 'heartbeat') armHeartbeat();
    else finish(r);
  });
  let done = false;
  function finish(r: CallbackResult): void {
    if (done) return;
    done = true;
    timeoutTimer?.();
    heartbeatTimer?.();
    unregisterToken();
    settle(r);
  }
  return { promise, unregister: () => finish({ kind: 'cancelled' }) };
}

async function startNested(exec: Execution, thread: Thread, request: EngineTaskInvocation, names: EventNames): Promise<TaskOutcome> {
  const p = isJsonObject(request.parameters) ? request.parameters : {};
  const machine = typeof p['StateMachineArn'] === 'string' ? p['StateMachineArn'] : '';
  let input: JsonValue = p['Input'] ?? {};
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input) as JsonValue;
    } catch {
      return { kind: 'failure', error: 'States.Runtime', cause: 'The Input of states:startExecution is not valid JSON text.' };
    }
  }
  const started: Outcome<Execution> = exec.core.startChild(exec, { stateMachine: machine, input, ...(typeof p['Name'] === 'string' ? { name: p['Name'] } : {}) });
  if (!started.ok) return { kind: 'failure', error: `StepFunctions.${started.error.code}Exception`, cause: started.error.message };
  const child = started.value;
  const startResponse = { ExecutionArn: child.executionArn, StartDate: child.startDate.toISOString() };
  if (request.pattern !== 'sync' && request.pattern !== 'sync:2') {
    // fire-and-forget (and .waitForTaskToken) children outlive their parent
    exec.children.delete(child);
    return { kind: 'success', output: startResponse };
  }
  submitted(exec, thread, names, startResponse);
  const sched = exec.core.scheduler;
  const signal = sched.signal<void>();
  child.whenDone(() => signal.resolve());
  await sched.wait(signal);
  if (exec.ended) throw new ExecutionEnded();
  const d = child.describe();
  const v2 = request.pattern === 'sync:2';
  const out: JsonObject = {
    ExecutionArn: d.executionArn,
    Input: v2 ? (JSON.parse(d.input) as JsonValue) : d.input,
    InputDetails: { Included: true },
    Name: d.name,
    StartDate: d.startDate.toISOString(),
    StateMachineArn: d.stateMachineArn,
    Status: d.status,
    StopDate: (d.stopDate ?? new Date(sched.now())).toISOString(),
  };
  if (d.output !== undefined) {
    out['Output'] = v2 ? (JSON.parse(d.output) as JsonValue) : d.output;
    out['OutputDetails'] = { Included: true };
  }
  if (d.error !== undefined) out['Error'] = d.error;
  if (d.cause !== undefined) out['Cause'] = d.cause;
  if (d.status === 'SUCCEEDED') return { kind: 'success', output: out };
  return { kind: 'failure', error: 'States.TaskFailed', cause: JSON.stringify(out) };
}

function localS3(exec: Execution, action: string, parameters: JsonValue): TaskOutcome | 'no-integration' {
  const p = isJsonObject(parameters) ? parameters : {};
  const bucket = String(p['Bucket'] ?? '');
  const key = String(p['Key'] ?? '');
  if (action === 'getObject') {
    const body = exec.core.store.get(bucket, key);
    if (body === undefined) return { kind: 'failure', error: 'S3.NoSuchKeyException', cause: 'The specified key does not exist.' };
    return { kind: 'success', output: { Body: body, ContentLength: body.length, ContentType: 'application/octet-stream' } };
  }
  if (action === 'putObject') {
    const body = p['Body'];
    exec.core.store.put(bucket, key, typeof body === 'string' ? body : JSON.stringify(body ?? null));
    return { kind: 'success', output: { ETag: `"${exec.core.random.hex(32)}"` } };
  }
  return 'no-integration';
}

async function httpInvoke(exec: Execution, fetchFn: NonNullable<Execution['core']['fetch']>, parameters: JsonValue): Promise<TaskOutcome> {
  const p = isJsonObject(parameters) ? parameters : {};
  let url = String(p['ApiEndpoint'] ?? '');
  const query = p['QueryParameters'];
  if (isJsonObject(query)) {
    const qs = Object.entries(query).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))}`);
    if (qs.length) url += (url.includes('?') ? '&' : '?') + qs.join('&');
  }
  const headers: Record<string, string> = {};
  if (isJsonObject(p['Headers'])) for (const [k, v] of Object.entries(p['Headers'])) headers[k] = String(v);
  const body = p['RequestBody'] === undefined ? undefined : typeof p['RequestBody'] === 'string' ? p['RequestBody'] : JSON.stringify(p['RequestBody']);
  try {
    const init: { method: string; headers: Record<string, string>; body?: string } = { method: String(p['Method'] ?? 'GET'), headers };
    if (body !== undefined) init.body = body;
    const res = await exec.core.scheduler.external(fetchFn(url, init));
    const text = await exec.core.scheduler.external(res.text());
    let responseBody: JsonValue = text;
    try {
      responseBody = JSON.parse(text) as JsonValue;
    } catch {
      // keep text
    }
    const out: JsonObject = { StatusCode: res.status, StatusText: '', Headers: res.headers, ResponseBody: responseBody };
    if (res.status >= 400) return { kind: 'failure', error: `States.Http.StatusCode.${res.status}`, cause: JSON.stringify(out) };
    return { kind: 'success', output: out };
  } catch (e) {
    if (e instanceof ExecutionEnded) throw e;
    return { kind: 'failure', error: 'States.Http.Socket', cause: e instanceof Error ? e.message : String(e) };
  }
}
