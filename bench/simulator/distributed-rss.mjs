// Peak RSS while running a distributed Map over N items read from the local S3 store (JSONL).
import { run } from '../../packages/simulator/dist/index.js';

const n = Number(process.argv[2] ?? 100_000);
const body = Array.from({ length: n }, (_, i) => JSON.stringify({ id: i, name: `item-${i}` })).join('\n');
const machine = {
  StartAt: 'Map',
  States: {
    Map: {
      Type: 'Map',
      ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'JSONL' }, Parameters: { Bucket: 'b', Key: 'items.jsonl' } },
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' }, StartAt: 'P', States: { P: { Type: 'Pass', Parameters: { 'id.$': '$.id' }, End: true } } },
      ResultSelector: { 'count.$': 'States.ArrayLength($)' },
      End: true,
    },
  },
};
const baseline = process.memoryUsage().rss;
const t0 = performance.now();
const r = await run(machine, {}, { s3Objects: [{ Bucket: 'b', Key: 'items.jsonl', Body: body }] });
const ms = performance.now() - t0;
const peak = process.resourceUsage().maxRSS * 1024;
console.log(`distributed Map, ${n} items: ${r.status} ${JSON.stringify(r.output)} in ${ms.toFixed(0)} ms; peak RSS ${(peak / 1048576).toFixed(0)} MiB (process baseline ${(baseline / 1048576).toFixed(0)} MiB, input text ${(body.length / 1048576).toFixed(1)} MiB)`);
