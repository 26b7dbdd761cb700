import { loadDocument } from '@aslkit/core';
import { checkDocument } from './check-document.js';
import { DiagnosticCollector, finish } from './engine.js';
import { missingDescription } from './rules/aws/missing-description.js';
import { applySubstitutions, neutralizeBarePlaceholders } from './substitutions.js';
import type { ValidateOptions, ValidationResult } from './types.js';

/**
 * AWS ValidateStateMachineDefinition, offline: `{ result, diagnostics, truncated }` exactly as AWS
 * returns it (defaults: severity ERROR, maxResults 100, type STANDARD), each diagnostic with a
 * source `range` too. Never throws.
 */
export function validateStateMachineDefinition(options: ValidateOptions): ValidationResult {
  const definition: unknown = options.definition;
  if (typeof definition !== 'string' || definition.length === 0) {
    const collector = new DiagnosticCollector();
    collector.add(missingDescription, 'ERROR', { path: [], messageId: 'missing', location: null });
    return finish(collector.sorted(), options);
  }
  let text = options.substitutions ? applySubstitutions(definition, options.substitutions) : definition;
  if (options.tolerateSubstitutions) text = neutralizeBarePlaceholders(text);
  const document = loadDocument(text, options.fileName ? { fileName: options.fileName } : { format: 'json' });
  return checkDocument(document, options);
}
