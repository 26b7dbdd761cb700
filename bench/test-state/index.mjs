// bench/test-state: testState() calls per second and µs per call for typical requests (built dist/).
// There is no offline peer to compare with (AWS's TestState is a remote API), so this suite prints our
// own numbers only; it is a regression guard. Run with `node bench/run.mjs test-state` after
// `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'packages', 'test-state', 'dist', 'index.js');
if (!existsSync(dist)) {
  console.log('bench/test-state: packages/test-state/dist missing; run `npm run build` first.');
} else {
  const { testState, executeState, createTestEnv } = await import(pathToFileURL(dist).href);
  const input = JSON.stringify({ order: { id: 'o-1', lines: Array.from({ length: 20 }, (_, i) => ({ sku: `s${i}`, qty: i })) }, n: 12 });
  const requests = {
    'Pass with Parameters (DEBUG)': {
      definition: JSON.stringify({ Type: 'Pass', InputPath: '$.order', Parameters: { 'id.$': '$.id', 'count.$': 'States.ArrayLength($.lines)' }, ResultPath: '$.summary', End: true }),
      input,
      inspectionLevel: 'DEBUG',
    },
    'Choice (3 rules)': {
      definition: JSON.stringify({ Type: 'Choice', Choices: [{ Variable: '$.n', NumericLessThan: 10, Next: 'A' }, { And: [{ Variable: '$.n', NumericGreaterThanEquals: 10 }, { Variable: '$.order.id', StringMatches: 'o-*' }], Next: 'B' }], Default: 'C' }),
      input,
    },
    'Task with mock + Retry (RETRIABLE)': {
      definition: JSON.stringify({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f', 'Payload.$': '$' }, Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 3 }], End: true }),
      input,
      mock: { errorOutput: { error: 'Boom', cause: 'x' } },
      inspectionLevel: 'DEBUG',
    },
    'JSONata Pass with Output + Assign': {
      definition: JSON.stringify({ Type: 'Pass', QueryLanguage: 'JSONata', Output: { total: '{% $sum($states.input.order.lines.qty) %}' }, Assign: { seen: '{% $count($states.input.order.lines) %}' }, End: true }),
      input,
    },
    'Map with mock (JSONPath)': {
      definition: JSON.stringify({ Type: 'Map', ItemsPath: '$.order.lines', ItemSelector: { 'sku.$': '$$.Map.Item.Value.sku' }, ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, End: true }),
      input,
      mock: { result: JSON.stringify(Array.from({ length: 20 }, () => 1)) },
      inspectionLevel: 'DEBUG',
    },
  };

  async function measure(fn) {
    for (let i = 0; i < 300; i++) await fn();
    const samples = [];
    for (let round = 0; round < 5; round++) {
      const count = 1000;
      const start = process.hrtime.bigint();
      for (let i = 0; i < count; i++) await fn();
      samples.push(Number(process.hrtime.bigint() - start) / count / 1000);
    }
    samples.sort((a, b) => a - b);
    return samples[2];
  }

  const rows = [];
  for (const [name, request] of Object.entries(requests)) {
    const us = await measure(() => testState(request, { skipValidation: true }));
    const validated = await measure(() => testState(request));
    rows.push({ request: name, 'µs/call (no validation)': us.toFixed(1), 'µs/call (with checker)': validated.toFixed(1), 'calls/s': Math.round(1e6 / validated) });
  }
  const env = createTestEnv();
  const state = { Type: 'Pass', InputPath: '$.order', Parameters: { 'id.$': '$.id' }, ResultPath: '$.r', Next: 'N' };
  const parsed = JSON.parse(input);
  const engine = await measure(() => executeState('S', state, parsed, env));
  rows.push({ request: 'executeState Pass (engine only)', 'µs/call (no validation)': engine.toFixed(1), 'µs/call (with checker)': '-', 'calls/s': Math.round(1e6 / engine) });
  console.table(rows);
}
