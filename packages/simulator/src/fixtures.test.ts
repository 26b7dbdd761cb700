import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRunError, run, stateRuns, statesRan } from './index.js';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/simulator');
const definition = readFileSync(resolve(dir, 'orders.asl.json'), 'utf8');
const mockConfig = readFileSync(resolve(dir, 'orders.mock-config.json'), 'utf8');
const input = { items: [{ sku: 'a' }, { sku: 'b' }, { sku: 'c' }] };

async function runCase(testCase: string, value: unknown = input) {
  const r = await run(definition, value as never, { stateMachineName: 'orders', mockConfig, testCase });
  if (isRunError(r)) throw new Error(r.error.message);
  return r;
}

describe('fixtures/simulator: the orders workflow with a Step Functions Local mock config', () => {
  it('HappyPath', async () => {
    const r = await runCase('HappyPath');
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toMatchObject({ payment: { charged: true }, shipments: [{ MessageId: 'm-1' }, { MessageId: 'm-1' }, { MessageId: 'm-1' }] });
    expect(stateRuns(r, 'ShipItem')).toHaveLength(3);
  });
  it('FlakyCard retries twice with backoff (2 s, 4 s of virtual time)', async () => {
    const r = await runCase('FlakyCard');
    expect(r.status).toBe('SUCCEEDED');
    expect(r.stopDate.getTime() - r.startDate.getTime()).toBe(6000);
  });
  it('CardDeclined is caught and fails the order', async () => {
    const r = await runCase('CardDeclined');
    expect([r.status, r.error]).toEqual(['FAILED', 'Order.PaymentFailed']);
    expect(statesRan(r)).toEqual(['Validate', 'Charge', 'PaymentFailed']);
  });
  it('an empty order is rejected without calling anything', async () => {
    const r = await runCase('HappyPath', { items: [] });
    expect([r.status, r.error, r.cause]).toEqual(['FAILED', 'Order.Empty', 'The order has no items.']);
  });
});
