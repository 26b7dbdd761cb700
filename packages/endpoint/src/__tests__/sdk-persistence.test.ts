/** --data-dir persistence across restarts, mock config test cases, alias routing, time scale. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CreateActivityCommand,
  CreateStateMachineAliasCommand,
  CreateStateMachineCommand,
  DescribeActivityCommand,
  DescribeExecutionCommand,
  DescribeStateMachineAliasCommand,
  DescribeStateMachineCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  ListTagsForResourceCommand,
  StartExecutionCommand,
  type SFNClient,
} from '@aws-sdk/client-sfn';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT_PREFIX, eventually, loadEndpoint, ROLE_ARN, simulatorGap, startTestServer } from './harness.js';

const loaded = await loadEndpoint();
const gap = loaded.module ? await simulatorGap() : loaded.reason;
const suite = gap ? describe.skip : describe;
if (gap) console.warn(`endpoint persistence tests skipped: ${gap}`);
const endpoint = loaded.module as NonNullable<typeof loaded.module>;

const fixtures = fileURLToPath(new URL('../../../../fixtures/endpoint/', import.meta.url));
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function finished(sfn: SFNClient, executionArn: string) {
  return eventually(async () => {
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    return described.status === 'RUNNING' ? undefined : described;
  });
}

suite('persistence, mock config and routing', () => {
  it('keeps machines, versions, aliases, tags, activities and finished executions across a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'aslkit-serve-'));
    dirs.push(dataDir);
    const definition = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', Result: 'kept', End: true } } });
    const first = await startTestServer(endpoint, { dataDir });
    const { stateMachineArn, stateMachineVersionArn } = await first.sfn.send(
      new CreateStateMachineCommand({ name: 'Durable', definition, roleArn: ROLE_ARN, publish: true, tags: [{ key: 'k', value: 'v' }] }),
    );
    await first.sfn.send(new CreateStateMachineAliasCommand({ name: 'live', routingConfiguration: [{ stateMachineVersionArn, weight: 100 }] }));
    const { activityArn } = await first.sfn.send(new CreateActivityCommand({ name: 'DurableWork' }));
    const { executionArn } = await first.sfn.send(new StartExecutionCommand({ stateMachineArn, name: 'kept-run' }));
    await finished(first.sfn, executionArn ?? '');
    // A parent whose nested child nobody asked about: the child is persisted too.
    const parentDefinition = JSON.stringify({
      StartAt: 'Call',
      States: { Call: { Type: 'Task', Resource: 'arn:aws:states:::states:startExecution.sync:2', Parameters: { StateMachineArn: stateMachineArn, Name: 'nested-child' }, End: true } },
    });
    const parent = await first.sfn.send(new CreateStateMachineCommand({ name: 'DurableParent', definition: parentDefinition, roleArn: ROLE_ARN }));
    const parentRun = await first.sfn.send(new StartExecutionCommand({ stateMachineArn: parent.stateMachineArn }));
    expect((await finished(first.sfn, parentRun.executionArn ?? '')).status).toBe('SUCCEEDED');
    await first.close();

    const second = await startTestServer(endpoint, { dataDir });
    try {
      expect((await second.sfn.send(new DescribeStateMachineCommand({ stateMachineArn }))).definition).toBe(definition);
      expect((await second.sfn.send(new DescribeStateMachineAliasCommand({ stateMachineAliasArn: `${stateMachineArn}:live` }))).routingConfiguration).toHaveLength(1);
      expect((await second.sfn.send(new ListTagsForResourceCommand({ resourceArn: stateMachineArn }))).tags).toEqual([{ key: 'k', value: 'v' }]);
      expect((await second.sfn.send(new DescribeActivityCommand({ activityArn }))).name).toBe('DurableWork');
      expect(await second.sfn.send(new DescribeExecutionCommand({ executionArn }))).toMatchObject({ status: 'SUCCEEDED', output: '"kept"' });
      const events = (await second.sfn.send(new GetExecutionHistoryCommand({ executionArn }))).events ?? [];
      expect(events.map((event) => event.type)).toEqual(['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
      expect(events[0]?.timestamp).toBeInstanceOf(Date);
      // The restored machine still runs, through its alias too.
      const viaAlias = await second.sfn.send(new StartExecutionCommand({ stateMachineArn: `${stateMachineArn}:live` }));
      expect(await finished(second.sfn, viaAlias.executionArn ?? '')).toMatchObject({ status: 'SUCCEEDED', stateMachineAliasArn: `${stateMachineArn}:live`, stateMachineVersionArn });
      const listed = await second.sfn.send(new ListExecutionsCommand({ stateMachineArn }));
      expect(listed.executions?.map((execution) => execution.name)).toEqual(expect.arrayContaining(['kept-run', 'nested-child']));
    } finally {
      await second.close();
    }
  });

  it('chooses the mock config test case with arn…:stateMachine:Name#TestCase', async () => {
    const t = await startTestServer(endpoint, { mockConfigPath: join(fixtures, 'MockConfigFile.json') });
    try {
      const definition = await readFile(join(fixtures, 'orders.asl.json'), 'utf8');
      const { stateMachineArn } = await t.sfn.send(new CreateStateMachineCommand({ name: 'Orders', definition, roleArn: ROLE_ARN }));
      const happy = await t.sfn.send(new StartExecutionCommand({ stateMachineArn: `${stateMachineArn}#HappyPath`, input: '{"order":1}' }));
      expect(await finished(t.sfn, happy.executionArn ?? '')).toMatchObject({ status: 'SUCCEEDED', output: '{"charged":true}' });
      const declined = await t.sfn.send(new StartExecutionCommand({ stateMachineArn: `${stateMachineArn}#Declined` }));
      expect(await finished(t.sfn, declined.executionArn ?? '')).toMatchObject({ status: 'FAILED', error: 'OrderDeclined' });
      expect(declined.executionArn?.startsWith(`${ACCOUNT_PREFIX}:execution:Orders:`)).toBe(true);
    } finally {
      await t.close();
    }
  });

  it('refuses an unreadable or invalid mock config and an unusable data dir with a message', async () => {
    await expect(endpoint.startServer({ port: 0, mockConfigPath: join(fixtures, 'does-not-exist.json') })).rejects.toThrow(/Cannot read the mock config/);
    await expect(endpoint.startServer({ port: 0, mockConfig: { StateMachines: 5 } as never })).rejects.toThrow(/Invalid mock config/);
    await expect(endpoint.startServer({ port: 0, dataDir: join(fixtures, 'orders.asl.json') })).rejects.toThrow(/Cannot use the data dir/);
  });

  it('the virtual clock completes a one-day Wait at once', async () => {
    const t = await startTestServer(endpoint, { clock: 'virtual' });
    try {
      const definition = JSON.stringify({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 86_400, End: true } } });
      const { stateMachineArn } = await t.sfn.send(new CreateStateMachineCommand({ name: 'Virtual', definition, roleArn: ROLE_ARN }));
      const { executionArn } = await t.sfn.send(new StartExecutionCommand({ stateMachineArn }));
      const ended = await finished(t.sfn, executionArn ?? '');
      expect(ended.status).toBe('SUCCEEDED');
      expect((ended.stopDate?.getTime() ?? 0) - (ended.startDate?.getTime() ?? 0)).toBeGreaterThanOrEqual(86_400_000);
    } finally {
      await t.close();
    }
  });

  it('time scale shortens Wait states', async () => {
    const t = await startTestServer(endpoint, { timeScale: 100 });
    try {
      const definition = JSON.stringify({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 20, End: true } } });
      const { stateMachineArn } = await t.sfn.send(new CreateStateMachineCommand({ name: 'Scaled', definition, roleArn: ROLE_ARN }));
      const started = Date.now();
      const { executionArn } = await t.sfn.send(new StartExecutionCommand({ stateMachineArn }));
      expect((await finished(t.sfn, executionArn ?? '')).status).toBe('SUCCEEDED');
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await t.close();
    }
  });
});
