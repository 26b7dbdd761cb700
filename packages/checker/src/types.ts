import type { Diagnostic, Severity, StateMachineType } from '@aslkit/core';
import type { RuleReport } from './rule.js';

/** How a rule is configured: off, or on with a severity (`warn`/`error` spellings are accepted too). */
export type RuleSetting = 'off' | Severity | 'warn' | 'warning' | 'error';
export type RuleConfig = Record<string, RuleSetting>;

/** Placeholder values for `${Name}` DefinitionSubstitutions. */
export type Substitutions = Record<string, string | number | boolean>;

/** Options shared by {@link validateStateMachineDefinition} and {@link checkDocument}. */
export interface CheckOptions {
  /** STANDARD (default) or EXPRESS: EXPRESS forbids `.sync`, `.waitForTaskToken` and activities. */
  type?: StateMachineType;
  /** Lowest severity returned: ERROR (AWS's default) or WARNING. */
  severity?: Severity;
  /** At most this many diagnostics (default 100, as AWS); `truncated` says when more were found. */
  maxResults?: number;
  /** A state machine name to check (STATE_MACHINE_NAME_* codes only run when it is given). */
  name?: string;
  /** Names that already exist: STATE_MACHINE_NAME_ALREADY_EXISTS when `name` is one of them. */
  existingNames?: readonly string[];
  /** Accept `${Name}` placeholders anywhere (AWS would see them only after substitution). */
  tolerateSubstitutions?: boolean;
  /**
   * Lint rules to run, by rule id, with a severity or 'off'. AWS rules can be turned off too.
   * Rules not named follow the preset.
   */
  rules?: RuleConfig;
  /** A named preset of rule settings; `aws` (default) runs AWS's codes only. */
  preset?: string;
}

export interface ValidateOptions extends CheckOptions {
  /** The definition text, exactly as sent to AWS. */
  definition: string;
  /** Replace `${Name}` placeholders with these values before checking. */
  substitutions?: Substitutions;
  /** Used to choose the format (`.json`, `.jsonc`, `.yaml`); AWS accepts JSON only, the default. */
  fileName?: string;
}

/** One diagnostic: AWS's four fields plus a source range, the rule id and an optional fix. */
export interface CheckDiagnostic extends Diagnostic {
  fix?: RuleReport['fix'];
}

/** Exactly AWS's ValidateStateMachineDefinition response (plus `range`/`ruleId` on diagnostics). */
export interface ValidationResult {
  result: 'OK' | 'FAIL';
  diagnostics: CheckDiagnostic[];
  truncated: boolean;
}

export type CheckResult = ValidationResult;
