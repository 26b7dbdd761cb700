// bench/cli: the aslkit binary on a 1,000-file repository generated from ../shared/corpus, cold
// (empty cache) and warm (cache), side by side with asl-validator's CLI on the same files; and the
// start-up time of one small file. Run with `npm run bench` (or `node bench/run.mjs cli`) after
// `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const corpus = join(root, '..', 'shared', 'corpus', 'real-world');
const aslkit = join(root, 'packages', 'cli', 'bin', 'aslkit.js');
const aslValidator = join(root, 'node_modules', 'asl-validator', 'dist', 'bin', 'asl-validator.js');
const FILES = 1000;

function jsonFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...jsonFiles(path));
    else if (entry.name.endsWith('.json')) out.push(path);
  }
  return out.sort();
}

const hasBash = spawnSync('bash', ['-c', 'true']).status === 0;

/**
 * Runs `node command args…`: wall-clock ms, and CPU ms (user + system, from bash's `time`) when
 * bash is there. CPU time is the steadier figure on a busy machine.
 */
function time(command, args, cwd) {
  const out = join(cwd, '.bench-stdout');
  const started = process.hrtime.bigint();
  const result = hasBash
    ? spawnSync('bash', ['-c', 'TIMEFORMAT="%U %S"; { time "$@" >"$OUT" 2>/dev/null; } 2>&1', 'bash', process.execPath, command, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', OUT: out } })
    : spawnSync(process.execPath, [command, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) throw result.error;
  if (!hasBash) return { ms, cpu: NaN, stdout: result.stdout };
  const [user, system] = result.stdout.trim().split(/\s+/).map(Number);
  const stdout = readFileSync(out, 'utf8');
  rmSync(out, { force: true });
  return { ms, cpu: ((user ?? 0) + (system ?? 0)) * 1000, stdout };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const fmt = (ms) => `${ms.toFixed(0).padStart(7)} ms`;
const both = (run) => `${fmt(run.ms)} wall ${fmt(run.cpu)} cpu`;
const medianRun = (runs) => ({ ms: median(runs.map((r) => r.ms)), cpu: median(runs.map((r) => r.cpu)) });
const ratio = (a, b) => `${(a / b).toFixed(1)}x`;

if (!existsSync(corpus)) {
  console.log('bench/cli: ../shared/corpus is absent; skipping (it generates its repository from the corpus).');
} else if (!existsSync(join(root, 'packages', 'cli', 'dist', 'aslkit.js'))) {
  console.log('bench/cli: the CLI bundle is missing; run `npm run build` first.');
} else {
  const sources = jsonFiles(corpus)
    .map((path) => readFileSync(path, 'utf8'))
    .filter((text) => {
      try {
        const value = JSON.parse(text);
        return value && typeof value === 'object' && 'States' in value;
      } catch {
        return false;
      }
    });
  const repo = mkdtempSync(join(tmpdir(), 'aslkit-bench-cli-'));
  const relative = [];
  for (let i = 0; i < FILES; i++) {
    const dir = join(repo, `service-${String(Math.floor(i / 50)).padStart(2, '0')}`);
    mkdirSync(dir, { recursive: true });
    const name = `machine-${String(i).padStart(4, '0')}.asl.json`;
    writeFileSync(join(dir, name), sources[i % sources.length]);
    relative.push(join(`service-${String(Math.floor(i / 50)).padStart(2, '0')}`, name));
  }
  const bytes = relative.reduce((sum, file) => sum + statSync(join(repo, file)).size, 0);
  console.log(`repository: ${FILES} files (${(bytes / 1024 / 1024).toFixed(1)} MiB) from ${sources.length} corpus definitions`);

  const cache = join(repo, '.bench-cache');
  rmSync(cache, { recursive: true, force: true });
  const cold = time(aslkit, ['validate', '--format', 'json', '--cache-location', cache], repo);
  const checked = JSON.parse(cold.stdout).length;
  const warm = medianRun([0, 1, 2].map(() => time(aslkit, ['validate', '--format', 'json', '--cache-location', cache], repo)));
  const oneThread = time(aslkit, ['validate', '--format', 'json', '--no-cache', '--threads', '1'], repo);
  const peer = time(aslValidator, relative.flatMap((file) => ['--json-path', file]), repo);
  const peerLines = peer.stdout.split('\n').filter((line) => line.includes('State machine definition')).length;
  console.log(`aslkit checked ${checked} files; asl-validator reported on ${peerLines}`);
  const rows = [
    ['aslkit validate, cold (empty cache, all cores)', cold],
    ['aslkit validate, warm (cache)', warm],
    ['aslkit validate, one thread, no cache', oneThread],
    ['asl-validator --json-path ×1000 (one process)', peer],
  ];
  for (const [name, run] of rows) {
    console.log(`  ${name.padEnd(48)} ${both(run)}   asl-validator/this: ${ratio(peer.ms, run.ms)} wall, ${ratio(peer.cpu, run.cpu)} cpu`);
  }

  // Start-up: one small file, median of 7 runs each.
  const one = join(repo, 'one.asl.json');
  writeFileSync(one, readFileSync(join(root, 'fixtures', 'examples', 'order-pipeline.asl.json'), 'utf8'));
  const runs = (command, args) => medianRun(Array.from({ length: 7 }, () => time(command, args, repo)));
  const bare = runs('-e', ['0']);
  const ours = runs(aslkit, ['validate', 'one.asl.json', '--no-cache']);
  const version = runs(aslkit, ['--version']);
  const theirs = runs(aslValidator, ['--json-path', 'one.asl.json']);
  console.log('start-up, one file (median of 7):');
  console.log(`  node -e 0 (process floor)                        ${both(bare)}`);
  console.log(`  aslkit --version                                 ${both(version)}`);
  console.log(`  aslkit validate one.asl.json                     ${both(ours)}`);
  console.log(`  asl-validator --json-path one.asl.json           ${both(theirs)}   asl-validator/aslkit: ${ratio(theirs.ms, ours.ms)} wall, ${ratio(theirs.cpu, ours.cpu)} cpu`);
  rmSync(repo, { recursive: true, force: true });
}
