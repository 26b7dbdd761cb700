import { nodeAtPath, type DocumentPath, type JsonValue, type PathSegment } from '@aslkit/core';
import { toAwsLocation } from '@aslkit/core';
import type { RuleContext, RuleReport } from '../../rule.js';
import { hasPlaceholder } from '../../substitutions.js';
import { awsRule } from './define.js';
import { checkChoiceRules } from './schema/choice-rules.js';
import type { Emit, SchemaCheck } from './schema/emit.js';
import { checkExpressions } from './schema/expressions.js';
import { checkQueryLanguage } from './schema/query-language.js';
import { checkStateRules } from './schema/state-rules.js';
import { checkStructure } from './schema/structure.js';
import { checkTaskResources } from './schema/task-resources.js';

/** In order: the JSON Schema, then what schemas state poorly. */
const CHECKS: readonly SchemaCheck[] = [checkStructure, checkQueryLanguage, checkStateRules, checkChoiceRules, checkTaskResources, checkExpressions];

function valueAt(context: RuleContext, path: DocumentPath): JsonValue | undefined {
  if (context.document) return nodeAtPath(context.document.root, path)?.value;
  let node: JsonValue | undefined = context.definition;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (node !== null && typeof node === 'object' && !Array.isArray(node)) node = node[String(segment)];
    else return undefined;
  }
  return node;
}

const UNSUPPORTED_FIELD = /^Field '(.+)' is not supported/;

/** The machine-applicable fixes of schema findings: drop an unsupported field, end a state that has no transition. */
function fixFor(path: DocumentPath, message: string, keyPath: PathSegment[] | undefined): RuleReport['fix'] | undefined {
  if (keyPath) {
    const key = keyPath[keyPath.length - 1];
    if (typeof key === 'string' && UNSUPPORTED_FIELD.exec(message)?.[1] === key) return { title: `Remove the unsupported field '${key}'`, path: keyPath, value: undefined };
    return undefined;
  }
  if (message === 'One of these fields is required: [Next, End]') return { title: "Add 'End': true", path: [...path, 'End'], value: true };
  return undefined;
}

export const schemaValidationFailed = awsRule({
  code: 'SCHEMA_VALIDATION_FAILED',
  description: 'The definition breaks the Amazon States Language: missing or unsupported fields, wrong types or values, bad paths or expressions, unknown resources, EXPRESS restrictions.',
  messages: { schema: '{message}' },
  check(context) {
    const tolerate = context.tolerateSubstitutions === true;
    const emit: Emit = (path, message, options) => {
      if (tolerate) {
        const value = valueAt(context, path);
        if (typeof value === 'string' && hasPlaceholder(value)) return;
      }
      const keyPath: PathSegment[] | undefined = options?.keyPath;
      const fix = fixFor(path, message, keyPath);
      if (keyPath) context.report({ path: keyPath, onKey: true, messageId: 'schema', data: { message }, location: toAwsLocation(path), ...(fix ? { fix } : {}) });
      else context.report({ path, messageId: 'schema', data: { message }, ...(fix ? { fix } : {}) });
    };
    for (const check of CHECKS) check(context, emit);
  },
});
