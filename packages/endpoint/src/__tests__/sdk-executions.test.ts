/** Executions, callbacks, activities and nested executions through the real AWS SDK. */
import {
  CreateActivityCommand,
  CreateStateMachineCommand,
  DeleteActivityCommand,
  DeleteStateMachineCommand,
  DescribeActivityCommand,
  DescribeExecutionCommand,
  DescribeStateMachineForExecutionCommand,
  GetActivityTaskCommand,
  GetExecutionHistoryCommand,
  ListActivitiesCommand,
  ListExecutionsCommand,
  RedriveExecutionCommand,
  SendTaskFailureCommand,
  SendTaskHeartbeatCommand,
  SendTaskSuccessCommand,
  StartExecutionCommand,
  StartSyncExecutionCommand,
  StopExecutionCommand,
  type HistoryEvent,
  type SFNClient,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_PREFIX, errorOf, eventually, loadEndpoint, nestedExecutionGap, ROLE_ARN, simulatorGap, startTestServer, type TestServer } from './harness.js';

const loaded = await loadEndpoint();
const gap = loaded.module ? await simulatorGap() : loaded.reason;
const suite = gap ? describe.skip : describe;
if (gap) console.warn(`endpoint SDK execution tests skipped: ${gap}`);
const nestedGap = gap ? undefined : await nestedExecutionGap();
if (nestedGap) console.warn(`endpoint nested execution test skipped: ${nestedGap}`);

const json = (value: unknown) => JSON.stringify(value);

async function create(sfn: SFNClient, name: string, definition: unknown, type: 'STANDARD' | 'EXPRESS' = 'STANDARD'): Promise<string> {
  const created = await sfn.send(new CreateStateMachineCommand({ name, definition: json(definition), roleArn: ROLE_ARN, type }));
  return created.stateMachineArn ?? '';
}

async function finished(sfn: SFNClient, executionArn: string, timeoutMs = 10_000) {
  return eventually(async () => {
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    return described.status === 'RUNNING' ? undefined : described;
  }, timeoutMs);
}

async function history(sfn: SFNClient, executionArn: string): Promise<HistoryEvent[]> {
  return (await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }))).events ?? [];
}

suite('executions through @aws-sdk/client-sfn', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(loaded.module as NonNullable<typeof loaded.module>, { activityPollTimeoutMs: 2_000 });
  });
  afterAll(async () => t?.close());

  it('create → start → describe → history → stop', async () => {
    const arn = await create(t.sfn, 'Waiter', { StartAt: 'Hold', States: { Hold: { Type: 'Wait', Seconds: 3600, Next: 'Done' }, Done: { Type: 'Succeed' } } });
    const started = await t.sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'run-1', input: json({ a: 1 }) }));
    expect(started.executionArn).toBe(`${ACCOUNT_PREFIX}:execution:Waiter:run-1`);
    // Idempotent while running with the same input; ExecutionAlreadyExists with another input.
    const again = await t.sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'run-1', input: json({ a: 1 }) }));
    expect(again.executionArn).toBe(started.executionArn);
    expect((await errorOf(t.sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'run-1', input: json({ a: 2 }) })))).name).toBe('ExecutionAlreadyExists');

    const running = await t.sfn.send(new DescribeExecutionCommand({ executionArn: started.executionArn }));
    expect(running).toMatchObject({ status: 'RUNNING', name: 'run-1', stateMachineArn: arn, input: json({ a: 1 }), redriveCount: 0 });
    await eventually(async () => ((await history(t.sfn, started.executionArn ?? '')).some((event) => event.type === 'WaitStateEntered') ? true : undefined));

    const listed = await t.sfn.send(new ListExecutionsCommand({ stateMachineArn: arn, statusFilter: 'RUNNING' }));
    expect(listed.executions?.map((execution) => execution.name)).toEqual(['run-1']);

    const stopped = await t.sfn.send(new StopExecutionCommand({ executionArn: started.executionArn, error: 'Manual', cause: 'test' }));
    expect(stopped.stopDate).toBeInstanceOf(Date);
    const ended = await finished(t.sfn, started.executionArn ?? '');
    expect(ended.status).toBe('ABORTED');
    const events = await history(t.sfn, started.executionArn ?? '');
    expect(events[0]).toMatchObject({ id: 1, previousEventId: 0, type: 'ExecutionStarted' });
    expect(events[0]?.timestamp).toBeInstanceOf(Date);
    expect(events.at(-1)?.type).toBe('ExecutionAborted');
    // Closed executions cannot be restarted under the same name.
    expect((await errorOf(t.sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'run-1', input: json({ a: 1 }) })))).name).toBe('ExecutionAlreadyExists');

    const forExecution = await t.sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn: started.executionArn }));
    expect(forExecution).toMatchObject({ stateMachineArn: arn, name: 'Waiter', roleArn: ROLE_ARN });
    // An ABORTED execution is redrivable: it resumes in the Wait state it was stopped in.
    expect(await t.sfn.send(new DescribeExecutionCommand({ executionArn: started.executionArn }))).toMatchObject({ redriveStatus: 'REDRIVABLE' });
    const redriven = await t.sfn.send(new RedriveExecutionCommand({ executionArn: started.executionArn, clientToken: 'once' }));
    expect(redriven.redriveDate).toBeInstanceOf(Date);
    const again2 = await t.sfn.send(new RedriveExecutionCommand({ executionArn: started.executionArn, clientToken: 'once' }));
    expect(again2.redriveDate?.getTime()).toBe(redriven.redriveDate?.getTime());
    expect(await t.sfn.send(new DescribeExecutionCommand({ executionArn: started.executionArn }))).toMatchObject({
      status: 'RUNNING',
      redriveCount: 1,
      redriveStatus: 'NOT_REDRIVABLE',
      redriveStatusReason: 'Execution is RUNNING and cannot be redriven',
    });
    expect((await errorOf(t.sfn.send(new RedriveExecutionCommand({ executionArn: started.executionArn })))).name).toBe('ExecutionNotRedrivable');
    await t.sfn.send(new StopExecutionCommand({ executionArn: started.executionArn }));
    expect((await finished(t.sfn, started.executionArn ?? '')).status).toBe('ABORTED');
  });

  it('RedriveExecution resumes a FAILED execution at the failed state; DeleteStateMachine makes it not redrivable', async () => {
    // The state fails while Execution.RedriveCount is 0 (the first text is not JSON) and succeeds after a redrive.
    const definition = {
      StartAt: 'Start',
      States: {
        Start: { Type: 'Pass', Result: 'started', ResultPath: '$.start', Next: 'Parse' },
        Parse: { Type: 'Pass', Parameters: { 'parsed.$': 'States.StringToJson(States.ArrayGetItem($.texts, $$.Execution.RedriveCount))' }, End: true },
      },
    };
    const arn = await create(t.sfn, 'Redrivable', definition);
    const input = json({ texts: ['not json', '{"ok":true}'] });
    const { executionArn } = await t.sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'flaky', input }));
    const failed = await finished(t.sfn, executionArn ?? '');
    expect(failed).toMatchObject({ status: 'FAILED', error: 'States.Runtime', redriveCount: 0, redriveStatus: 'REDRIVABLE' });

    await t.sfn.send(new RedriveExecutionCommand({ executionArn }));
    const succeeded = await finished(t.sfn, executionArn ?? '');
    expect(succeeded).toMatchObject({ status: 'SUCCEEDED', output: json({ parsed: { ok: true } }), redriveCount: 1, redriveStatus: 'NOT_REDRIVABLE' });
    expect(succeeded.redriveDate).toBeInstanceOf(Date);
    const events = await history(t.sfn, executionArn ?? '');
    const types = events.map((event) => event.type);
    expect(types).toEqual([
      'ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'PassStateEntered', 'ExecutionFailed',
      'ExecutionRedriven', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded',
    ]);
    expect(events[5]?.executionRedrivenEventDetails).toEqual({ redriveCount: 1 });
    const listed = await t.sfn.send(new ListExecutionsCommand({ stateMachineArn: arn, redriveFilter: 'REDRIVEN' }));
    expect(listed.executions?.map((execution) => execution.name)).toEqual(['flaky']);

    const second = await t.sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'orphan', input: json({ texts: ['x'] }) }));
    expect((await finished(t.sfn, second.executionArn ?? '')).status).toBe('FAILED');
    await t.sfn.send(new DeleteStateMachineCommand({ stateMachineArn: arn }));
    const refused = await errorOf(t.sfn.send(new RedriveExecutionCommand({ executionArn: second.executionArn })));
    expect(refused).toMatchObject({ name: 'ExecutionNotRedrivable', message: 'State machine is in DELETING status' });
  });

  it('history: reverseOrder, includeExecutionData and pagination', async () => {
    const arn = await create(t.sfn, 'Steps', { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Result: { done: true }, End: true } } });
    const { executionArn } = await t.sfn.send(new StartExecutionCommand({ stateMachineArn: arn, input: json({ secret: 42 }) }));
    const ended = await finished(t.sfn, executionArn ?? '');
    expect(ended).toMatchObject({ status: 'SUCCEEDED', output: json({ done: true }) });
    const all = await history(t.sfn, executionArn ?? '');
    expect(all.map((event) => event.type)).toEqual(['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
    const reversed = await t.sfn.send(new GetExecutionHistoryCommand({ executionArn, reverseOrder: true }));
    expect(reversed.events?.map((event) => event.id)).toEqual([6, 5, 4, 3, 2, 1]);
    const noData = await t.sfn.send(new GetExecutionHistoryCommand({ executionArn, includeExecutionData: false }));
    expect(noData.events?.[0]?.executionStartedEventDetails?.input).toBeUndefined();
    expect(JSON.stringify(noData.events)).not.toContain('secret');
    const pages: number[] = [];
    let nextToken: string | undefined;
    do {
      const page = await t.sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 4, nextToken }));
      pages.push(page.events?.length ?? 0);
      nextToken = page.nextToken;
    } while (nextToken);
    expect(pages).toEqual([4, 2]);
    expect((await errorOf(t.sfn.send(new GetExecutionHistoryCommand({ executionArn, nextToken: 'bogus' })))).name).toBe('InvalidToken');
  });

  it('StartSyncExecution runs EXPRESS machines and answers 200 even when they fail', async () => {
    const ok = await create(t.sfn, 'FastOk', { StartAt: 'P', States: { P: { Type: 'Pass', Parameters: { 'doubled.$': 'States.MathAdd($.n, $.n)' }, End: true } } }, 'EXPRESS');
    const succeeded = await t.sfn.send(new StartSyncExecutionCommand({ stateMachineArn: ok, input: json({ n: 21 }) }));
    expect(succeeded).toMatchObject({ status: 'SUCCEEDED', output: json({ doubled: 42 }), stateMachineArn: ok });
    expect(succeeded.startDate).toBeInstanceOf(Date);
    const failing = await create(t.sfn, 'FastFail', { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'Boom', Cause: 'on purpose' } } }, 'EXPRESS');
    const failed = await t.sfn.send(new StartSyncExecutionCommand({ stateMachineArn: failing }));
    expect(failed).toMatchObject({ status: 'FAILED', error: 'Boom', cause: 'on purpose' });
    const standard = await create(t.sfn, 'NotExpress', { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } });
    expect((await errorOf(t.sfn.send(new StartSyncExecutionCommand({ stateMachineArn: standard })))).name).toBe('StateMachineTypeNotSupported');
  });

  it.skipIf(nestedGap !== undefined)('runs a nested .sync:2 execution of another machine', async () => {
    const child = await create(t.sfn, 'Child', { StartAt: 'Echo', States: { Echo: { Type: 'Pass', Parameters: { 'got.$': '$.value' }, End: true } } });
    const parent = await create(t.sfn, 'Parent', {
      StartAt: 'Call',
      States: {
        Call: {
          Type: 'Task',
          Resource: 'arn:aws:states:::states:startExecution.sync:2',
          Parameters: { StateMachineArn: child, Input: { value: 'hello' } },
          OutputPath: '$.Output',
          End: true,
        },
      },
    });
    const { executionArn } = await t.sfn.send(new StartExecutionCommand({ stateMachineArn: parent }));
    const ended = await finished(t.sfn, executionArn ?? '');
    expect({ status: ended.status, error: ended.error, cause: ended.cause }).toEqual({ status: 'SUCCEEDED', error: undefined, cause: undefined });
    expect(JSON.parse(ended.output ?? 'null')).toEqual({ got: 'hello' });
    const children = await t.sfn.send(new ListExecutionsCommand({ stateMachineArn: child }));
    expect(children.executions).toHaveLength(1);
    expect(children.executions?.[0]?.status).toBe('SUCCEEDED');
    const childHistory = await history(t.sfn, children.executions?.[0]?.executionArn ?? '');
    expect(childHistory.at(-1)?.type).toBe('ExecutionSucceeded');
  });

  it('completes a .waitForTaskToken task with SendTaskSuccess and fails one with SendTaskFailure', async () => {
    const arn = await create(t.sfn, 'Callback', {
      StartAt: 'Ask',
      States: {
        Ask: {
          Type: 'Task',
          Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
          Parameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', MessageBody: { 'token.$': '$$.Task.Token' } },
          End: true,
        },
      },
    });
    const tokenOf = async (executionArn: string) =>
      eventually(async () => {
        const scheduled = (await history(t.sfn, executionArn)).find((event) => event.type === 'TaskScheduled');
        const parameters = scheduled?.taskScheduledEventDetails?.parameters;
        return parameters ? (JSON.parse(parameters) as { MessageBody: { token: string } }).MessageBody.token : undefined;
      });

    const first = await t.sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    const token = await tokenOf(first.executionArn ?? '');
    await t.sfn.send(new SendTaskHeartbeatCommand({ taskToken: token }));
    expect((await errorOf(t.sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: '{not json' })))).name).toBe('InvalidOutput');
    await t.sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: json({ approved: true }) }));
    const ended = await finished(t.sfn, first.executionArn ?? '');
    expect(ended).toMatchObject({ status: 'SUCCEEDED', output: json({ approved: true }) });
    expect((await errorOf(t.sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: '{}' })))).name).toMatch(/^(TaskDoesNotExist|InvalidToken|TaskTimedOut)$/);

    const second = await t.sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    const secondToken = await tokenOf(second.executionArn ?? '');
    await t.sfn.send(new SendTaskFailureCommand({ taskToken: secondToken, error: 'Rejected', cause: 'no' }));
    expect(await finished(t.sfn, second.executionArn ?? '')).toMatchObject({ status: 'FAILED', error: 'Rejected', cause: 'no' });
    expect((await errorOf(t.sfn.send(new SendTaskSuccessCommand({ taskToken: 'no-such-token', output: '{}' })))).name).toMatch(/^(TaskDoesNotExist|InvalidToken)$/);
  });

  it('serves an activity worker loop', async () => {
    const { activityArn } = await t.sfn.send(new CreateActivityCommand({ name: 'Resize' }));
    expect(activityArn).toBe(`${ACCOUNT_PREFIX}:activity:Resize`);
    expect((await t.sfn.send(new DescribeActivityCommand({ activityArn }))).name).toBe('Resize');
    expect((await t.sfn.send(new ListActivitiesCommand({}))).activities?.map((activity) => activity.name)).toContain('Resize');
    const arn = await create(t.sfn, 'UsesActivity', {
      StartAt: 'Work',
      States: { Work: { Type: 'Task', Resource: activityArn, Next: 'Again' }, Again: { Type: 'Task', Resource: activityArn, End: true } },
    });
    const { executionArn } = await t.sfn.send(new StartExecutionCommand({ stateMachineArn: arn, input: json({ size: 1 }) }));
    // The worker: poll, heartbeat, answer; twice.
    for (let round = 0; round < 2; round++) {
      const task = await eventually(async () => {
        const polled = await t.sfn.send(new GetActivityTaskCommand({ activityArn, workerName: 'worker-1' }));
        return polled.taskToken ? polled : undefined;
      });
      await t.sfn.send(new SendTaskHeartbeatCommand({ taskToken: task.taskToken }));
      const input = JSON.parse(task.input ?? '{}') as { size: number };
      await t.sfn.send(new SendTaskSuccessCommand({ taskToken: task.taskToken, output: json({ size: input.size * 10 }) }));
    }
    expect(await finished(t.sfn, executionArn ?? '')).toMatchObject({ status: 'SUCCEEDED', output: json({ size: 100 }) });
    const types = (await history(t.sfn, executionArn ?? '')).map((event) => event.type);
    expect(types.filter((type) => type === 'ActivitySucceeded')).toHaveLength(2);

    // An empty long poll ends after the poll timeout with no token.
    const startedAt = Date.now();
    const empty = await t.sfn.send(new GetActivityTaskCommand({ activityArn }));
    expect(empty.taskToken).toBeUndefined();
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(1_500);

    await t.sfn.send(new DeleteActivityCommand({ activityArn }));
    expect((await errorOf(t.sfn.send(new DescribeActivityCommand({ activityArn })))).name).toBe('ActivityDoesNotExist');
    expect((await errorOf(t.sfn.send(new GetActivityTaskCommand({ activityArn })))).name).toBe('ActivityDoesNotExist');
  });

  it('answers execution errors like AWS', async () => {
    const arn = await create(t.sfn, 'Errors', { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } });
    expect(await errorOf(t.sfn.send(new StartExecutionCommand({ stateMachineArn: arn, input: '{oops' })))).toMatchObject({
      name: 'InvalidExecutionInput',
      message: expect.stringContaining('was expecting double-quote to start field name'),
    });
    expect((await errorOf(t.sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'has space' })))).name).toBe('InvalidName');
    expect((await errorOf(t.sfn.send(new StartExecutionCommand({ stateMachineArn: `${ACCOUNT_PREFIX}:stateMachine:Ghost` })))).name).toBe('StateMachineDoesNotExist');
    expect((await errorOf(t.sfn.send(new StartExecutionCommand({ stateMachineArn: 'arn:aws:lambda:us-east-1:123456789012:function:f' })))).name).toBe('InvalidArn');
    const big = json({ data: 'x'.repeat(262_144) });
    expect((await errorOf(t.sfn.send(new StartExecutionCommand({ stateMachineArn: arn, input: big })))).name).toBe('ValidationException');
    const ghost = `${ACCOUNT_PREFIX}:execution:Errors:ghost`;
    expect(await errorOf(t.sfn.send(new DescribeExecutionCommand({ executionArn: ghost })))).toMatchObject({ name: 'ExecutionDoesNotExist', message: `Execution Does Not Exist: '${ghost}'` });
    expect((await errorOf(t.sfn.send(new StopExecutionCommand({ executionArn: ghost })))).name).toBe('ExecutionDoesNotExist');
    expect((await errorOf(t.sfn.send(new ListExecutionsCommand({})))).name).toBe('ValidationException');
    expect((await errorOf(t.sfn.send(new DescribeActivityCommand({ activityArn: `${ACCOUNT_PREFIX}:activity:none` })))).name).toBe('ActivityDoesNotExist');
  });
});
