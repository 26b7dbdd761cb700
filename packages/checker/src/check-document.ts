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
import type { CheckOptions, CheckResult } from './types.js';

const rulesByPreset = new Map<string, ActiveRule[]>();

/** The rules to run; the set of each preset (without per-rule settings) is computed once. */
function rulesFor(options: CheckOptions): ActiveRule[] {
  if (options.rules !== undefined) return activeRules(ruleRegistry, options, presetSeverityByName);
  const preset = options.preset ?? 'aws';
  let rules = rulesByPreset.get(preset);
  if (!rules) {
    rules = activeRules(ruleRegistry, { preset }, presetSeverityByName);
    if (rulesByPreset.size < 16) rulesByPreset.set(preset, rules);
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
