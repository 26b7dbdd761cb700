// bench/endpoint: `aslkit serve` under load on loopback. 200 (then 1000) concurrent StartExecution
// requests of a small machine over raw HTTP (no SDK cost on the client side), wait until every execution
// has finished, check each history, print executions/second and StartExecution p50/p99 latency.
// Bounded: fixed counts, stops by itself. Needs `npm run build` (imports the built @aslkit/endpoint).
import { createServer } from 'node:http';
import { startServer } from '@aslkit/endpoint';

const ROLE = 'arn:aws:iam::123456789012:role/Bench';
const EXPECTED = ['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'ChoiceStateEntered', 'ChoiceStateExited', 'SucceedStateEntered', 'SucceedStateExited', 'ExecutionSucceeded'];

async function call(url, action, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'x-amz-target': `AWSStepFunctions.${action}`, 'content-type': 'application/x-amz-json-1.0' },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (response.status !== 200) throw new Error(`${action}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function round(url, stateMachineArn, count, label) {
  const latencies = [];
  const began = performance.now();
  const started = await Promise.all(
    Array.from({ length: count }, async (_, n) => {
      const t0 = performance.now();
      const { executionArn } = await call(url, 'StartExecution', { stateMachineArn, name: `${label}-${n}`, input: JSON.stringify({ n }) });
      latencies.push(performance.now() - t0);
      return executionArn;
    }),
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { executions } = await call(url, 'ListExecutions', { stateMachineArn, statusFilter: 'RUNNING', maxResults: 1 });
    if (executions.length === 0) break;
    if (Date.now() > deadline) throw new Error('executions did not finish within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const elapsed = performance.now() - began;
  let bad = 0;
  for (const executionArn of started) {
    const { events } = await call(url, 'GetExecutionHistory', { executionArn, maxResults: 1000 });
    if (events.map((event) => event.type).join() !== EXPECTED.join()) bad++;
  }
  latencies.sort((a, b) => a - b);
  console.log(
    `${String(count).padStart(5)} concurrent: ${((count / elapsed) * 1000).toFixed(0).padStart(5)} executions/s, ` +
      `StartExecution p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, wrong histories: ${bad}`,
  );
  if (bad > 0) process.exitCode = 1;
}

// Baseline: the same number of concurrent POSTs to a bare node:http server answering `{}`, so the
// numbers above can be read against what this machine does for HTTP alone.
async function bareBaseline(count) {
  const bare = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
      response.end('{}');
    });
  });
  await new Promise((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${bare.address().port}`;
  const latencies = [];
  for (const n of [50, count]) {
    latencies.length = 0;
    await Promise.all(
      Array.from({ length: n }, async () => {
        const t0 = performance.now();
        await (await fetch(url, { method: 'POST', body: '{}' })).text();
        latencies.push(performance.now() - t0);
      }),
    );
  }
  bare.close();
  latencies.sort((a, b) => a - b);
  console.log(`${String(count).padStart(5)} concurrent POSTs to a bare node:http server: p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms (baseline)`);
}

await bareBaseline(200);
const server = await startServer({ port: 0 });
try {
  const definition = JSON.stringify({
    StartAt: 'Tag',
    States: {
      Tag: { Type: 'Pass', Parameters: { 'n.$': '$.n' }, Next: 'Check' },
      Check: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThanEquals: 0, Next: 'Done' }], Default: 'Done' },
      Done: { Type: 'Succeed' },
    },
  });
  const { stateMachineArn } = await call(server.url, 'CreateStateMachine', { name: 'Bench', definition, roleArn: ROLE });
  await round(server.url, stateMachineArn, 50, 'warmup');
  await round(server.url, stateMachineArn, 200, 'r200');
  await round(server.url, stateMachineArn, 1000, 'r1000');
} finally {
  await server.close();
}
