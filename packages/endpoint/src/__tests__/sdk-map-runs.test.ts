/** Distributed Map runs: ListMapRuns, DescribeMapRun, UpdateMapRun through the real AWS SDK. */
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  DescribeMapRunCommand,
  ListMapRunsCommand,
  StartExecutionCommand,
  UpdateMapRunCommand,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_PREFIX, errorOf, eventually, loadEndpoint, ROLE_ARN, simulatorGap, startTestServer, type TestServer } from './harness.js';

const loaded = await loadEndpoint();
const gap = loaded.module ? await simulatorGap() : loaded.reason;
const suite = gap ? describe.skip : describe;
if (gap) console.warn(`endpoint map run tests skipped: ${gap}`);

suite('map runs through @aws-sdk/client-sfn', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(loaded.module as NonNullable<typeof loaded.module>);
  });
  afterAll(async () => t?.close());

  it('lists, describes and updates the map run of a Distributed Map', async () => {
    const definition = JSON.stringify({
      StartAt: 'Each',
      States: {
        Each: {
          Type: 'Map',
          Label: 'Items',
          MaxConcurrency: 5,
          ItemsPath: '$.items',
          ItemProcessor: {
            ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
            StartAt: 'Double',
            States: { Double: { Type: 'Pass', Parameters: { 'v.$': 'States.MathAdd($.v, $.v)' }, End: true } },
          },
          End: true,
        },
      },
    });
    const { stateMachineArn } = await t.sfn.send(new CreateStateMachineCommand({ name: 'Distributed', definition, roleArn: ROLE_ARN }));
    const { executionArn } = await t.sfn.send(new StartExecutionCommand({ stateMachineArn, input: JSON.stringify({ items: [{ v: 1 }, { v: 2 }, { v: 3 }] }) }));
    const ended = await eventually(async () => {
      const described = await t.sfn.send(new DescribeExecutionCommand({ executionArn }));
      return described.status === 'RUNNING' ? undefined : described;
    });
    expect({ status: ended.status, error: ended.error }).toEqual({ status: 'SUCCEEDED', error: undefined });
    expect(JSON.parse(ended.output ?? 'null')).toEqual([{ v: 2 }, { v: 4 }, { v: 6 }]);

    const { mapRuns } = await t.sfn.send(new ListMapRunsCommand({ executionArn }));
    expect(mapRuns).toHaveLength(1);
    const mapRunArn = mapRuns?.[0]?.mapRunArn ?? '';
    expect(mapRunArn.startsWith(`${ACCOUNT_PREFIX}:mapRun:Distributed/Items:`)).toBe(true);
    expect(mapRuns?.[0]?.stateMachineArn).toBe(`${ACCOUNT_PREFIX}:stateMachine:Distributed/Items`);
    const described = await t.sfn.send(new DescribeMapRunCommand({ mapRunArn }));
    expect(described).toMatchObject({ executionArn, status: 'SUCCEEDED', maxConcurrency: 5 });
    expect(described.itemCounts?.succeeded).toBe(3);
    await t.sfn.send(new UpdateMapRunCommand({ mapRunArn, maxConcurrency: 2 }));
    expect((await t.sfn.send(new DescribeMapRunCommand({ mapRunArn }))).maxConcurrency).toBe(2);
    expect((await errorOf(t.sfn.send(new UpdateMapRunCommand({ mapRunArn })))).name).toBe('ValidationException');
    expect((await errorOf(t.sfn.send(new DescribeMapRunCommand({ mapRunArn: `${ACCOUNT_PREFIX}:mapRun:Distributed/Items:nope` })))).name).toBe('ResourceNotFound');
    expect((await errorOf(t.sfn.send(new ListMapRunsCommand({ executionArn: `${ACCOUNT_PREFIX}:execution:Distributed:nope` })))).name).toBe('ExecutionDoesNotExist');
  });
});
