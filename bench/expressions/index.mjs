// bench/expressions: JSONPath evaluation and intrinsic-function evaluation per call, ours (built dist/,
// compiled paths cached) side by side with jsonpath-plus (its own path cache on) on the same paths and
// documents. Prints ns per call and the ratio peer/ours (> 1 means we are faster). Run with
// `npm run bench` (or `node bench/run.mjs expressions`) after `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { JSONPath } from 'jsonpath-plus';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'packages', 'expressions', 'dist', 'index.js');
if (!existsSync(dist)) {
  console.log('bench/expressions: packages/expressions/dist missing; run `npm run build` first.');
} else {
  const { evaluatePath, evaluateIntrinsic } = await import(pathToFileURL(dist).href);

  const books = Array.from({ length: 100 }, (_, i) => ({
    category: i % 3 === 0 ? 'reference' : 'fiction',
    author: `Author ${i}`,
    title: `Title ${i}`,
    price: 5 + (i % 20),
    ...(i % 2 === 0 ? { isbn: `0-${i}` } : {}),
    tags: ['a', 'b', String(i % 5)],
  }));
  const document = {
    store: { book: books, bicycle: { color: 'red', price: 19.95 } },
    detail: { order: { id: 'o-1', lines: [{ sku: 'x', qty: 2 }, { sku: 'y', qty: 1 }] } },
    expensive: 10,
    csv: 'a,b,c,d,e,f,g,h',
    n: 41,
  };

  /** Median ns/call over several timed batches after a warm-up. */
  function measure(fn) {
    let sink = 0;
    const batch = 2000;
    for (let i = 0; i < batch; i++) sink ^= fn() === undefined ? 0 : 1;
    const samples = [];
    for (let round = 0; round < 7; round++) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < batch; i++) sink ^= fn() === undefined ? 0 : 1;
      samples.push(Number(process.hrtime.bigint() - start) / batch);
    }
    samples.sort((a, b) => a - b);
    globalThis.__benchSink = sink;
    return samples[3];
  }

  const fmt = (ns) => (ns >= 1000 ? `${(ns / 1000).toFixed(1)} µs` : `${ns.toFixed(0)} ns`);
  const rows = [];
  const row = (name, oursNs, peerNs) => rows.push({ name, ours: fmt(oursNs), peer: fmt(peerNs), ratio: `${(peerNs / oursNs).toFixed(2)}x` });

  console.log('JSONPath evaluation per call (document: 100 books)');
  const paths = [
    '$.expensive',
    '$.store.bicycle.color',
    '$.detail.order.lines[1].sku',
    '$.store.book[0].title',
    '$.store.book[-1].author',
    '$.store.book[*].author',
    '$.store.book[2:10].price',
    '$..price',
    '$.store.book[?(@.price < 10)].title',
    "$.store.book[?(@.category == 'reference' && @.isbn)].title",
    '$..book[0,1].tags[*]',
  ];
  // Warm both engines up on every path first, so the first row does not pay for JIT compilation.
  for (let i = 0; i < 3000; i++) for (const path of paths) {
    evaluatePath(path, document);
    JSONPath({ path, json: document, wrap: false });
  }
  const ratios = [];
  for (const path of paths) {
    const ours = measure(() => evaluatePath(path, document));
    const peer = measure(() => JSONPath({ path, json: document, wrap: false }));
    ratios.push(peer / ours);
    row(path, ours, peer);
  }
  console.table(rows.splice(0));

  console.log('Intrinsic evaluation per call (peer: jsonpath-plus resolving the same path arguments + the same JS operation)');
  const pp = (path) => JSONPath({ path, json: document, wrap: false });
  const intrinsics = [
    ["States.Format('Order {} has {} lines', $.detail.order.id, $.n)", () => `Order ${pp('$.detail.order.id')} has ${pp('$.n')} lines`],
    ["States.StringSplit($.csv, ',')", () => pp('$.csv').split(',').filter(Boolean)],
    ['States.ArrayLength($.store.book)', () => pp('$.store.book').length],
    ['States.MathAdd($.n, 1)', () => Math.round(pp('$.n')) + 1],
    ['States.ArrayGetItem($.store.book[*].title, 5)', () => pp('$.store.book[*].title')[5]],
    ['States.JsonToString($.detail)', () => JSON.stringify(pp('$.detail'))],
    ["States.Hash($.csv, 'SHA-256')", null],
    ['States.ArrayRange(1, 100, 3)', null],
  ];
  const intrinsicRatios = [];
  for (const [text, peerFn] of intrinsics) {
    const check = evaluateIntrinsic(text, document);
    if (!check.ok) throw new Error(`${text}: ${check.error.message}`);
    const ours = measure(() => evaluateIntrinsic(text, document));
    if (peerFn) {
      const peer = measure(peerFn);
      intrinsicRatios.push(peer / ours);
      row(text, ours, peer);
    } else rows.push({ name: text, ours: fmt(ours), peer: '—', ratio: '—' });
  }
  console.table(rows.splice(0));

  const geo = (values) => Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
  console.log(`JSONPath: geometric mean speed-up over jsonpath-plus ${geo(ratios).toFixed(2)}x (min ${Math.min(...ratios).toFixed(2)}x)`);
  console.log(`Intrinsics: geometric mean speed-up over jsonpath-plus-based equivalent ${geo(intrinsicRatios).toFixed(2)}x`);
}
