/**
 * Bounded load test on loopback: 200 concurrent StartExecution calls of a small machine; every execution
 * must finish with the exact expected history. Prints executions/second and StartExecution p99 latency.
 * Stops by itself (fixed count, 60 s cap).
 */
import { CreateStateMachineCommand, DescribeExecutionCommand, GetExecutionHistoryCommand, ListExecutionsCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { describe, expect, it } from 'vitest';
import { eventually, loadEndpoint, ROLE_ARN, simulatorGap, startTestServer } from './harness.js';

const loaded = await loadEndpoint();
const gap = loaded.module ? await simulatorGap() : loaded.reason;
const suite = gap ? describe.skip : describe;
if (gap) console.warn(`endpoint load test skipped: ${gap}`);

const EXECUTIONS = 200;
const EXPECTED_TYPES = ['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'ChoiceStateEntered', 'ChoiceStateExited', 'SucceedStateEntered', 'SucceedStateExited', 'ExecutionSucceeded'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

suite('load', () => {
  it(`${EXECUTIONS} concurrent StartExecution calls all complete with correct histories`, { timeout: 60_000 }, async () => {
    const t = await startTestServer(loaded.module as NonNullable<typeof loaded.module>);
    try {
      const definition = JSON.stringify({
        StartAt: 'Tag',
        States: {
          Tag: { Type: 'Pass', Parameters: { 'n.$': '$.n', 'even.$': 'States.MathAdd($.n, 0)' }, Next: 'Check' },
          Check: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThanEquals: 0, Next: 'Done' }], Default: 'Done' },
          Done: { Type: 'Succeed' },
        },
      });
      const { stateMachineArn } = await t.sfn.send(new CreateStateMachineCommand({ name: 'Load', definition, roleArn: ROLE_ARN }));
      const latencies: number[] = [];
      const began = performance.now();
      const started = await Promise.all(
        Array.from({ length: EXECUTIONS }, async (_, n) => {
          const callStart = performance.now();
          const response = await t.sfn.send(new StartExecutionCommand({ stateMachineArn, name: `load-${n}`, input: JSON.stringify({ n }) }));
          latencies.push(performance.now() - callStart);
          return { n, executionArn: response.executionArn ?? '' };
        }),
      );
      await eventually(async () => {
        const running = await t.sfn.send(new ListExecutionsCommand({ stateMachineArn, statusFilter: 'RUNNING', maxResults: 1 }));
        return running.executions?.length === 0 ? true : undefined;
      }, 50_000, 5);
      const elapsedMs = performance.now() - began;

      for (const { n, executionArn } of started) {
        const described = await t.sfn.send(new DescribeExecutionCommand({ executionArn }));
        expect(described.status).toBe('SUCCEEDED');
        expect(JSON.parse(described.output ?? 'null')).toEqual({ n, even: n });
        const events = (await t.sfn.send(new GetExecutionHistoryCommand({ executionArn }))).events ?? [];
        expect(events.map((event) => event.type)).toEqual(EXPECTED_TYPES);
        expect(events.map((event) => event.id)).toEqual(EXPECTED_TYPES.map((_, index) => index + 1));
      }
      latencies.sort((a, b) => a - b);
      const perSecond = (EXECUTIONS / elapsedMs) * 1000;
      console.log(
        `endpoint load: ${EXECUTIONS} executions in ${elapsedMs.toFixed(0)} ms = ${perSecond.toFixed(0)} executions/s; ` +
          `StartExecution latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
      );
    } finally {
      await t.close();
    }
  });
});
