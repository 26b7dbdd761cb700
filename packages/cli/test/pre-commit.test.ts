import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, REPO_ROOT, ensureBuilt } from './binary.js';

// The real `pre-commit` tool (Debian's package; .ci/setup.d/cli.sh installs it) runs the hook
// manifest (.pre-commit-hooks.yaml) of this repository in a scratch git repository.

const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const hasPreCommit = preCommit.status === 0;
const manifestCommitted = spawnSync('git', ['cat-file', '-e', 'HEAD:.pre-commit-hooks.yaml'], { cwd: REPO_ROOT }).status === 0;
const skipReason = !hasPreCommit
  ? 'pre-commit is not installed (run .ci/setup.d/cli.sh or apt-get install pre-commit)'
  : !manifestCommitted
    ? '.pre-commit-hooks.yaml is not committed at HEAD (pre-commit clones the repository at a revision)'
    : undefined;
if (skipReason) console.warn(`[cli] skipping the pre-commit hook test: ${skipReason}`);

describe.skipIf(skipReason !== undefined)('pre-commit hook manifest', () => {
  let repo = '';
  const env = (): NodeJS.ProcessEnv => ({
    ...process.env,
    PRE_COMMIT_HOME: join(repo, '.pre-commit-home'),
    NO_COLOR: '1',
    GIT_AUTHOR_NAME: 'aslkit test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'aslkit test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
  });
  const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, env: env(), encoding: 'utf8' });

  beforeAll(() => {
    ensureBuilt();
    repo = mkdtempSync(join(tmpdir(), 'aslkit-pre-commit-'));
    const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
    // The project has aslkit installed (what the hooks' `npx --no-install aslkit` finds).
    mkdirSync(join(repo, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(BIN, join(repo, 'node_modules', '.bin', 'aslkit'));
    writeFileSync(join(repo, '.gitignore'), 'node_modules/\n.pre-commit-home/\n');
    writeFileSync(
      join(repo, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${REPO_ROOT}\n    rev: ${rev}\n    hooks:\n      - id: aslkit-validate\n`,
    );
    const install = spawnSync('pre-commit', ['install'], { cwd: repo, env: env(), encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    expect(git('add', '.gitignore', '.pre-commit-config.yaml').status).toBe(0);
    const setup = git('commit', '-q', '-m', 'setup');
    expect(setup.status, setup.stdout + setup.stderr).toBe(0);
  }, 120_000);

  afterAll(() => {
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  it('blocks a commit with a bad definition', () => {
    copyFileSync(join(FIXTURES, 'plain', 'bad.asl.json'), join(repo, 'order.asl.json'));
    expect(git('add', 'order.asl.json').status).toBe(0);
    const commit = git('commit', '-m', 'bad definition');
    const output = commit.stdout + commit.stderr;
    expect(commit.status, output).not.toBe(0);
    expect(output).toContain('Failed');
    expect(output).toContain('MISSING_TRANSITION_TARGET');
    expect(output).toContain('order.asl.json');
  }, 120_000);

  it('lets a good definition through', () => {
    copyFileSync(join(FIXTURES, 'plain', 'good.asl.json'), join(repo, 'order.asl.json'));
    expect(git('add', 'order.asl.json').status).toBe(0);
    const commit = git('commit', '-m', 'good definition');
    const output = commit.stdout + commit.stderr;
    expect(commit.status, output).toBe(0);
    expect(output).toMatch(/aslkit validate.*Passed/);
    expect(git('log', '--oneline').stdout.split('\n')[0]).toContain('good definition');
  }, 120_000);
});
