import {
  MAX_DEFINITION_LENGTH,
  collectScopesAndStates,
  isJsonObject,
  type JsonValue,
  type SourceDocument,
} from '@aslkit/core';
import { presetSeverityByName } from './config/index.js';
import { activeRules, DiagnosticCollector, finish, runRules, type ActiveRule } from './engine.js';
import { invalidJsonDescription, jsonSyntaxReport } from './rules/aws/invalid-json-description.js';
import { schemaValidationFailed } from './rules/aws/schema-validation-failed.js';
import { ruleRegistry } from './rules/registry.js';
import type { CheckOptions, CheckResult, RuleConfig } from './types.js';

/**
 * Rule sets already worked out, by preset and per-rule settings. Callers (the CLI per config file, the
 * language server per settings change) build a fresh settings object for every file with the same
 * content, so the key is the content: a few hundred characters, cheaper than resolving ~60 rules.
 */
const ruleSets = new Map<string, ActiveRule[]>();
const MAX_RULE_SETS = 64;

function ruleSetKey(preset: string, settings: RuleConfig | undefined): string {
  if (settings === undefined) return preset;
  let key = preset;
  for (const id in settings) key += `\u0000${id}=${String(settings[id])}`;
  return key;
}

/** The rules to run for a preset and per-rule settings (worked out once per distinct pair). */
function rulesFor(options: CheckOptions): ActiveRule[] {
  const preset = options.preset ?? 'aws';
  const key = ruleSetKey(preset, options.rules);
  let rules = ruleSets.get(key);
  if (!rules) {
    rules = activeRules(ruleRegistry, options.rules !== undefined ? { preset, rules: options.rules } : { preset }, presetSeverityByName);
    if (ruleSets.size >= MAX_RULE_SETS) ruleSets.clear();
    ruleSets.set(key, rules);
  }
  return rules;
}

function check(value: JsonValue | undefined, document: SourceDocument | undefined, options: CheckOptions): CheckResult {
  const collector = new DiagnosticCollector(document);
  if (document) {
    const syntax = jsonSyntaxReport(document);
    if (syntax) {
      collector.add(invalidJsonDescription, 'ERROR', syntax);
      return finish(collector.sorted(), options);
    }
    if (document.text.length > MAX_DEFINITION_LENGTH) {
      collector.add(schemaValidationFailed, 'ERROR', {
        path: [],
        messageId: 'schema',
        data: { message: `Definition must not be longer than ${MAX_DEFINITION_LENGTH} characters` },
        location: null,
      });
    }
  }
  if (!isJsonObject(value)) {
    collector.add(schemaValidationFailed, 'ERROR', { path: [], messageId: 'schema', data: { message: 'Definition must be a valid JSON object' }, location: null });
    return finish(collector.sorted(), options);
  }
  const { scopes, states } = collectScopesAndStates(value);
  runRules(
    rulesFor(options),
    {
      definition: value,
      ...(document ? { document } : {}),
      type: options.type ?? 'STANDARD',
      scopes,
      states,
      ...(options.name !== undefined ? { name: options.name } : {}),
      ...(options.existingNames ? { existingNames: options.existingNames } : {}),
      ...(options.tolerateSubstitutions ? { tolerateSubstitutions: true } : {}),
    },
    collector,
  );
  return finish(collector.sorted(), options);
}

/**
 * Checks an already-loaded document (JSON, JSONC or YAML) like AWS ValidateStateMachineDefinition,
 * plus the lint rules `options.rules`/`options.preset` switch on. Diagnostics carry source ranges.
 */
export function checkDocument(document: SourceDocument, options: CheckOptions = {}): CheckResult {
  return check(document.value, document, options);
}

/** The same checks on a plain JSON value (no source text: no ranges, no syntax diagnostics). */
export function checkDefinition(definition: JsonValue, options: CheckOptions = {}): CheckResult {
  return check(definition, undefined, options);
}
