import { describe, expect, it } from 'vitest';
import type { HistoryEvent, RunResult, TaskHandler, TaskInvocation } from './index.js';
import { eventTypes, isRunError, run, Simulator } from './index.js';

async function ok(...args: Parameters<typeof run>): Promise<RunResult> {
  const r = await run(...args);
  if (isRunError(r)) throw new Error(r.error.message);
  return r;
}

const def = (states: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ StartAt: Object.keys(states)[0] as string, States: states, ...extra }) as never;
const START = Date.parse('2024-01-01T00:00:00Z');
const secondsOf = (r: RunResult, type: HistoryEvent['type']): number => {
  const e = r.history.find((x) => x.type === type);
  if (!e) throw new Error(`no ${type}`);
  return (e.timestamp.getTime() - START) / 1000;
};
const caught = { Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.err', Next: 'Handled' }] };
const handled = { Handled: { Type: 'Pass', End: true } };

describe('virtual timeouts of work that waits for the outside (run(), autoAdvance)', () => {
  it('a .waitForTaskToken task with TimeoutSeconds 300 and no callback times out at +300 s and is caught', async () => {
    const r = await ok(def({ W: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', TimeoutSeconds: 300, Parameters: { 'T.$': '$$.Task.Token' }, Next: 'Done', ...caught }, Done: { Type: 'Succeed' }, ...handled }));
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual({ err: { Error: 'States.Timeout', Cause: '' } });
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSubmitted', 'TaskTimedOut', 'TaskStateExited', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
    expect(secondsOf(r, 'TaskTimedOut')).toBe(300);
    expect(r.history.find((e) => e.type === 'TaskTimedOut')?.taskTimedOutEventDetails).toEqual({ resourceType: 'sqs', resource: 'sendMessage.waitForTaskToken', error: 'States.Timeout' });
  });

  it('TimeoutSecondsPath sets the deadline; Retry on States.Timeout backs off on the same clock', async () => {
    const r = await ok(
      def({ W: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', TimeoutSecondsPath: '$.t', Parameters: {}, Retry: [{ ErrorEquals: ['States.Timeout'], IntervalSeconds: 10, MaxAttempts: 1 }], End: true } }),
      { t: 30 },
    );
    expect([r.status, r.error]).toEqual(['FAILED', 'States.Timeout']);
    const timedOut = r.history.filter((e) => e.type === 'TaskTimedOut').map((e) => (e.timestamp.getTime() - START) / 1000);
    expect(timedOut).toEqual([30, 70]);
  });

  it('heartbeats from a handler push the heartbeat deadline until they stop', async () => {
    const handler: TaskHandler = (inv: TaskInvocation) => {
      void (async () => {
        for (let i = 0; i < 3; i++) {
          await inv.sleep(40_000);
          inv.signal.sendTaskHeartbeat(inv.taskToken as string);
        }
      })();
      return {};
    };
    const r = await ok(def({ W: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', HeartbeatSeconds: 60, TimeoutSeconds: 3600, Parameters: {}, End: true } }), {}, { handlers: { W: handler } });
    expect([r.status, r.error]).toEqual(['FAILED', 'States.HeartbeatTimeout']);
    // heartbeats at 40, 80, 120 s; the last one's deadline is 180 s
    expect(secondsOf(r, 'TaskTimedOut')).toBe(180);
  });

  it('an activity with no worker ends with ActivityTimedOut', async () => {
    const r = await ok(def({ A: { Type: 'Task', Resource: 'arn:aws:states:us-east-1:123456789012:activity:nobody', TimeoutSeconds: 120, End: true } }));
    expect([r.status, r.error]).toEqual(['FAILED', 'States.Timeout']);
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'TaskStateEntered', 'ActivityScheduled', 'ActivityTimedOut', 'ExecutionFailed']);
    expect(secondsOf(r, 'ActivityTimedOut')).toBe(120);
  });

  it('an activity with no worker and HeartbeatSeconds times out on the heartbeat', async () => {
    const r = await ok(def({ A: { Type: 'Task', Resource: 'arn:aws:states:us-east-1:123456789012:activity:nobody', TimeoutSeconds: 120, HeartbeatSeconds: 20, End: true } }));
    expect([r.status, r.error]).toEqual(['FAILED', 'States.HeartbeatTimeout']);
    expect(secondsOf(r, 'ActivityTimedOut')).toBe(20);
  });

  it('a local handler that never resolves times out at TimeoutSeconds', async () => {
    const r = await ok(def({ T: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:getItem', TimeoutSeconds: 45, Parameters: {}, End: true } }), {}, { handlers: { T: () => new Promise(() => undefined) } });
    expect([r.status, r.error]).toEqual(['FAILED', 'States.Timeout']);
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskTimedOut', 'ExecutionFailed']);
    expect(secondsOf(r, 'TaskTimedOut')).toBe(45);
  });

  it('a Lambda handler slower than its TimeoutSeconds records LambdaFunctionTimedOut', async () => {
    const lambda = 'arn:aws:lambda:us-east-1:123456789012:function:slow';
    const slow: TaskHandler = async (inv: TaskInvocation) => {
      await inv.sleep(5_000);
      return { late: true };
    };
    const r = await ok(def({ L: { Type: 'Task', Resource: lambda, TimeoutSeconds: 3, End: true } }), {}, { handlers: { [lambda]: slow } });
    expect([r.status, r.error]).toEqual(['FAILED', 'States.Timeout']);
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'TaskStateEntered', 'LambdaFunctionScheduled', 'LambdaFunctionStarted', 'LambdaFunctionTimedOut', 'ExecutionFailed']);
    expect(secondsOf(r, 'LambdaFunctionTimedOut')).toBe(3);
    // the same handler within its timeout succeeds after 5 s of virtual time
    const fine = await ok(def({ L: { Type: 'Task', Resource: lambda, TimeoutSeconds: 10, End: true } }), {}, { handlers: { [lambda]: slow } });
    expect([fine.status, fine.output]).toEqual(['SUCCEEDED', { late: true }]);
    expect(secondsOf(fine, 'LambdaFunctionSucceeded')).toBe(5);
  });

  it('a callback answered by a handler within the grace period still succeeds', async () => {
    const r = await ok(def({ W: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', TimeoutSeconds: 300, Parameters: {}, End: true } }), {}, {
      handlers: {
        W: (inv) => {
          void Promise.resolve().then(() => inv.signal.sendTaskSuccess(inv.taskToken as string, { ok: 1 }));
          return {};
        },
      },
    });
    expect([r.status, r.output]).toEqual(['SUCCEEDED', { ok: 1 }]);
    expect(secondsOf(r, 'TaskSucceeded')).toBe(0);
  });

  it('a Wait in a parallel branch and a timed-out callback keep virtual order', async () => {
    const r = await ok(
      def({
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'Wt', States: { Wt: { Type: 'Wait', Seconds: 100, End: true } } },
            { StartAt: 'Cb', States: { Cb: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', TimeoutSeconds: 200, Parameters: {}, End: true } } },
          ],
          End: true,
        },
      }),
    );
    expect([r.status, r.error]).toEqual(['FAILED', 'States.Timeout']);
    expect(secondsOf(r, 'WaitStateExited')).toBe(100);
    expect(secondsOf(r, 'TaskTimedOut')).toBe(200);
  });

  it('a task without any timeout ends at the execution TimeoutSeconds, or TIMED_OUT after one year', async () => {
    const waitForever = { W: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: {}, End: true } };
    const withLimit = await ok(def(waitForever, { TimeoutSeconds: 900 }));
    expect([withLimit.status, withLimit.error]).toEqual(['TIMED_OUT', 'States.Timeout']);
    expect(secondsOf(withLimit, 'ExecutionTimedOut')).toBe(900);
    const standard = await ok(def(waitForever));
    expect([standard.status, standard.error]).toEqual(['TIMED_OUT', 'States.Timeout']);
    expect(secondsOf(standard, 'ExecutionTimedOut')).toBe(365 * 24 * 3600);
    const express = await ok(def(waitForever), {}, { type: 'EXPRESS' });
    expect(express.status).toBe('TIMED_OUT');
    const neverResolves = await ok(def({ T: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f', End: true } }, { TimeoutSeconds: 60 }), {}, { handlers: { T: () => new Promise(() => undefined) } });
    expect(neverResolves.status).toBe('TIMED_OUT');
  });

  it('autoAdvance: false keeps the old behaviour: a pending callback holds the virtual clock', async () => {
    const sim = new Simulator();
    const m = sim.registerStateMachine({ name: 'W', definition: def({ W: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', TimeoutSeconds: 5, Parameters: { 'T.$': '$$.Task.Token' }, End: true } }) });
    if (!m.ok) throw new Error(m.error.message);
    const h = sim.startExecution({ stateMachineArn: m.value.stateMachineArn });
    if (!h.ok) throw new Error(h.error.message);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(h.value.status()).toBe('RUNNING');
    const submitted = h.value.history().find((e) => e.type === 'TaskScheduled');
    const token = (JSON.parse(submitted?.taskScheduledEventDetails?.parameters ?? '{}') as { T: string }).T;
    expect(sim.sendTaskSuccess(token, { late: 'but fine' }).ok).toBe(true);
    const r = await h.value.done;
    expect([r.status, r.output]).toEqual(['SUCCEEDED', { late: 'but fine' }]);
  });
});
