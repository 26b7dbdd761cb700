import {
  DEFAULT_MAX_RESULTS,
  severityRank,
  toAwsLocation,
  type JsonObject,
  type Scope,
  type Severity,
  type SourceDocument,
  type StateMachineType,
  type StateRef,
} from '@aslkit/core';
import { clearRunCaches } from './analysis/run-cache.js';
import type { RuleContext, RuleModule, RuleReport } from './rule.js';
import type { CheckDiagnostic, CheckOptions, RuleConfig, ValidationResult } from './types.js';

/** A rule switched on, with the severity it reports at. */
export interface ActiveRule {
  rule: RuleModule;
  severity: Severity;
}

/** A diagnostic on its way out, with what ordering needs. */
interface Finding {
  diagnostic: CheckDiagnostic;
  offset: number;
  sequence: number;
}

function fillTemplate(template: string, data: RuleReport['data']): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : match));
}

/**
 * The rules to run: AWS rules at their default severity unless configured; other rules as the
 * preset and `options.rules` say. `presetSeverity` lets the analyzer's presets decide.
 */
export function activeRules(
  registry: readonly RuleModule[],
  options: Pick<CheckOptions, 'rules' | 'preset'>,
  presetSeverity?: (preset: string, rule: RuleModule) => Severity | 'off',
): ActiveRule[] {
  const normalize = (setting: string): Severity | 'off' => {
    const lower = setting.toLowerCase();
    return lower === 'off' ? 'off' : lower === 'error' ? 'ERROR' : 'WARNING';
  };
  const preset = options.preset ?? 'aws';
  const config: RuleConfig = options.rules ?? {};
  const active: ActiveRule[] = [];
  for (const rule of registry) {
    const configured = config[rule.id] ?? (rule.code ? config[rule.code] : undefined);
    let setting: Severity | 'off';
    if (configured !== undefined) setting = normalize(configured);
    else if (rule.aws) setting = rule.defaultSeverity;
    else if (presetSeverity) setting = presetSeverity(preset, rule);
    else setting = preset === 'aws' ? 'off' : rule.defaultSeverity;
    if (setting !== 'off') active.push({ rule, severity: setting });
  }
  return active;
}

export interface RunInput {
  definition: JsonObject;
  document?: SourceDocument;
  type: StateMachineType;
  scopes: readonly Scope[];
  states: readonly StateRef[];
  name?: string;
  existingNames?: readonly string[];
  tolerateSubstitutions?: boolean;
}

/** Collects reports of rules into diagnostics (AWS location, source range, rule id). */
export class DiagnosticCollector {
  private readonly findings: Finding[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly document?: SourceDocument) {}

  add(rule: RuleModule, severity: Severity, report: RuleReport): void {
    const template = rule.messages[report.messageId] ?? report.messageId;
    const message = fillTemplate(template, report.data);
    const location = report.location === null ? undefined : (report.location ?? toAwsLocation(report.path));
    const code = rule.code ?? rule.id;
    const finalSeverity = report.severity ?? severity;
    const key = `${code}\u0000${message}\u0000${location ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const diagnostic: CheckDiagnostic = { severity: finalSeverity, code, message };
    if (location !== undefined) diagnostic.location = location;
    let offset = 0;
    const document = this.document;
    if (document) {
      const span = report.span ?? document.spanOf(report.path, { key: report.onKey === true });
      diagnostic.range = document.lines.rangeOf(span.offset, span.length);
      offset = span.offset;
      if (report.related) {
        diagnostic.related = report.related.map((related) => ({
          message: related.message,
          location: toAwsLocation(related.path),
          range: document.rangeOf(related.path),
        }));
      }
    } else if (report.related) {
      diagnostic.related = report.related.map((related) => ({ message: related.message, location: toAwsLocation(related.path) }));
    }
    diagnostic.ruleId = rule.id;
    if (report.fix) diagnostic.fix = report.fix;
    this.findings.push({ diagnostic, offset, sequence: this.findings.length });
  }

  /** ERRORs before WARNINGs, then in source order (discovery order without a source). */
  sorted(): CheckDiagnostic[] {
    return this.findings
      .sort((a, b) => severityRank(b.diagnostic.severity) - severityRank(a.diagnostic.severity) || a.offset - b.offset || a.sequence - b.sequence)
      .map((finding) => finding.diagnostic);
  }
}

/** Runs the active rules over a definition; a rule that throws is a bug, reported, never raised. */
export function runRules(active: readonly ActiveRule[], input: RunInput, collector: DiagnosticCollector): void {
  // One context for every rule; `report` files findings under the rule that is running.
  let current: ActiveRule | undefined;
  const context: RuleContext = {
    definition: input.definition,
    ...(input.document ? { document: input.document } : {}),
    type: input.type,
    scopes: input.scopes,
    states: input.states,
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.existingNames ? { existingNames: input.existingNames } : {}),
    ...(input.tolerateSubstitutions ? { tolerateSubstitutions: true } : {}),
    report: (report) => {
      if (current) collector.add(current.rule, current.severity, report);
    },
  };
  clearRunCaches();
  for (const entry of active) {
    current = entry;
    try {
      entry.rule.check(context);
    } catch (error) {
      // An unknown messageId is printed as it stands.
      const messageId = `aslkit internal error in rule ${entry.rule.id}: ${error instanceof Error ? error.message : String(error)}`;
      collector.add(entry.rule, 'WARNING', { path: [], messageId, location: null });
    }
  }
  current = undefined;
  clearRunCaches();
}

/** Applies AWS's severity filter and maxResults; `result` is FAIL iff any ERROR was found. */
export function finish(diagnostics: readonly CheckDiagnostic[], options: Pick<CheckOptions, 'severity' | 'maxResults'>): ValidationResult {
  const failed = diagnostics.some((diagnostic) => diagnostic.severity === 'ERROR');
  const minimum = severityRank(options.severity ?? 'ERROR');
  const shown = diagnostics.filter((diagnostic) => severityRank(diagnostic.severity) >= minimum);
  const max = options.maxResults !== undefined && Number.isInteger(options.maxResults) && options.maxResults > 0 ? options.maxResults : DEFAULT_MAX_RESULTS;
  return { result: failed ? 'FAIL' : 'OK', diagnostics: shown.slice(0, max), truncated: shown.length > max };
}
