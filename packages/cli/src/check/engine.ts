import { applySuppressions, checkDocument, parseSuppressions, ruleRegistry, type CheckOptions, type RuleConfig } from '@aslkit/checker';
import {
  extractDefinitions,
  MAX_DEFINITION_LENGTH,
  plainDefinition,
  type CheckTarget,
  type LinkedDefinition,
  type Severity,
  type StateMachineType,
} from '@aslkit/core';
import type { CliDiagnostic, FileError, TargetResult } from './report.js';

/** How one file is checked: plain data, so it can be sent to a worker thread and hashed for the cache. */
export interface CheckSettings {
  /** `validate`: AWS's codes only; `lint`: AWS's codes plus the configured lint rules. */
  mode: 'validate' | 'lint';
  severity: Severity;
  maxResults: number;
  type?: StateMachineType;
  /** `--name`: a state machine name to check (templates bring their own). */
  name?: string;
  /** `--substitutions FILE` values. */
  substitutions?: Record<string, string>;
  preset?: string;
  rules?: RuleConfig;
}

export interface FileCheck {
  results: TargetResult[];
  errors: FileError[];
  /** Other files the results point into (linked definitions), which the cache cannot key. */
  linkedFiles: string[];
  /** What could not be checked and why (printed on stderr; not an error). */
  notices?: string[];
}

const NAME_CODES = /^STATE_MACHINE_NAME_/;


function checkTarget(target: CheckTarget, display: string, settings: CheckSettings): TargetResult {
  const name = target.name?.value ?? settings.name;
  const options: CheckOptions = {
    severity: settings.severity,
    maxResults: settings.maxResults,
    preset: settings.preset ?? (settings.mode === 'validate' ? 'aws' : 'recommended'),
    ...(settings.rules ? { rules: settings.rules } : {}),
    ...(target.type ?? settings.type ? { type: target.type ?? settings.type } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(target.tolerateSubstitutions ? { tolerateSubstitutions: true } : {}),
  };
  const response = checkDocument(target.document, options);
  // The checker measures the document's text; for a definition inside a template that is the
  // whole template, so its size finding is kept only when the definition itself is too long.
  const sized = target.definitionLength !== undefined && target.definitionLength <= MAX_DEFINITION_LENGTH && target.document.text.length > MAX_DEFINITION_LENGTH;
  const found = sized ? response.diagnostics.filter((d) => !(d.code === 'SCHEMA_VALIDATION_FAILED' && d.message.startsWith('Definition must not be longer than'))) : response.diagnostics;
  if (found !== response.diagnostics && !found.some((d) => d.severity === 'ERROR')) response.result = 'OK';
  const diagnostics: CliDiagnostic[] = found.map((d) => ({
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.location !== undefined ? { location: d.location } : {}),
    ...(NAME_CODES.test(d.code) && target.name ? { range: target.name.range } : d.range ? { range: target.mapRange ? target.mapRange(d.range) : d.range } : {}),
    ...(d.ruleId && d.ruleId !== d.code ? { ruleId: d.ruleId } : {}),
  }));
  // aslkit's inline suppression comments apply to lint (validate answers as AWS does).
  const kept = settings.mode === 'lint' ? applySuppressions(diagnostics, parseSuppressions(target.document.text, target.document.format)).kept : diagnostics;
  return {
    file: display,
    ...(target.stateMachine ? { stateMachine: target.stateMachine } : {}),
    result: kept === diagnostics ? response.result : kept.some((d) => d.severity === 'ERROR') ? 'FAIL' : 'OK',
    diagnostics: kept,
    truncated: response.truncated,
  };
}

export interface FileInput {
  /** Absolute path. */
  path: string;
  /** Path as printed (relative to the working directory). */
  display: string;
  text: string;
  /** Found by a template pattern: a file that turns out not to be a template is skipped. */
  onlyIfTemplate?: boolean;
}

export interface FileSystemAccess {
  readText(path: string): string;
  resolve(from: string, relative: string): string;
  display(path: string): string;
}

function linkedTarget(link: LinkedDefinition, fs: FileSystemAccess, templatePath: string, settings: CheckSettings): { target?: CheckTarget; display: string; error?: FileError } {
  const path = fs.resolve(templatePath, link.path);
  const display = fs.display(path);
  let text: string;
  try {
    text = fs.readText(path);
  } catch (error) {
    return { display, error: { file: display, code: 'FILE_UNREADABLE', message: `Cannot read the definition of ${link.stateMachine} (from ${fs.display(templatePath)}): ${reason(error)}` } };
  }
  const substitutions = { ...(settings.substitutions ?? {}), ...link.substitutions };
  const target = plainDefinition(text, path, substitutions, {
    stateMachine: link.stateMachine,
    ...(link.type ? { type: link.type } : {}),
    ...(link.name ? { name: link.name } : {}),
  });
  return { target, display };
}

export function reason(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

/** Checks every state machine of one file. Never throws: an internal failure is a FileError. */
export function checkFile(input: FileInput, settings: CheckSettings, fs: FileSystemAccess): FileCheck {
  const results: TargetResult[] = [];
  const errors: FileError[] = [];
  const linkedFiles: string[] = [];
  const notices: string[] = [];
  try {
    const extraction = extractDefinitions(input.text, input.path, settings.substitutions ? { substitutions: settings.substitutions } : {});
    if (input.onlyIfTemplate && extraction.kind === 'definition') return { results, errors, linkedFiles };
    notices.push(...(extraction.skipped ?? []).map((skip) => `${input.display}: ${skip.stateMachine} not checked: ${skip.reason}`));
    for (const target of extraction.targets) results.push(checkTarget(target, input.display, settings));
    for (const link of extraction.linked) {
      const linked = linkedTarget(link, fs, input.path, settings);
      linkedFiles.push(linked.display);
      if (linked.error) errors.push(linked.error);
      if (linked.target) {
        const result = checkTarget(linked.target, linked.display, settings);
        // The name is the template's: its findings are reported on the template's own line.
        const nameFindings = result.diagnostics.filter((d) => NAME_CODES.test(d.code));
        if (nameFindings.length > 0) {
          result.diagnostics = result.diagnostics.filter((d) => !NAME_CODES.test(d.code));
          result.result = result.diagnostics.some((d) => d.severity === 'ERROR') ? 'FAIL' : 'OK';
          const failed = nameFindings.some((d) => d.severity === 'ERROR');
          results.push({ file: input.display, stateMachine: link.stateMachine, result: failed ? 'FAIL' : 'OK', diagnostics: nameFindings, truncated: false });
        }
        results.push(result);
      }
    }
  } catch (error) {
    errors.push({ file: input.display, code: 'INTERNAL_ERROR', message: `aslkit failed on this file: ${reason(error)}` });
  }
  return { results, errors, linkedFiles, ...(notices.length > 0 ? { notices } : {}) };
}

/** One-line descriptions of every rule the checker knows, for SARIF. */
export function ruleDescriptions(): Map<string, string> {
  const map = new Map<string, string>();
  for (const rule of ruleRegistry) {
    map.set(rule.id, rule.docs.description);
    if (rule.code) map.set(rule.code, rule.docs.description);
  }
  return map;
}
