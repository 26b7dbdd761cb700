import { describe, expect, it } from 'vitest';
import type { StateDefinition } from '@aslkit/core';
import { executeState } from '../engine/execute-state.js';
import { createTestEnv } from '../engine/test-env.js';

const processor = { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };

describe('Map settings AWS evaluates after MapStateStarted', () => {
  it('traces mapStartedThenFailed with the item count before a tolerated-failure error', async () => {
    const state = { Type: 'Map', ItemsPath: '$.items', ToleratedFailureCountPath: '$.count', ItemProcessor: processor, End: true } as unknown as StateDefinition;
    const env = createTestEnv();
    const outcome = await executeState('M', state, { items: [1, 2], count: -1 }, env);
    expect(outcome).toMatchObject({ kind: 'fail', error: 'States.Runtime', cause: 'ToleratedFailureCount cannot be negative.' });
    expect(env.events.filter((e) => e.kind === 'mapStartedThenFailed')).toEqual([{ kind: 'mapStartedThenFailed', length: 2 }]);
  });

  it('does not trace it for a MaxConcurrencyPath error (AWS fails before MapStateStarted)', async () => {
    const state = { Type: 'Map', ItemsPath: '$.items', MaxConcurrencyPath: '$.c', ItemProcessor: processor, End: true } as unknown as StateDefinition;
    const env = createTestEnv();
    const outcome = await executeState('M', state, { items: [1], c: 'x' }, env);
    expect(outcome).toMatchObject({ kind: 'fail', error: 'States.Runtime' });
    expect(env.events.some((e) => e.kind === 'mapStartedThenFailed')).toBe(false);
  });

  const reader = (config: object) =>
    ({ Type: 'Map', ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW', ...config }, Parameters: { Bucket: 'b', Key: 'k' } }, ItemProcessor: processor, End: true }) as unknown as StateDefinition;

  it('traces length 0 before a MaxItemsPath that is not an integer', async () => {
    const env = createTestEnv({ ports: { readItems: async () => ({ ok: true, items: [] }) } });
    const outcome = await executeState('M', reader({ MaxItemsPath: '$.max' }), { max: 1.5 }, env);
    expect(outcome).toMatchObject({ kind: 'fail', error: 'States.Runtime' });
    expect(env.events.filter((e) => e.kind === 'mapStartedThenFailed')).toEqual([{ kind: 'mapStartedThenFailed', length: 0 }]);
  });

  it('hands a negative MaxItems to the reader port and fails even when the port does not check it', async () => {
    const asked: (number | undefined)[] = [];
    const env = createTestEnv({
      ports: {
        readItems: async (request) => {
          asked.push(request.maxItems);
          return { ok: true, items: [{ a: '1' }] };
        },
      },
    });
    const outcome = await executeState('M', reader({ MaxItemsPath: '$.max' }), { max: -1 }, env);
    expect(asked).toEqual([-1]);
    expect(outcome).toMatchObject({ kind: 'fail', error: 'States.ItemReaderFailed', cause: 'field MaxItems must be positive' });
  });
});
