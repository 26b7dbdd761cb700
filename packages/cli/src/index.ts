/**
 * @aslkit/cli — the `aslkit` command line. Programmatic use: `main(argv, io)` resolves the exit code.
 */
export { main } from './main.js';
export type { CliIo } from './io/context.js';
export { runCheck, type RunCheckOptions } from './check/run-check.js';
export type { Report, TargetResult, CliDiagnostic, FileError } from './check/report.js';
export { formatters, FORMATS, type FormatName } from './formatters/index.js';
export { extractDefinitions, type CheckTarget, type Extraction } from '@aslkit/core';
