import { describe, expect, it } from 'vitest';
import type { RunResult } from './index.js';
import { eventTypes, inputOf, isRunError, outputOf, run, Simulator, statesRan, taskFailure } from './index.js';

async function ok(...args: Parameters<typeof run>): Promise<RunResult> {
  const r = await run(...args);
  if (isRunError(r)) throw new Error(r.error.message);
  return r;
}

const def = (states: Record<string, unknown>, startAt = Object.keys(states)[0] as string, extra: Record<string, unknown> = {}) =>
  ({ StartAt: startAt, States: states, ...extra }) as never;

describe('run()', () => {
  it('runs a Pass machine and records AWS-shaped history', async () => {
    const r = await ok(def({ A: { Type: 'Pass', Result: { x: 1 }, ResultPath: '$.r', End: true } }), { a: 1 });
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual({ a: 1, r: { x: 1 } });
    expect(r.outputText).toBe('{"a":1,"r":{"x":1}}');
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
    expect(r.history.map((e) => [e.id, e.previousEventId])).toEqual([[1, 0], [2, 0], [3, 2], [4, 3]]);
    expect(r.history[1]?.stateEnteredEventDetails).toEqual({ name: 'A', input: '{"a":1}', inputDetails: { truncated: false } });
    expect(statesRan(r)).toEqual(['A']);
    expect(inputOf(r, 'A')).toEqual({ a: 1 });
    expect(outputOf(r, 'A')).toEqual({ a: 1, r: { x: 1 } });
  });

  it('accepts definitions as JSON or YAML text', async () => {
    const y = await ok('StartAt: A\nStates:\n  A:\n    Type: Succeed\n', { v: true });
    expect(y.output).toEqual({ v: true });
    const j = await ok('{"StartAt":"A","States":{"A":{"Type":"Fail","Error":"E","Cause":"C"}}}');
    expect([j.status, j.error, j.cause]).toEqual(['FAILED', 'E', 'C']);
  });

  it('reports unusable definitions as values', async () => {
    const r = await run('{"StartAt": "Nope", "States": {}}');
    expect(isRunError(r) && r.error.code).toBe('InvalidDefinition');
  });

  it('validates like CreateStateMachine when asked', async () => {
    const broken = def({ A: { Type: 'Pass', Next: 'Missing' } });
    const r = await run(broken, {}, { validate: true });
    expect(isRunError(r) && r.error.code).toBe('InvalidDefinition');
    expect(isRunError(r) && r.error.message).toMatch(/^Invalid State Machine Definition: '/);
    const fine = await run(def({ A: { Type: 'Pass', End: true } }), {}, { validate: true });
    expect(isRunError(fine)).toBe(false);
  });

  it('advances a virtual clock instantly through Wait states', async () => {
    const started = Date.now();
    const r = await ok(def({ W: { Type: 'Wait', Seconds: 3600, Next: 'W2' }, W2: { Type: 'Wait', Timestamp: '2024-01-02T00:00:00Z', End: true } }));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.startDate.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(r.history[2]?.timestamp.toISOString()).toBe('2024-01-01T01:00:00.000Z');
    expect(r.stopDate.toISOString()).toBe('2024-01-02T00:00:00.000Z');
  });

  it('loops through Choice until a condition holds', async () => {
    const r = await ok(
      def({
        Init: { Type: 'Pass', Result: 0, ResultPath: '$.i', Next: 'Check' },
        Check: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericGreaterThanEquals: 5, Next: 'Done' }], Default: 'Inc' },
        Inc: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)' }, Next: 'Check' },
        Done: { Type: 'Succeed' },
      }),
    );
    expect(r.output).toEqual({ i: 5 });
    expect(statesRan(r).filter((s) => s === 'Inc')).toHaveLength(5);
  });

  it('retries with backoff on the virtual clock, then catches', async () => {
    const r = await ok(
      def({
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Parameters: { FunctionName: 'f' },
          Retry: [{ ErrorEquals: ['Boom'], IntervalSeconds: 2, BackoffRate: 3, MaxAttempts: 2 }],
          Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.err', Next: 'Caught' }],
          End: true,
        },
        Caught: { Type: 'Pass', End: true },
      }),
      {},
      { mocks: { T: { Throw: { Error: 'Boom', Cause: 'bad' } } } },
    );
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual({ err: { Error: 'Boom', Cause: 'bad' } });
    const scheduled = r.history.filter((e) => e.type === 'TaskScheduled').map((e) => e.timestamp.getTime() - r.startDate.getTime());
    expect(scheduled).toEqual([0, 2000, 8000]);
    expect(eventTypes(r)).toContain('TaskFailed');
  });

  it('runs Parallel branches and returns outputs in branch order', async () => {
    const r = await ok(
      def({
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'Slow', States: { Slow: { Type: 'Wait', Seconds: 5, Next: 'One' }, One: { Type: 'Pass', Result: 1, End: true } } },
            { StartAt: 'Two', States: { Two: { Type: 'Pass', Result: 2, End: true } } },
          ],
          End: true,
        },
      }),
    );
    expect(r.output).toEqual([1, 2]);
    expect(eventTypes(r)).toContain('ParallelStateStarted');
    const names = r.states.filter((s) => s.scope.length > 0).map((s) => s.scope.join('/'));
    expect(names).toContain('P/0');
  });

  it('fails a Parallel on the first branch failure', async () => {
    const r = await ok(
      def({
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 50, Next: 'After' }, After: { Type: 'Pass', End: true } } },
            { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'X', Cause: 'y' } } },
          ],
          End: true,
        },
      }),
    );
    expect([r.status, r.error, r.cause]).toEqual(['FAILED', 'X', 'y']);
    expect(eventTypes(r)).toContain('ParallelStateFailed');
    // the sleeping branch is woken and stopped: no time passes
    expect(r.stopDate.getTime()).toBe(r.startDate.getTime());
    expect(statesRan(r)).not.toContain('After');
  });

  it('real-time mode takes real (scaled) time and stops aborted branches at once', async () => {
    const t0 = Date.now();
    const r = await ok(
      def({
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 30, End: true } } },
            { StartAt: 'S', States: { S: { Type: 'Wait', Seconds: 1, Next: 'F' }, F: { Type: 'Fail', Error: 'X' } } },
          ],
          End: true,
        },
      }),
      {},
      { clock: 'real', timeScale: 20 },
    );
    const elapsed = Date.now() - t0;
    expect(r.status).toBe('FAILED');
    expect(elapsed).toBeGreaterThanOrEqual(40);
    expect(elapsed).toBeLessThan(1500);
  });

  it('runs an inline Map with MaxConcurrency and the Map.Item context', async () => {
    const r = await ok(
      def({
        M: {
          Type: 'Map',
          ItemsPath: '$.items',
          MaxConcurrency: 2,
          ItemSelector: { 'v.$': '$$.Map.Item.Value', 'i.$': '$$.Map.Item.Index' },
          ItemProcessor: { StartAt: 'Double', States: { Double: { Type: 'Pass', Parameters: { 'd.$': 'States.MathAdd($.v, $.v)', 'i.$': '$.i' }, End: true } } },
          End: true,
        },
      }),
      { items: [1, 2, 3] },
    );
    expect(r.output).toEqual([
      { d: 2, i: 0 },
      { d: 4, i: 1 },
      { d: 6, i: 2 },
    ]);
    expect(r.history.filter((e) => e.type === 'MapIterationStarted')).toHaveLength(3);
    expect(r.history.find((e) => e.type === 'MapStateStarted')?.mapStateStartedEventDetails).toEqual({ length: 3 });
  });

  it('runs a distributed Map over CSV items from the local store with tolerated failures', async () => {
    const machine = def({
      M: {
        Type: 'Map',
        ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' }, Parameters: { Bucket: 'b', Key: 'k.csv' } },
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
          StartAt: 'C',
          States: { C: { Type: 'Choice', Choices: [{ Variable: '$.ok', StringEquals: 'no', Next: 'F' }], Default: 'S' }, F: { Type: 'Fail', Error: 'Bad' }, S: { Type: 'Succeed' } },
        },
        ToleratedFailureCount: 1,
        End: true,
      },
    });
    const s3Objects = [{ Bucket: 'b', Key: 'k.csv', Body: 'name,ok\na,yes\nb,no\nc,yes\n' }];
    const progress: number[] = [];
    const r = await ok(machine, {}, { s3Objects, onMapRunProgress: (p) => progress.push(p.succeeded + p.failed) });
    expect(progress).toEqual([1, 2, 3]);
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual([{ name: 'a', ok: 'yes' }, { Error: 'Bad', Cause: '' }, { name: 'c', ok: 'yes' }]);
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'MapStateEntered', 'MapStateStarted', 'MapRunStarted', 'MapRunSucceeded', 'MapStateSucceeded', 'MapStateExited', 'ExecutionSucceeded']);
    const strict = await ok(machine, {}, { s3Objects: [{ Bucket: 'b', Key: 'k.csv', Body: 'name,ok\na,no\nb,no\n' }] });
    expect([strict.status, strict.error]).toEqual(['FAILED', 'States.ExceedToleratedFailureThreshold']);
  });

  it('writes distributed Map results with ResultWriter and returns the writer details', async () => {
    const sim = new Simulator({ s3Objects: [{ Bucket: 'in', Key: 'items.json', Body: '[1,2,3]' }] });
    const m = sim.registerStateMachine({
      name: 'W',
      definition: def({
        M: {
          Type: 'Map',
          ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'JSON' }, Parameters: { Bucket: 'in', Key: 'items.json' } },
          ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
          ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'out', Prefix: 'res' } },
          End: true,
        },
      }),
    });
    if (!m.ok) throw new Error('register');
    const h = sim.startExecution({ stateMachineArn: m.value.stateMachineArn });
    if (!h.ok) throw new Error('start');
    const r = await h.value.done;
    expect(r.status).toBe('SUCCEEDED');
    const out = r.output as { MapRunArn: string; ResultWriterDetails: { Bucket: string; Key: string } };
    expect(out.ResultWriterDetails.Bucket).toBe('out');
    expect(sim.store.get('out', out.ResultWriterDetails.Key.replace('manifest.json', 'SUCCEEDED_0.json'))).toBe('[1,2,3]');
    expect(sim.listMapRuns(r.executionArn)).toMatchObject([{ status: 'SUCCEEDED', itemCounts: { succeeded: 3, total: 3 } }]);
  });

  it('uses Step Functions Local mock configs with invocation ranges', async () => {
    const mockConfig = {
      StateMachines: { Orders: { TestCases: { Flaky: { Charge: 'FailTwiceThenOk' } } } },
      MockedResponses: {
        FailTwiceThenOk: { '0-1': { Throw: { Error: 'Lambda.ServiceException', Cause: 'down' } }, '2': { Return: { charged: true } } },
      },
    };
    const machine = def({
      Charge: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'charge' }, Retry: [{ ErrorEquals: ['Lambda.ServiceException'], MaxAttempts: 3, IntervalSeconds: 1 }], End: true },
    });
    const r = await ok(machine, {}, { stateMachineName: 'Orders', mockConfig, testCase: 'Flaky' });
    expect(r.output).toEqual({ charged: true });
    expect(r.history.filter((e) => e.type === 'TaskFailed')).toHaveLength(2);
    const missing = await run(machine, {}, { stateMachineName: 'Orders', mockConfig, testCase: 'Nope' });
    expect(isRunError(missing) && missing.error.code).toBe('TestCaseDoesNotExist');
  });

  it('fails a Task without mock or handler with a message naming the ways to mock it', async () => {
    const r = await ok(def({ T: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:putItem', Parameters: { TableName: 't' }, End: true } }));
    expect(r.status).toBe('FAILED');
    expect(r.cause).toContain("'T'");
    expect(r.cause).toContain('mock config');
  });

  it('calls local handlers by state name or resource ARN; taskFailure() raises', async () => {
    const lambdaArn = 'arn:aws:lambda:us-east-1:123456789012:function:add';
    const r = await ok(
      def({
        Add: { Type: 'Task', Resource: lambdaArn, Next: 'Put' },
        Put: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', Parameters: { 'MessageBody.$': '$.sum' }, Catch: [{ ErrorEquals: ['Queue.Full'], ResultPath: '$.e', Next: 'End' }], End: true },
        End: { Type: 'Succeed' },
      }),
      { a: 2, b: 3 },
      {
        handlers: {
          [lambdaArn]: (inv) => ({ sum: ((inv.parameters as { a: number }).a ?? 0) + ((inv.parameters as { b: number }).b ?? 0) }),
          Put: () => taskFailure('Queue.Full', 'no room'),
        },
      },
    );
    expect(r.output).toEqual({ sum: 5, e: { Error: 'Queue.Full', Cause: 'no room' } });
    expect(eventTypes(r)).toEqual(expect.arrayContaining(['LambdaFunctionScheduled', 'LambdaFunctionStarted', 'LambdaFunctionSucceeded', 'TaskScheduled', 'TaskFailed']));
  });

  it('runs nested executions with .sync (Output as text) and .sync:2 (Output as JSON)', async () => {
    const child = { StartAt: 'C', States: { C: { Type: 'Pass', Parameters: { 'got.$': '$.x' }, End: true } } };
    const parent = def({
      S1: { Type: 'Task', Resource: 'arn:aws:states:::states:startExecution.sync', Parameters: { StateMachineArn: 'Child', Input: { x: 1 } }, ResultSelector: { 'o.$': '$.Output' }, ResultPath: '$.s1', Next: 'S2' },
      S2: { Type: 'Task', Resource: 'arn:aws:states:::states:startExecution.sync:2', Parameters: { StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Child', Input: { x: 2 } }, ResultSelector: { 'o.$': '$.Output' }, ResultPath: '$.s2', End: true },
    });
    const r = await ok(parent, {}, { stateMachines: [{ name: 'Child', definition: child as never }] });
    expect(r.output).toEqual({ s1: { o: '{"got":1}' }, s2: { o: { got: 2 } } });
    expect(eventTypes(r).filter((t) => t === 'TaskSubmitted')).toHaveLength(2);
  });

  it('waits for task tokens delivered by handlers (.waitForTaskToken)', async () => {
    const r = await ok(
      def({ W: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { 'MessageBody.$': '$$.Task.Token' }, End: true } }),
      {},
      {
        handlers: {
          'arn:aws:states:::sqs:sendMessage': (inv) => {
            setTimeout(() => inv.signal.sendTaskSuccess(inv.taskToken as string, { approved: true }), 5);
            return { MessageId: 'm-1' };
          },
        },
      },
    );
    expect(r.output).toEqual({ approved: true });
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSubmitted', 'TaskSucceeded', 'TaskStateExited', 'ExecutionSucceeded']);
  });
});

describe('Simulator (long-lived, for the endpoint)', () => {
  it('expires callback heartbeats in real-time mode', async () => {
    const r = await ok(
      def({ W: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', HeartbeatSeconds: 1, TimeoutSeconds: 60, Parameters: {}, End: true } }),
      {},
      { clock: 'real', timeScale: 20 },
    );
    expect([r.status, r.error]).toEqual(['FAILED', 'States.HeartbeatTimeout']);
    expect(eventTypes(r)).toContain('TaskTimedOut');
  });


  it('starts executions, returns the ARN at once, completes callbacks sent from outside', async () => {
    const sim = new Simulator({ accountId: '123456789012' });
    const m = sim.registerStateMachine({ name: 'Approve', definition: def({ Ask: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish.waitForTaskToken', Parameters: { 'Message.$': '$$.Task.Token' }, End: true } }) });
    if (!m.ok) throw new Error(m.error.message);
    const started = sim.startExecution({ stateMachineArn: m.value.stateMachineArn, name: 'run-1', input: '{"a":1}' });
    if (!started.ok) throw new Error(started.error.message);
    const h = started.value;
    expect(h.executionArn).toBe('arn:aws:states:us-east-1:123456789012:execution:Approve:run-1');
    const token = await new Promise<string>((resolve) => {
      h.onEvent((e) => {
        if (e.type === 'TaskScheduled') resolve(JSON.parse(e.taskScheduledEventDetails?.parameters ?? '{}').Message as string);
      });
    });
    expect(h.status()).toBe('RUNNING');
    expect(sim.sendTaskHeartbeat(token).ok).toBe(true);
    expect(sim.sendTaskSuccess('nope', '{}')).toMatchObject({ ok: false, error: { code: 'TaskDoesNotExist' } });
    expect(sim.sendTaskSuccess(token, '{"done":true}').ok).toBe(true);
    const r = await h.done;
    expect(r.output).toEqual({ done: true });
    expect(sim.describeExecution(h.executionArn)).toMatchObject({ ok: true, value: { status: 'SUCCEEDED', output: '{"done":true}' } });
    // idempotent StartExecution: same name + same input of a finished execution is ExecutionAlreadyExists
    expect(sim.startExecution({ stateMachineArn: m.value.stateMachineArn, name: 'run-1', input: '{"a":2}' })).toMatchObject({ ok: false, error: { code: 'ExecutionAlreadyExists' } });
  });

  it('links nested executions to their parent (AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID)', async () => {
    const sim = new Simulator();
    sim.registerStateMachine({ name: 'Child', definition: def({ C: { Type: 'Pass', End: true } }) });
    const parent = sim.registerStateMachine({
      name: 'Parent',
      definition: def({
        Start: {
          Type: 'Task',
          Resource: 'arn:aws:states:::states:startExecution.sync:2',
          Parameters: { StateMachineArn: 'Child', Input: { 'AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$': '$$.Execution.Id', v: 1 } },
          End: true,
        },
      }),
    });
    if (!parent.ok) throw new Error('register');
    const h = sim.startExecution({ stateMachineArn: parent.value.stateMachineArn, name: 'p1' });
    if (!h.ok) throw new Error('start');
    const r = await h.value.done;
    expect(r.status).toBe('SUCCEEDED');
    const child = sim.listExecutions().find((e) => e.stateMachineArn.endsWith(':Child'));
    expect(child?.parentExecutionArn).toBe(h.value.executionArn);
    expect(JSON.parse(child?.input ?? '{}')).toEqual({ AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID: h.value.executionArn, v: 1 });
    expect((r.output as { Output: unknown }).Output).toEqual({ AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID: h.value.executionArn, v: 1 });
  });

  it('returns the running execution for the same name and input', async () => {
    const sim = new Simulator();
    const m = sim.registerStateMachine({ name: 'Wait', definition: def({ W: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: {}, End: true } }) });
    if (!m.ok) throw new Error('register');
    const a = sim.startExecution({ stateMachineArn: m.value.stateMachineArn, name: 'same', input: '{}' });
    const b = sim.startExecution({ stateMachineArn: m.value.stateMachineArn, name: 'same', input: '{}' });
    expect(a.ok && b.ok && a.value === b.value).toBe(true);
    const stop = sim.stopExecution(a.ok ? a.value.executionArn : '', 'Manual', 'test');
    expect(stop.ok).toBe(true);
    const r = a.ok ? await a.value.done : undefined;
    expect(r?.status).toBe('ABORTED');
    expect(r?.history.at(-1)?.type).toBe('ExecutionAborted');
  });

  it('serves activity tasks to workers', async () => {
    const sim = new Simulator();
    const activity = sim.createActivity('review');
    const m = sim.registerStateMachine({ name: 'A', definition: def({ R: { Type: 'Task', Resource: activity, End: true } }) });
    if (!m.ok) throw new Error('register');
    const h = sim.startExecution({ stateMachineArn: m.value.stateMachineArn, input: { doc: 7 } });
    if (!h.ok) throw new Error('start');
    const task = await sim.getActivityTask(activity, 'worker-1', 1000);
    if (!task.ok || !task.value) throw new Error('no task');
    expect(JSON.parse(task.value.input)).toEqual({ doc: 7 });
    sim.sendTaskFailure(task.value.taskToken, 'Rejected', 'nope');
    const r = await h.value.done;
    expect([r.status, r.error]).toEqual(['FAILED', 'Rejected']);
    expect(r.history.find((e) => e.type === 'ActivityStarted')?.activityStartedEventDetails).toEqual({ workerName: 'worker-1' });
  });

  it('gives EXPRESS runs the StartSyncExecution shape', async () => {
    const sim = new Simulator();
    const m = sim.registerStateMachine({ name: 'E', type: 'EXPRESS', definition: def({ W: { Type: 'Wait', Seconds: 1, End: true } }) });
    if (!m.ok) throw new Error('register');
    const r = await sim.startSyncExecution({ stateMachineArn: m.value.stateMachineArn, input: '{"k":1}' });
    expect(r.ok && r.value.status).toBe('SUCCEEDED');
    expect(r.ok && r.value.executionArn).toMatch(/:express:E:/);
    expect(r.ok && r.value.billingDetails).toEqual({ billedDurationInMilliseconds: 1000, billedMemoryUsedInMB: 64 });
  });

  it('times out executions by TimeoutSeconds and stops at the history quota', async () => {
    const timedOut = await ok(def({ W: { Type: 'Wait', Seconds: 100, End: true } }, 'W', { TimeoutSeconds: 10 }));
    expect([timedOut.status, timedOut.error]).toEqual(['TIMED_OUT', 'States.Timeout']);
    expect(timedOut.stopDate.getTime() - timedOut.startDate.getTime()).toBe(10_000);
    const loop = await ok(def({ L: { Type: 'Pass', Next: 'L' } }), {}, { maxHistoryEvents: 100 });
    expect([loop.status, loop.error]).toEqual(['FAILED', 'States.Runtime']);
    expect(loop.history).toHaveLength(101);
  });

  it('stops a running Map and its iterations with StopExecution', async () => {
    const sim = new Simulator();
    const m = sim.registerStateMachine({
      name: 'M',
      definition: def({ Map: { Type: 'Map', ItemsPath: '$.items', ItemProcessor: { StartAt: 'W', States: { W: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: {}, End: true } } }, End: true } }),
    });
    if (!m.ok) throw new Error('register');
    const h = sim.startExecution({ stateMachineArn: m.value.stateMachineArn, input: { items: [1, 2, 3] } });
    if (!h.ok) throw new Error('start');
    await new Promise<void>((resolve) => {
      h.value.onEvent((e) => {
        if (e.type === 'TaskSubmitted') resolve();
      });
    });
    h.value.stop('Stopped', 'by the test');
    const r = await h.value.done;
    expect([r.status, r.error, r.cause]).toEqual(['ABORTED', 'Stopped', 'by the test']);
    expect(r.history.at(-1)?.executionAbortedEventDetails).toEqual({ error: 'Stopped', cause: 'by the test' });
    expect(sim.stopExecution(r.executionArn).ok).toBe(false);
  });

  it('makes UUIDs and timestamps deterministic under a seed', async () => {
    const machine = def({ U: { Type: 'Pass', Parameters: { 'id.$': 'States.UUID()' }, End: true } });
    const a = await ok(machine, {}, { seed: 42 });
    const b = await ok(machine, {}, { seed: 42 });
    const c = await ok(machine, {}, { seed: 43 });
    expect(a.output).toEqual(b.output);
    expect(a.name).toBe(b.name);
    expect(a.name).not.toBe(c.name);
  });
});

describe('execution input nested deeper than AWS parses', () => {
  const machine = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
  const nested = (depth: number): unknown => {
    let value: unknown = 1;
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  };

  it('is InvalidExecutionInput for text and for values, at any depth (no stack overflow)', async () => {
    expect(await run(machine, nested(1000) as never)).toMatchObject({ status: 'SUCCEEDED' });
    for (const depth of [1001, 50_000]) {
      const fromValue = await run(machine, nested(depth) as never);
      expect(isRunError(fromValue) && fromValue.error.code).toBe('InvalidExecutionInput');
      const sim = new Simulator({ autoAdvance: true });
      const registered = sim.registerStateMachine({ name: 'M', definition: machine, type: 'STANDARD' });
      if (!registered.ok) throw new Error(registered.error.message);
      const started = sim.startWithMocks({ stateMachineArn: registered.value.stateMachineArn, input: '['.repeat(depth) + ']'.repeat(depth) }, undefined);
      expect(started.ok).toBe(false);
      if (!started.ok) expect(started.error.message).toContain("'Document nesting depth (1001) exceeds the maximum allowed (1000");
    }
  });
});
