import type { Report } from '../check/report.js';

/** What a formatter may know beyond the report. */
export interface FormatContext {
  /** Colours (stylish only): off when not a TTY or with NO_COLOR. */
  color: boolean;
  /** The tool's version, for SARIF's driver. */
  version: string;
  /** One-line descriptions of rules by id, when the checker knows them (SARIF rules). */
  ruleDescriptions: ReadonlyMap<string, string>;
}

export type Formatter = (report: Report, context: FormatContext) => string;
