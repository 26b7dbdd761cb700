import { describe, expect, it } from 'vitest';
import { run, isRunError } from '../index.js';

const def = (states: Record<string, unknown>) => ({ StartAt: Object.keys(states)[0] as string, States: states }) as never;

describe('callback failures without error and cause', () => {
  it('catch an error output of {"Error": null, "Cause": null}', async () => {
    const r = await run(
      def({
        W: {
          Type: 'Task',
          Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
          Parameters: { 'MessageBody.$': '$$.Task.Token' },
          Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Caught' }],
          End: true,
        },
        Caught: { Type: 'Pass', End: true },
      }),
      { a: 1 },
      {
        handlers: {
          'arn:aws:states:::sqs:sendMessage': (inv) => {
            setTimeout(() => inv.signal.sendTaskFailure(inv.taskToken as string), 1);
            return { MessageId: 'm-1' };
          },
        },
      },
    );
    if (isRunError(r)) throw new Error(r.error.message);
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual({ a: 1, error: { Error: null, Cause: null } });
    expect(r.history.find((e) => e.type === 'TaskFailed')?.taskFailedEventDetails).toEqual({ resource: 'sendMessage.waitForTaskToken', resourceType: 'sqs' });
  });

  it('catch {"Error": null, "Cause": null} from a mocked Throw without fields', async () => {
    const r = await run(
      def({
        W: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: {}, Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Caught' }], End: true },
        Caught: { Type: 'Pass', End: true },
      }),
      {},
      { mocks: { W: [{ Throw: {} }] } as never },
    );
    if (isRunError(r)) throw new Error(r.error.message);
    expect(r.output).toEqual({ error: { Error: null, Cause: null } });
  });
});

describe('State.RetryCount in the context object', () => {
  const contextOf = (state: Record<string, unknown>) =>
    run(def({ S: { ...state, Parameters: { 'state.$': '$$.State' }, End: true } }), {}, { handlers: { 'arn:aws:states:::lambda:invoke': () => ({}) } });

  it('is present for states with a Retry field', async () => {
    const r = await contextOf({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Retry: [{ ErrorEquals: ['States.ALL'] }], ResultSelector: { 'state.$': '$$.State' } });
    if (isRunError(r)) throw new Error(r.error.message);
    expect(r.output).toMatchObject({ state: { RetryCount: 0 } });
  });

  it('is absent for Task states without Retry', async () => {
    const r = await contextOf({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', ResultSelector: { 'state.$': '$$.State' } });
    if (isRunError(r)) throw new Error(r.error.message);
    expect(Object.keys((r.output as { state: object }).state)).not.toContain('RetryCount');
  });
});
