import type { Range } from './source/line-index.js';

export type Severity = 'ERROR' | 'WARNING';

/**
 * One finding about a definition. `code`, `severity`, `message` and `location` are exactly what
 * AWS's ValidateStateMachineDefinition returns (location omitted where AWS omits it); the rest is
 * for editors and our own rules.
 */
export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  /** AWS location: `/States/Name/Field`, `Choices[0]`-style array elements; absent where AWS has none. */
  location?: string;
  /** Where it is in the source text (zero-based lines and UTF-16 characters). */
  range?: Range;
  /** aslkit rule id for our own rules (AWS codes have none). */
  ruleId?: string;
  /** Other places that belong to this finding (e.g. the first of two duplicate names). */
  related?: { message: string; location?: string; range?: Range }[];
}

export function severityRank(severity: Severity): number {
  return severity === 'ERROR' ? 2 : 1;
}
