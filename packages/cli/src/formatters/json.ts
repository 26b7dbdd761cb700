import type { Formatter } from './types.js';

/** An array of `{ file, stateMachine?, result, diagnostics, truncated }`, plus `{ file, error }` entries. */
export const json: Formatter = (report) => {
  const entries: unknown[] = report.results.map((result) => ({
    file: result.file,
    ...(result.stateMachine ? { stateMachine: result.stateMachine } : {}),
    result: result.result,
    diagnostics: result.diagnostics,
    truncated: result.truncated,
  }));
  for (const error of report.errors) entries.push({ file: error.file, result: 'ERROR', error: { code: error.code, message: error.message }, diagnostics: [], truncated: false });
  return JSON.stringify(entries, null, 2) + '\n';
};

/**
 * Exactly AWS's ValidateStateMachineDefinition response: `{ result, diagnostics, truncated }` with
 * only AWS's four fields per diagnostic. One object per state machine (one line each when several).
 */
export const aws: Formatter = (report) => {
  const responses = report.results.map((result) =>
    JSON.stringify({
      result: result.result,
      diagnostics: result.diagnostics.map((d) => ({ severity: d.severity, code: d.code, message: d.message, ...(d.location !== undefined ? { location: d.location } : {}) })),
      truncated: result.truncated,
    }, null, report.results.length === 1 ? 2 : undefined),
  );
  return responses.length > 0 ? responses.join('\n') + '\n' : '';
};
