/** State machines, versions, aliases and tags through the real AWS SDK. */
import {
  CreateStateMachineAliasCommand,
  CreateStateMachineCommand,
  DeleteStateMachineAliasCommand,
  DeleteStateMachineCommand,
  DeleteStateMachineVersionCommand,
  DescribeStateMachineAliasCommand,
  DescribeStateMachineCommand,
  ListStateMachineAliasesCommand,
  ListStateMachinesCommand,
  ListStateMachineVersionsCommand,
  ListTagsForResourceCommand,
  PublishStateMachineVersionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateStateMachineAliasCommand,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_PREFIX, errorOf, loadEndpoint, ROLE_ARN, simulatorGap, startTestServer, type TestServer } from './harness.js';

const loaded = await loadEndpoint();
const gap = loaded.module ? await simulatorGap() : loaded.reason;
const suite = gap ? describe.skip : describe;
if (gap) console.warn(`endpoint SDK state machine tests skipped: ${gap}`);

const PASS = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', Result: { v: 1 }, End: true } } });
const PASS2 = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', Result: { v: 2 }, End: true } } });

suite('state machines through @aws-sdk/client-sfn', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(loaded.module as NonNullable<typeof loaded.module>);
  });
  afterAll(async () => t?.close());

  it('creates, describes, lists with pagination, updates and deletes', async () => {
    const created = await t.sfn.send(new CreateStateMachineCommand({ name: 'Alpha', definition: PASS, roleArn: ROLE_ARN }));
    expect(created.stateMachineArn).toBe(`${ACCOUNT_PREFIX}:stateMachine:Alpha`);
    expect(created.creationDate).toBeInstanceOf(Date);
    // Idempotent with the same configuration; StateMachineAlreadyExists with another.
    const again = await t.sfn.send(new CreateStateMachineCommand({ name: 'Alpha', definition: PASS, roleArn: ROLE_ARN }));
    expect(again.creationDate?.getTime()).toBe(created.creationDate?.getTime());
    expect((await errorOf(t.sfn.send(new CreateStateMachineCommand({ name: 'Alpha', definition: PASS2, roleArn: ROLE_ARN })))).name).toBe('StateMachineAlreadyExists');
    await t.sfn.send(new CreateStateMachineCommand({ name: 'Beta', definition: PASS, roleArn: ROLE_ARN, type: 'EXPRESS' }));

    const described = await t.sfn.send(new DescribeStateMachineCommand({ stateMachineArn: created.stateMachineArn }));
    expect(described).toMatchObject({ name: 'Alpha', status: 'ACTIVE', definition: PASS, roleArn: ROLE_ARN, type: 'STANDARD', loggingConfiguration: { level: 'OFF' } });

    const first = await t.sfn.send(new ListStateMachinesCommand({ maxResults: 1 }));
    expect(first.stateMachines).toHaveLength(1);
    expect(first.nextToken).toBeTruthy();
    const second = await t.sfn.send(new ListStateMachinesCommand({ maxResults: 1, nextToken: first.nextToken }));
    expect([first.stateMachines?.[0]?.name, second.stateMachines?.[0]?.name].sort()).toEqual(['Alpha', 'Beta']);
    expect(second.nextToken).toBeUndefined();

    const updated = await t.sfn.send(new UpdateStateMachineCommand({ stateMachineArn: created.stateMachineArn, definition: PASS2 }));
    expect(updated.revisionId).not.toBe(described.revisionId);
    expect((await t.sfn.send(new DescribeStateMachineCommand({ stateMachineArn: created.stateMachineArn }))).definition).toBe(PASS2);
    expect((await errorOf(t.sfn.send(new UpdateStateMachineCommand({ stateMachineArn: created.stateMachineArn })))).name).toBe('MissingRequiredParameter');

    await t.sfn.send(new DeleteStateMachineCommand({ stateMachineArn: created.stateMachineArn }));
    expect((await errorOf(t.sfn.send(new DescribeStateMachineCommand({ stateMachineArn: created.stateMachineArn })))).name).toBe('StateMachineDoesNotExist');
  });

  it('publishes versions and routes aliases, with AWS errors', async () => {
    const { stateMachineArn, stateMachineVersionArn } = await t.sfn.send(new CreateStateMachineCommand({ name: 'Versioned', definition: PASS, roleArn: ROLE_ARN, publish: true, versionDescription: 'first' }));
    expect(stateMachineVersionArn).toBe(`${stateMachineArn}:1`);
    // Publishing an unchanged revision returns the same version.
    const same = await t.sfn.send(new PublishStateMachineVersionCommand({ stateMachineArn }));
    expect(same.stateMachineVersionArn).toBe(stateMachineVersionArn);
    const updated = await t.sfn.send(new UpdateStateMachineCommand({ stateMachineArn, definition: PASS2, publish: true }));
    expect(updated.stateMachineVersionArn).toBe(`${stateMachineArn}:2`);
    expect((await errorOf(t.sfn.send(new PublishStateMachineVersionCommand({ stateMachineArn, revisionId: 'stale' })))).name).toBe('ConflictException');
    const versions = await t.sfn.send(new ListStateMachineVersionsCommand({ stateMachineArn }));
    expect(versions.stateMachineVersions?.map((version) => version.stateMachineVersionArn)).toEqual([`${stateMachineArn}:2`, `${stateMachineArn}:1`]);
    const v1 = await t.sfn.send(new DescribeStateMachineCommand({ stateMachineArn: `${stateMachineArn}:1` }));
    expect(v1).toMatchObject({ definition: PASS, description: 'first' });

    const alias = await t.sfn.send(
      new CreateStateMachineAliasCommand({
        name: 'PROD',
        routingConfiguration: [
          { stateMachineVersionArn: `${stateMachineArn}:1`, weight: 90 },
          { stateMachineVersionArn: `${stateMachineArn}:2`, weight: 10 },
        ],
      }),
    );
    expect(alias.stateMachineAliasArn).toBe(`${stateMachineArn}:PROD`);
    const describedAlias = await t.sfn.send(new DescribeStateMachineAliasCommand({ stateMachineAliasArn: alias.stateMachineAliasArn }));
    expect(describedAlias).toMatchObject({ name: 'PROD', routingConfiguration: [{ weight: 90 }, { weight: 10 }] });
    expect((await t.sfn.send(new ListStateMachineAliasesCommand({ stateMachineArn }))).stateMachineAliases).toHaveLength(1);
    const badWeights = await errorOf(
      t.sfn.send(new UpdateStateMachineAliasCommand({ stateMachineAliasArn: alias.stateMachineAliasArn, routingConfiguration: [{ stateMachineVersionArn: `${stateMachineArn}:1`, weight: 50 }] })),
    );
    expect(badWeights).toMatchObject({ name: 'ValidationException', status: 400 });
    const inUse = await errorOf(t.sfn.send(new DeleteStateMachineVersionCommand({ stateMachineVersionArn: `${stateMachineArn}:1` })));
    expect(inUse).toMatchObject({ name: 'ConflictException', status: 409 });
    await t.sfn.send(new UpdateStateMachineAliasCommand({ stateMachineAliasArn: alias.stateMachineAliasArn, routingConfiguration: [{ stateMachineVersionArn: `${stateMachineArn}:2`, weight: 100 }] }));
    await t.sfn.send(new DeleteStateMachineVersionCommand({ stateMachineVersionArn: `${stateMachineArn}:1` }));
    await t.sfn.send(new DeleteStateMachineAliasCommand({ stateMachineAliasArn: alias.stateMachineAliasArn }));
    expect((await errorOf(t.sfn.send(new DescribeStateMachineAliasCommand({ stateMachineAliasArn: alias.stateMachineAliasArn })))).name).toBe('ResourceNotFound');
  });

  it('tags and untags', async () => {
    const { stateMachineArn } = await t.sfn.send(new CreateStateMachineCommand({ name: 'Tagged', definition: PASS, roleArn: ROLE_ARN, tags: [{ key: 'team', value: 'a' }] }));
    await t.sfn.send(new TagResourceCommand({ resourceArn: stateMachineArn, tags: [{ key: 'env', value: 'dev' }, { key: 'team', value: 'b' }] }));
    expect((await t.sfn.send(new ListTagsForResourceCommand({ resourceArn: stateMachineArn }))).tags).toEqual([{ key: 'env', value: 'dev' }, { key: 'team', value: 'b' }]);
    await t.sfn.send(new UntagResourceCommand({ resourceArn: stateMachineArn, tagKeys: ['team'] }));
    expect((await t.sfn.send(new ListTagsForResourceCommand({ resourceArn: stateMachineArn }))).tags).toEqual([{ key: 'env', value: 'dev' }]);
    const tooMany = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    expect((await errorOf(t.sfn.send(new TagResourceCommand({ resourceArn: stateMachineArn, tags: tooMany })))).name).toBe('TooManyTags');
    expect((await errorOf(t.sfn.send(new ListTagsForResourceCommand({ resourceArn: `${ACCOUNT_PREFIX}:stateMachine:Nope` })))).name).toBe('ResourceNotFound');
  });

  it('answers bad requests with the errors of the API reference', async () => {
    expect(await errorOf(t.sfn.send(new DescribeStateMachineCommand({ stateMachineArn: 'not-an-arn' })))).toMatchObject({ name: 'InvalidArn', status: 400 });
    expect((await errorOf(t.sfn.send(new DescribeStateMachineCommand({ stateMachineArn: `${ACCOUNT_PREFIX}:stateMachine:Missing` })))).message).toBe(
      `State Machine Does Not Exist: '${ACCOUNT_PREFIX}:stateMachine:Missing'`,
    );
    expect((await errorOf(t.sfn.send(new CreateStateMachineCommand({ name: 'bad name', definition: PASS, roleArn: ROLE_ARN })))).name).toBe('InvalidName');
    expect((await errorOf(t.sfn.send(new CreateStateMachineCommand({ name: 'Role', definition: PASS, roleArn: 'role' })))).name).toBe('InvalidArn');
    const missing = await errorOf(t.sfn.send(new CreateStateMachineCommand({ name: 'NoDef', roleArn: ROLE_ARN } as never)));
    expect(missing).toMatchObject({ name: 'ValidationException', message: "1 validation error detected: Value null at 'definition' failed to satisfy constraint: Member must not be null" });
    const invalid = await errorOf(t.sfn.send(new CreateStateMachineCommand({ name: 'Invalid', definition: '{"StartAt":"A"}', roleArn: ROLE_ARN })));
    expect(invalid.name).toBe('InvalidDefinition');
    expect(invalid.message).toMatch(/^Invalid State Machine Definition: '[A-Z_]+: .*'$/);
    expect((await errorOf(t.sfn.send(new ListStateMachinesCommand({ nextToken: 'garbage' })))).name).toBe('InvalidToken');
  });

  it('answers an unknown action with UnknownOperationException', async () => {
    const response = await fetch(t.server.url, { method: 'POST', headers: { 'x-amz-target': 'AWSStepFunctions.MakeCoffee', 'content-type': 'application/x-amz-json-1.0' }, body: '{}' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { __type: string }).__type).toBe('UnknownOperationException');
  });
});
