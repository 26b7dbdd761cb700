// bench/core: core's loader per corpus definition against jsonc-parser's parse() and JSON.parse, over
// the well-formed JSON definitions of ../shared/corpus (repository fixtures when it is absent).
// Run after `npx tsc -b packages/core` (or `npm run build`):
//   node bench/core/index.mjs        or        node bench/run.mjs core
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseJsonc } from 'jsonc-parser';
import { wellFormedCorpus } from '../corpus.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = join(here, '..', '..');
const dist = join(repo, 'packages', 'core', 'dist');
const { loadDocument, parseJsonWithPositions, LineIndex } = await import(pathToFileURL(join(dist, 'index.js')).href);
const visitorModule = join(dist, 'source', 'parse-json-visitor.js');
const parseJsonWithVisitor = existsSync(visitorModule)
  ? (await import(pathToFileURL(visitorModule).href)).parseJsonWithVisitor
  : undefined;

const texts = wellFormedCorpus('core');

let sink = 0;
const tools = {
  'JSON.parse': (text) => JSON.parse(text),
  'jsonc-parser parse': (text) => parseJsonc(text),
  'loadDocument (json)': (text) => loadDocument(text, { format: 'json' }),
  'loadDocument + lines': (text) => {
    const document = loadDocument(text, { format: 'json' });
    sink += document.lines.lineCount;
    return document;
  },
  parseJsonWithPositions: (text) => parseJsonWithPositions(text),
  ...(parseJsonWithVisitor
    ? {
        'visitor (fallback) path': (text) => parseJsonWithVisitor(text),
        // What loadDocument did before the fast parser: the visitor plus an eager line index.
        'before: visitor + lines': (text) => {
          const parsed = parseJsonWithVisitor(text);
          sink += new LineIndex(text).lineCount;
          return parsed;
        },
      }
    : {}),
};

/** The tools take turns, one pass over the corpus each, until each has had `budgetMs`. */
function measureInterleaved(budgetMs) {
  const spent = Object.fromEntries(Object.keys(tools).map((name) => [name, { ms: 0, runs: 0 }]));
  for (let pass = 0; pass < 5; pass++) for (const run of Object.values(tools)) for (const text of texts) run(text); // warm-up
  while (Object.values(spent).some((entry) => entry.ms < budgetMs)) {
    for (const [name, run] of Object.entries(tools)) {
      if (spent[name].ms >= budgetMs) continue;
      const start = performance.now();
      for (const text of texts) run(text);
      spent[name].ms += performance.now() - start;
      spent[name].runs += texts.length;
    }
  }
  return Object.fromEntries(Object.entries(spent).map(([name, entry]) => [name, (entry.ms / entry.runs) * 1000]));
}

const budget = Number(process.env.BENCH_BUDGET_MS ?? 2000);
const micros = measureInterleaved(budget);
const baseline = micros['jsonc-parser parse'];
console.log('\nper definition, steady state (interleaved passes over the corpus):');
for (const [name, us] of Object.entries(micros)) {
  console.log(`  ${name.padEnd(26)} ${us.toFixed(1).padStart(8)} µs   ${(us / baseline).toFixed(2)}x jsonc-parser parse`);
}
const ratio = micros['loadDocument (json)'] / baseline;
console.log('targets:');
console.log(`  ${ratio <= 0.5 ? 'PASS' : 'MISS'} loadDocument <= 0.5x jsonc-parser parse (${ratio.toFixed(2)}x)`);

// One large document: the whole corpus as one pretty-printed array (about 1 MiB).
const big = `[\n${texts.join(',\n')}\n]`;
function timeOne(run, budgetMs) {
  for (let i = 0; i < 3; i++) run(big);
  let rounds = 0;
  const start = performance.now();
  do {
    run(big);
    rounds++;
  } while (performance.now() - start < budgetMs);
  return (performance.now() - start) / rounds;
}
const bigParse = timeOne(tools['jsonc-parser parse'], budget / 2);
const bigLoad = timeOne(tools['loadDocument (json)'], budget / 2);
console.log(`\none ${(big.length / 1024).toFixed(0)} KiB document: jsonc-parser parse ${bigParse.toFixed(1)} ms, loadDocument ${bigLoad.toFixed(1)} ms (${(bigLoad / bigParse).toFixed(2)}x)`);
if (sink < 0) console.log(sink);
