import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { FileError } from '../check/report.js';

/** Definition files found by default (and inside directories given on the command line). */
export const DEFINITION_GLOBS = ['**/*.asl.json', '**/*.asl.yaml', '**/*.asl.yml'];

/**
 * Files that may be templates holding state machines (CloudFormation, SAM, CDK output, Serverless);
 * they are checked only when their text mentions a state machine resource.
 */
export const TEMPLATE_GLOBS = [
  '**/template.{json,yaml,yml}',
  '**/*.template.{json,yaml,yml}',
  '**/*-template.{json,yaml,yml}',
  '**/*.cfn.{json,yaml,yml}',
  '**/{cloudformation,cfn,templates,infrastructure,infra}/**/*.{json,yaml,yml}',
  '**/serverless.{yml,yaml,json}',
  '**/cdk.out/*.template.json',
];

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', '**/.aslkit-cache/**'];

export interface Candidate {
  /** Absolute path. */
  path: string;
  /** Found by a template pattern: check only if it mentions a state machine. */
  onlyIfTemplate: boolean;
}

export interface Discovery {
  files: Candidate[];
  errors: FileError[];
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * `.gitignore` rules, as git applies them: every `.gitignore` from the repository root (the folder
 * holding `.git`) down to a file's folder, each relative to its own folder. Parsed once per folder.
 */
export class GitignoreRules {
  private readonly byDirectory = new Map<string, Ignore | null>();
  private readonly roots = new Map<string, string>();

  private matcher(dir: string): Ignore | null {
    let matcher = this.byDirectory.get(dir);
    if (matcher !== undefined) return matcher;
    matcher = null;
    const file = join(dir, '.gitignore');
    if (existsSync(file)) {
      try {
        matcher = ignore().add(readFileSync(file, 'utf8'));
      } catch {
        // An unreadable .gitignore ignores nothing.
      }
    }
    this.byDirectory.set(dir, matcher);
    return matcher;
  }

  /** The repository root above `dir` (or the filesystem root when there is no repository). */
  private rootOf(dir: string): string {
    const known = this.roots.get(dir);
    if (known !== undefined) return known;
    const parent = dirname(dir);
    const root = existsSync(join(dir, '.git')) || parent === dir ? dir : this.rootOf(parent);
    this.roots.set(dir, root);
    return root;
  }

  ignores(path: string): boolean {
    const root = this.rootOf(dirname(path));
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      const matcher = this.matcher(dir);
      if (matcher) {
        const rel = toPosix(relative(dir, path));
        if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && matcher.ignores(rel)) return true;
      }
      if (dir === root || dirname(dir) === dir) return false;
    }
  }
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

async function globIn(cwd: string, patterns: string[]): Promise<string[]> {
  return glob(patterns, { cwd, absolute: true, dot: false, ignore: ALWAYS_IGNORED, followSymbolicLinks: false, expandDirectories: false });
}

/**
 * Turns command-line arguments into files: files as given (always checked, even if ignored),
 * directories searched with the default patterns, globs expanded; `.gitignore` applies to what
 * directories and globs find (CDK's `cdk.out` templates excepted: they are build output by design).
 */
export async function discoverFiles(args: readonly string[], cwd: string): Promise<Discovery> {
  const errors: FileError[] = [];
  const found = new Map<string, Candidate>();
  const add = (path: string, onlyIfTemplate: boolean): void => {
    const existing = found.get(path);
    if (!existing || (existing.onlyIfTemplate && !onlyIfTemplate)) found.set(path, { path, onlyIfTemplate });
  };
  const gitignore = new GitignoreRules();
  const keep = (path: string, root: string): boolean => {
    if (/[\\/]cdk\.out[\\/][^\\/]+\.template\.json$/.test(path)) return true;
    // A folder named on the command line is searched even when it is itself ignored.
    if (gitignore.ignores(root)) return !gitignore.ignores(path) || isInside(path, root);
    return !gitignore.ignores(path);
  };
  const searchDirectory = async (dir: string): Promise<void> => {
    for (const path of await globIn(dir, DEFINITION_GLOBS)) if (keep(path, dir)) add(path, false);
    for (const path of await globIn(dir, TEMPLATE_GLOBS)) if (keep(path, dir)) add(path, true);
  };

  if (args.length === 0) await searchDirectory(cwd);
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    let stats: ReturnType<typeof statSync> | undefined;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    if (stats?.isDirectory()) {
      await searchDirectory(absolute);
    } else if (stats) {
      add(absolute, false);
    } else if (isDynamicPattern(toPosix(arg))) {
      const matches = (await globIn(cwd, [toPosix(arg)])).filter((path) => keep(path, cwd));
      if (matches.length === 0) errors.push({ file: arg, code: 'FILE_NOT_FOUND', message: `No files match the pattern "${arg}".` });
      for (const path of matches) add(path, false);
    } else {
      errors.push({ file: arg, code: 'FILE_NOT_FOUND', message: 'No such file or directory.' });
    }
  }
  const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, errors };
}
