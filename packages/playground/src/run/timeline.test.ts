import { run, type RunResult } from '@aslkit/simulator';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, MACHINE_NAME } from '../examples.js';
import { timelineOf } from './timeline.js';

const example = EXAMPLES.find((e) => e.id === 'retry-catch')!;

async function runCase(testCase: string): Promise<RunResult> {
  const result = await run(example.definition, JSON.parse(example.input), { stateMachineName: MACHINE_NAME, mockConfig: JSON.parse(example.mockConfig!), testCase });
  if (!('status' in result)) throw new Error(result.error.message);
  return result;
}

describe('timelineOf', () => {
  it('counts a retry that then succeeded', async () => {
    const entries = timelineOf(await runCase('ThrottledThenOk'));
    expect(entries.map((e) => [e.name, e.retries, e.caught, e.failed])).toEqual([
      ['ChargeCard', 1, false, false],
      ['Charged', 0, false, false],
    ]);
  });

  it('marks retries exhausted and caught, and the Fail state as failed', async () => {
    const entries = timelineOf(await runCase('AlwaysFails'));
    expect(entries.map((e) => [e.name, e.retries, e.caught, e.failed])).toEqual([
      ['ChargeCard', 2, true, false],
      ['NotifyFailure', 0, false, false],
      ['Declined', 0, false, true],
    ]);
    expect(entries[2]?.error).toBe('PaymentFailed');
    expect(entries[1]?.output).toMatchObject({ status: 'card declined', failure: { Error: 'Lambda.TooManyRequestsException' } });
  });

  it('runs every example to success offline', async () => {
    for (const e of EXAMPLES) {
      const result = await run(e.definition, JSON.parse(e.input), {
        stateMachineName: MACHINE_NAME,
        ...(e.mockConfig ? { mockConfig: JSON.parse(e.mockConfig) } : {}),
        ...(e.testCase ? { testCase: e.testCase } : {}),
      });
      expect('status' in result && result.status, e.id).toBe('SUCCEEDED');
    }
  });
});
