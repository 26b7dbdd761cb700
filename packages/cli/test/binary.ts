import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's location. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI_ROOT = join(REPO_ROOT, 'packages', 'cli');
export const BIN = join(CLI_ROOT, 'bin', 'aslkit.js');
export const FIXTURES = join(REPO_ROOT, 'fixtures', 'cli');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Makes sure the bundle exists and is newer than the CLI's sources (`npm test` builds first; this
 * covers `npx vitest run packages/cli` after an edit). The other packages' dist must exist
 * (`npm run build`), as the bundle is made from them.
 */
export function ensureBuilt(): void {
  const bundle = join(CLI_ROOT, 'dist', 'aslkit.js');
  const fresh = existsSync(bundle) && statSync(bundle).mtimeMs >= newestMtime(join(CLI_ROOT, 'src'));
  if (fresh) return;
  if (!existsSync(join(REPO_ROOT, 'packages', 'checker', 'dist', 'index.js'))) {
    throw new Error('The CLI e2e tests need the built packages: run `npm run build` first (npm test does).');
  }
  // Test files run in parallel processes: one builds, the others wait for it.
  const lock = join(CLI_ROOT, 'dist.build-lock');
  try {
    mkdirSync(lock);
  } catch {
    const started = Date.now();
    while (existsSync(lock) && Date.now() - started < 120_000) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    return;
  }
  try {
    execFileSync(process.execPath, [join(CLI_ROOT, 'build.mjs')], { cwd: CLI_ROOT, stdio: 'pipe' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a subprocess, colours off. */
export function runCli(args: readonly string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
