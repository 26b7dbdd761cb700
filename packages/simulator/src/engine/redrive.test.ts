import { describe, expect, it } from 'vitest';
import { Simulator, taskFailure } from '../index.js';

const definition = {
  StartAt: 'First',
  States: {
    First: { Type: 'Pass', Result: 1, ResultPath: '$.first', Assign: { seen: 'yes' }, Next: 'Flaky' },
    Flaky: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'redrives.$': '$$.Execution.RedriveCount', 'seen.$': '$seen' }, ResultSelector: { 'payload.$': '$.Payload' }, ResultPath: '$.flaky', End: true },
  },
} as never;

function simulator(failures: number) {
  let calls = 0;
  const sim = new Simulator({
    handlers: {
      'arn:aws:states:::lambda:invoke': (inv) => {
        calls++;
        return calls <= failures ? taskFailure('Boom', `call ${calls}`) : { Payload: inv.parameters };
      },
    },
  });
  const machine = sim.registerStateMachine({ name: 'M', definition });
  if (!machine.ok) throw new Error('register');
  return { sim, arn: machine.value.stateMachineArn, calls: () => calls };
}

describe('redriveExecution', () => {
  it('reruns a FAILED execution from the failed state with its input and variables', async () => {
    const { sim, arn, calls } = simulator(1);
    const started = sim.startExecution({ stateMachineArn: arn, name: 'e1', input: { a: 1 } });
    if (!started.ok) throw new Error('start');
    const first = await started.value.done;
    expect(first.status).toBe('FAILED');
    expect(sim.describeExecution(first.executionArn)).toMatchObject({ ok: true, value: { redriveCount: 0 } });

    const redriven = sim.redriveExecution(first.executionArn);
    expect(redriven.ok).toBe(true);
    const handle = sim.getExecution(first.executionArn);
    const second = await handle?.done;
    expect(second?.status).toBe('SUCCEEDED');
    expect(second?.output).toEqual({ a: 1, first: 1, flaky: { payload: { redrives: 1, seen: 'yes' } } });
    expect(calls()).toBe(2);
    const types = (second?.history ?? []).map((e) => e.type);
    expect(types.filter((t) => t === 'PassStateEntered')).toHaveLength(1);
    const redrivenEvent = second?.history.find((e) => e.type === 'ExecutionRedriven');
    expect(redrivenEvent?.executionRedrivenEventDetails).toEqual({ redriveCount: 1 });
    expect(types.slice(types.indexOf('ExecutionFailed'))).toEqual([
      'ExecutionFailed', 'ExecutionRedriven', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSucceeded', 'TaskStateExited', 'ExecutionSucceeded',
    ]);
    const ids = (second?.history ?? []).map((e) => e.id);
    expect(ids).toEqual(ids.map((_, i) => i + 1));
    expect(sim.describeExecution(first.executionArn)).toMatchObject({ ok: true, value: { status: 'SUCCEEDED', redriveCount: 1 } });
  });

  it('refuses running, succeeded, EXPRESS, unknown and deleted-machine executions', async () => {
    const { sim, arn } = simulator(0);
    const ok = sim.startExecution({ stateMachineArn: arn, input: {} });
    if (!ok.ok) throw new Error('start');
    expect(sim.redriveExecution(ok.value.executionArn)).toMatchObject({ ok: false, error: { code: 'ExecutionNotRedrivable', message: 'Execution is RUNNING and cannot be redriven' } });
    await ok.value.done;
    expect(sim.redriveExecution(ok.value.executionArn)).toMatchObject({ ok: false, error: { code: 'ExecutionNotRedrivable' } });
    expect(sim.redriveExecution(`${ok.value.executionArn}x`)).toMatchObject({ ok: false, error: { code: 'ExecutionDoesNotExist' } });

    const express = sim.registerStateMachine({ name: 'X', type: 'EXPRESS', definition: { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E' } } } as never });
    if (!express.ok) throw new Error('register');
    const x = sim.startExecution({ stateMachineArn: express.value.stateMachineArn, input: {} });
    if (!x.ok) throw new Error('start');
    await x.value.done;
    expect(sim.redriveExecution(x.value.executionArn)).toMatchObject({ ok: false, error: { code: 'ExecutionNotRedrivable' } });

    const failing = simulator(5);
    const f = failing.sim.startExecution({ stateMachineArn: failing.arn, input: {} });
    if (!f.ok) throw new Error('start');
    await f.value.done;
    expect(failing.sim.redriveStatusReason(f.value.executionArn)).toBeUndefined();
    expect(failing.sim.unregisterStateMachine(failing.arn)).toBe(true);
    expect(failing.sim.unregisterStateMachine(failing.arn)).toBe(false);
    expect(failing.sim.redriveExecution(f.value.executionArn)).toMatchObject({ ok: false, error: { code: 'ExecutionNotRedrivable', message: 'State machine is in DELETING status' } });
    expect(failing.sim.startExecution({ stateMachineArn: failing.arn, input: {} })).toMatchObject({ ok: false });
  });

  it('redrives an ABORTED execution from the state that was running', async () => {
    const sim = new Simulator();
    const m = sim.registerStateMachine({ name: 'W', definition: { StartAt: 'P', States: { P: { Type: 'Pass', Next: 'W' }, W: { Type: 'Wait', Seconds: 10, End: true } } } as never });
    if (!m.ok) throw new Error('register');
    const h = sim.startExecution({ stateMachineArn: m.value.stateMachineArn, input: { v: 1 } });
    if (!h.ok) throw new Error('start');
    await Promise.resolve();
    await Promise.resolve();
    h.value.stop('Manual', 'test');
    expect((await h.value.done).status).toBe('ABORTED');
    expect(sim.redriveExecution(h.value.executionArn).ok).toBe(true);
    const r = await sim.getExecution(h.value.executionArn)?.done;
    expect(r?.status).toBe('SUCCEEDED');
    expect(r?.output).toEqual({ v: 1 });
    expect(r?.history.filter((e) => e.type === 'PassStateEntered')).toHaveLength(1);
    expect(r?.history.filter((e) => e.type === 'WaitStateEntered')).toHaveLength(2);
  });
});
