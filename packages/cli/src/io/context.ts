import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Exit codes: 0 clean, 1 findings at or above the failing level, 2 usage, configuration or I/O error. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** Everything a command touches outside itself: streams, the working directory, the environment. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colours only then). */
  stdoutIsTTY: boolean;
  /** Whether stderr is a terminal (progress bars only then). Absent means no. */
  stderrIsTTY?: boolean;
}

declare const ASLKIT_VERSION: string | undefined;
declare const ASLKIT_BUILD: string | undefined;

/** The version (injected by the bundle; `0.0.0-dev` from sources). */
export const VERSION: string = typeof ASLKIT_VERSION === 'string' ? ASLKIT_VERSION : '0.0.0-dev';
/** Identifies the build, for the cache. */
export const BUILD_STAMP: string = typeof ASLKIT_BUILD === 'string' ? ASLKIT_BUILD : `dev-${Date.now()}`;

export interface CliContext {
  io: CliIo;
  exitCode: number;
}

export function useColor(io: CliIo): boolean {
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  if (io.env['FORCE_COLOR'] !== undefined && io.env['FORCE_COLOR'] !== '0') return true;
  return io.stdoutIsTTY;
}

/** Writes a command's output to stdout, or to `--output FILE`. Returns false (and reports) on failure. */
export function emit(context: CliContext, text: string, output?: string): boolean {
  if (!output) {
    context.io.stdout(text);
    return true;
  }
  const path = resolve(context.io.cwd, output);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return true;
  } catch (error) {
    failWith(context, `${output}: cannot write the output file (${error instanceof Error ? error.message : String(error)})`);
    return false;
  }
}

/** Prints `aslkit: <message>` to stderr and sets exit code 2. */
export function failWith(context: CliContext, message: string): void {
  context.io.stderr(`aslkit: ${message}\n`);
  context.exitCode = EXIT_ERROR;
}
