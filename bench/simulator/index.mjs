#!/usr/bin/env node
// Simulator benchmark: a 10,000-iteration Pass/Choice loop and a 10,000-item inline Map, with history
// on, side by side with aws-local-stepfunctions (devDependency), printed as ratios (best of 5 after 2
// untimed warm-up runs, both tools alike); plus the peak RSS of
// a 100,000-item distributed Map (measured in a child process). Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { run } from '../../packages/simulator/dist/index.js';

const ITERATIONS = Number(process.env.BENCH_SIM_ITERATIONS ?? 10_000);
const ITEMS = Number(process.env.BENCH_SIM_ITEMS ?? 10_000);
const DISTRIBUTED_ITEMS = Number(process.env.BENCH_SIM_DISTRIBUTED_ITEMS ?? 100_000);
const REPEAT = Number(process.env.BENCH_SIM_REPEAT ?? 5);
// Untimed runs first, for both tools alike: on a loaded machine the JIT's background compilers lag,
// and the first runs measure compilation rather than the simulators.
const WARMUP = Number(process.env.BENCH_SIM_WARMUP ?? 2);

const loopMachine = {
  StartAt: 'Init',
  States: {
    // (the counter starts in the input: aws-local-stepfunctions mishandles a Pass Result of 0)
    Init: { Type: 'Pass', Next: 'Check' },
    Check: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericGreaterThanEquals: ITERATIONS, Next: 'Done' }], Default: 'Inc' },
    Inc: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)' }, Next: 'Check' },
    Done: { Type: 'Succeed' },
  },
};
const mapMachine = {
  StartAt: 'Map',
  States: {
    Map: {
      Type: 'Map',
      ItemsPath: '$.items',
      MaxConcurrency: 0,
      ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'P', States: { P: { Type: 'Pass', Parameters: { 'v.$': '$.v' }, End: true } } },
      End: true,
    },
  },
};
const mapInput = { items: Array.from({ length: ITEMS }, (_, i) => ({ v: i })) };

async function ours(definition, input) {
  const r = await run(definition, input, { maxHistoryEvents: Number.MAX_SAFE_INTEGER });
  if (r.status !== 'SUCCEEDED') throw new Error(`aslkit: ${r.status} ${r.error ?? ''} ${r.cause ?? ''}`);
  return r.history.length;
}

let Peer;
try {
  ({ StateMachine: Peer } = await import('aws-local-stepfunctions'));
} catch (e) {
  console.log(`aws-local-stepfunctions cannot be loaded on Node ${process.versions.node} (${e.message}); printing aslkit's numbers alone.`);
}

async function peer(definition, input) {
  const sm = new Peer(definition, { validationOptions: { checkPaths: false, checkArn: false } });
  const execution = sm.run(input);
  let events = 0;
  const drain = (async () => {
    for await (const _ of execution.eventLogs) events++;
  })();
  await execution.result;
  await drain;
  return events;
}

async function time(fn) {
  for (let i = 0; i < WARMUP; i++) await fn();
  let best = Infinity;
  let events = 0;
  for (let i = 0; i < REPEAT; i++) {
    const t0 = performance.now();
    events = await fn();
    best = Math.min(best, performance.now() - t0);
    if (process.env.BENCH_SIM_VERBOSE) console.log(`  run ${i}: ${(performance.now() - t0).toFixed(1)} ms`);
  }
  return { ms: best, events };
}

const rows = [];
for (const [name, definition, input] of [
  [`Pass/Choice loop, ${ITERATIONS} iterations`, loopMachine, { i: 0 }],
  [`inline Map, ${ITEMS} items`, mapMachine, mapInput],
]) {
  const a = await time(() => ours(definition, input));
  let b;
  if (Peer) {
    try {
      b = await time(() => peer(definition, input));
    } catch (e) {
      b = { error: e.message };
    }
  }
  rows.push({ name, a, b });
}

console.log('| scenario | aslkit (ms, events) | aws-local-stepfunctions (ms, events) | ratio |');
console.log('|---|---:|---:|---:|');
for (const { name, a, b } of rows) {
  const peerCell = !b ? 'n/a' : b.error ? `failed: ${b.error}` : `${b.ms.toFixed(1)} (${b.events})`;
  const ratio = b && !b.error ? `${(b.ms / a.ms).toFixed(1)}x faster` : '–';
  console.log(`| ${name} | ${a.ms.toFixed(1)} (${a.events}) | ${peerCell} | ${ratio} |`);
}

// Peak RSS of a distributed Map in a fresh process (so other work does not count).
const child = spawnSync(process.execPath, [fileURLToPath(new URL('./distributed-rss.mjs', import.meta.url)), String(DISTRIBUTED_ITEMS)], { encoding: 'utf8' });
process.stdout.write(child.stdout || '');
if (child.status !== 0) process.stdout.write(child.stderr || '');
