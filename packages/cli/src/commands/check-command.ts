import type { Argv } from 'yargs';
import type { Severity, StateMachineType } from '@aslkit/core';
import { onlyErrors, countFindings } from '../check/report.js';
import { FORMATS, formatters, type FormatName } from '../formatters/index.js';
import { BUILD_STAMP, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, VERSION, emit, useColor, type CliContext } from '../io/context.js';

/** The options validate and lint share. */
export function checkOptions<T>(y: Argv<T>, defaultSeverity: Severity) {
  return y
    .positional('files', { type: 'string', array: true, describe: 'Files, directories or globs (default: **/*.asl.{json,yaml,yml} and templates with state machines)' })
    .option('format', { alias: 'f', choices: FORMATS, default: 'stylish' as FormatName, describe: 'Output format' })
    .option('severity', { choices: ['ERROR', 'WARNING'] as const, default: defaultSeverity, describe: 'Lowest severity reported (AWS: ERROR)' })
    .option('type', { choices: ['STANDARD', 'EXPRESS'] as const, describe: 'State machine type (templates say their own)' })
    .option('max-results', { type: 'number', default: 100, describe: 'At most this many diagnostics per state machine (AWS: 100)' })
    .option('name', { type: 'string', describe: 'A state machine name to check (STATE_MACHINE_NAME_* codes)' })
    .option('substitutions', { type: 'string', describe: 'JSON/YAML file of ${Name} placeholder values' })
    .option('config', { alias: 'c', type: 'string', describe: 'Use this aslkit.config.json instead of discovering one per file' })
    .option('output', { alias: 'o', type: 'string', describe: 'Write the report to this file' })
    .option('max-warnings', { type: 'number', default: -1, describe: 'Fail (exit 1) when there are more warnings than this' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Report errors only' })
    .option('cache', { type: 'boolean', default: true, describe: 'Reuse results of unchanged files (--no-cache to turn off)' })
    .option('cache-location', { type: 'string', describe: 'Cache folder (default node_modules/.cache/aslkit or .aslkit-cache)' })
    .option('threads', { type: 'number', describe: 'Worker threads (default: all cores for large repositories)' });
}

export interface CheckArgs {
  files?: string[];
  format: FormatName;
  severity: Severity;
  type?: StateMachineType;
  'max-results': number;
  name?: string;
  substitutions?: string;
  config?: string;
  output?: string;
  'max-warnings': number;
  quiet: boolean;
  cache: boolean;
  'cache-location'?: string;
  threads?: number;
}

/** Runs validate or lint: check, format, write, and set the exit code. */
export async function runCheckCommand(context: CliContext, mode: 'validate' | 'lint', args: CheckArgs): Promise<void> {
  const { io } = context;
  if (!Number.isInteger(args['max-results']) || args['max-results'] < 1) {
    io.stderr('aslkit: --max-results must be a positive whole number\n');
    context.exitCode = EXIT_ERROR;
    return;
  }
  // Loaded on demand: `--help` and `--version` stay fast.
  const { runCheck } = await import('../check/run-check.js');
  const { ruleDescriptions } = await import('../check/engine.js');
  const { report: full } = await runCheck({
    args: args.files ?? [],
    cwd: io.cwd,
    mode,
    severity: args.quiet ? 'ERROR' : args.severity,
    maxResults: args['max-results'],
    ...(args.type ? { type: args.type } : {}),
    ...(args.name !== undefined ? { name: args.name } : {}),
    ...(args.substitutions ? { substitutionsFile: args.substitutions } : {}),
    ...(args.config ? { configFile: args.config } : {}),
    cache: args.cache,
    ...(args['cache-location'] ? { cacheLocation: args['cache-location'] } : {}),
    ...(args.threads !== undefined ? { threads: args.threads } : {}),
    stamp: BUILD_STAMP,
  });
  const report = args.quiet ? onlyErrors(full) : full;
  const formatter = formatters[args.format];
  const text = formatter(report, {
    color: !args.output && args.format === 'stylish' && useColor(io),
    version: VERSION,
    ruleDescriptions: args.format === 'sarif' ? ruleDescriptions() : new Map(),
  });
  // Errors about files go to stderr for people; machine formats carry them in their own shape too.
  for (const error of report.errors) io.stderr(`aslkit: ${error.file}: ${error.message}\n`);
  for (const notice of report.notices ?? []) io.stderr(`aslkit: ${notice}\n`);
  if (!emit(context, text, args.output)) return;
  const counts = countFindings(full.results);
  let exitCode = EXIT_OK;
  if (counts.errors > 0) exitCode = EXIT_FINDINGS;
  if (args['max-warnings'] >= 0 && counts.warnings > args['max-warnings']) {
    exitCode = EXIT_FINDINGS;
    io.stderr(`aslkit: too many warnings (${counts.warnings}, at most ${args['max-warnings']} allowed)\n`);
  }
  if (report.errors.length > 0) exitCode = EXIT_ERROR;
  context.exitCode = Math.max(context.exitCode, exitCode);
}
