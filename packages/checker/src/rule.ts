import type {
  Diagnostic,
  DocumentPath,
  JsonObject,
  JsonValue,
  Scope,
  Severity,
  SourceDocument,
  StateMachineType,
  StateRef,
} from '@aslkit/core';

/**
 * The contract of one rule (ESLint's rule-module pattern): an id, a default severity, docs, named
 * message templates, and a `check` that reports by document path. A rule never formats output,
 * reads files, or knows which CLI or editor called it.
 *
 * AWS's own diagnostic codes are rules too (`awsCode` set, `id` = the code); our lint rules have
 * kebab-case ids that never collide with AWS codes.
 */
export interface RuleModule {
  /** Stable id: an AWS code (`MISSING_END_STATE`) or our kebab-case id (`no-unreachable-terminal`). */
  id: string;
  /** The code written into diagnostics. For AWS rules, AWS's code; for lint rules, usually `id`. */
  code?: string;
  /** True for rules that reproduce AWS ValidateStateMachineDefinition. */
  aws?: boolean;
  defaultSeverity: Severity;
  docs: {
    /** One sentence: what the rule finds. */
    description: string;
    /** Why it matters (shown in hovers and docs/rules/<id>.md). */
    rationale?: string;
    /** Category for grouping in docs and presets. */
    category?: 'aws' | 'control-flow' | 'variables' | 'jsonata' | 'jsonpath' | 'errors' | 'tasks' | 'integrations' | 'payloads';
  };
  /** Message templates with `{name}` placeholders, keyed by message id. */
  messages: Record<string, string>;
  check(context: RuleContext): void;
}

export interface RuleReport {
  /** Where: a path into the definition (rendered as the AWS location and mapped to a source range). */
  path: DocumentPath;
  messageId: string;
  data?: Record<string, string | number>;
  /** Put the range on the property key instead of its value (e.g. an unsupported field). */
  onKey?: boolean;
  /** Override the rule's severity for this report. */
  severity?: Severity;
  related?: { path: DocumentPath; message: string }[];
  /** A machine-applicable fix, as a replacement of the value at `path` (editors offer it). */
  fix?: { title: string; path: DocumentPath; value: JsonValue | undefined; renameKey?: string };
  /**
   * The AWS location to print instead of the one derived from `path`; `null` omits it (AWS omits
   * the location for some findings, e.g. a definition that is not an object).
   */
  location?: string | null;
  /** A source span (UTF-16 offset and length) to use instead of the range of `path`. */
  span?: { offset: number; length: number };
}

/** What a rule sees: the parsed definition and precomputed structure. Read-only. */
export interface RuleContext {
  readonly definition: JsonObject;
  /** The source document, when the definition came from text (ranges, comments, raw numbers). */
  readonly document?: SourceDocument;
  readonly type: StateMachineType;
  readonly scopes: readonly Scope[];
  readonly states: readonly StateRef[];
  /** The state machine name to check (STATE_MACHINE_NAME_* rules), when the caller gave one. */
  readonly name?: string;
  /** Names of existing state machines (STATE_MACHINE_NAME_ALREADY_EXISTS). */
  readonly existingNames?: readonly string[];
  /** Whether `${Name}` DefinitionSubstitutions placeholders are to be accepted as valid values. */
  readonly tolerateSubstitutions?: boolean;
  report(report: RuleReport): void;
}

/** A diagnostic as a rule produced it, before severity configuration and truncation. */
export interface RuleDiagnostic extends Diagnostic {
  ruleId: string;
  path: DocumentPath;
  fix?: RuleReport['fix'];
}
