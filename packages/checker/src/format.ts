import type { Diagnostic } from '@aslkit/core';

/** `<CODE>: <message> at <location>` (without ` at …` when the diagnostic has no location). */
export function formatAwsDiagnostic(diagnostic: Pick<Diagnostic, 'code' | 'message' | 'location'>): string {
  return diagnostic.location === undefined
    ? `${diagnostic.code}: ${diagnostic.message}`
    : `${diagnostic.code}: ${diagnostic.message} at ${diagnostic.location}`;
}

/**
 * The message of the `InvalidDefinition` error CreateStateMachine/UpdateStateMachine return:
 * `Invalid State Machine Definition: '<CODE>: <message> at <location>'`. Given several diagnostics,
 * the ERRORs are listed, separated by `, `.
 */
export function formatCreateStateMachineError(diagnostics: Pick<Diagnostic, 'code' | 'message' | 'location' | 'severity'> | readonly Pick<Diagnostic, 'code' | 'message' | 'location' | 'severity'>[]): string {
  const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics];
  const errors = list.filter((diagnostic) => diagnostic.severity === 'ERROR');
  return `Invalid State Machine Definition: '${(errors.length > 0 ? errors : list).map(formatAwsDiagnostic).join(', ')}'`;
}
