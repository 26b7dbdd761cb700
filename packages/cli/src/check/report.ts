import type { Range, Severity } from '@aslkit/core';

/** One finding as the CLI prints it: AWS's four fields plus the source range and rule id. */
export interface CliDiagnostic {
  severity: Severity;
  code: string;
  message: string;
  location?: string;
  range?: Range;
  ruleId?: string;
}

/** The verdict for one state machine (a definition file, or one machine in a template). */
export interface TargetResult {
  /** The file, relative to the working directory, `/`-separated. */
  file: string;
  /** The logical id / Serverless name when the machine sits in a template. */
  stateMachine?: string;
  result: 'OK' | 'FAIL';
  diagnostics: CliDiagnostic[];
  truncated: boolean;
}

/** A file that could not be checked (unreadable, bad config, …): exit code 2, the others still run. */
export interface FileError {
  file: string;
  code: 'FILE_NOT_FOUND' | 'FILE_UNREADABLE' | 'CONFIG_INVALID' | 'NO_FILES' | 'INTERNAL_ERROR';
  message: string;
}

export interface Report {
  results: TargetResult[];
  errors: FileError[];
  /** Messages for stderr that do not change the exit code. */
  notices?: string[];
  /** File texts by `file`, for code frames (only files with findings). */
  sources: Map<string, string>;
}

export interface ReportCounts {
  errors: number;
  warnings: number;
}

export function countFindings(results: readonly TargetResult[]): ReportCounts {
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.severity === 'ERROR') errors++;
      else warnings++;
    }
  }
  return { errors, warnings };
}

/** Drops warnings (`--quiet`). */
export function onlyErrors(report: Report): Report {
  return { ...report, results: report.results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'ERROR') })) };
}
