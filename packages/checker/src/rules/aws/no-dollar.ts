import { isJsonObject, toAwsLocation, type DocumentPath, type JsonValue } from '@aslkit/core';
import { analysisOf, type StateFacts } from '../../analysis/index.js';
import type { RuleContext } from '../../rule.js';
import { awsRule } from './define.js';
import { looksLikeIntrinsic, looksLikeJsonPath } from './looks-like.js';

/** Payload-template fields of JSONPath states (values of `.$` keys are evaluated), and their values. */
const TEMPLATE_FIELDS: readonly (readonly [string, (facts: StateFacts) => JsonValue | undefined])[] = [
  ['Parameters', (facts) => facts.parameters],
  ['ResultSelector', (facts) => facts.resultSelector],
  ['ItemSelector', (facts) => facts.itemSelector],
];

/** AWS locates the finding at the template field; the range goes on the key itself. */
function visit(context: RuleContext, value: JsonValue, path: DocumentPath, location: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (typeof item === 'object' && item !== null) visit(context, item, [...path, index], location);
    });
    return;
  }
  if (!isJsonObject(value)) return;
  for (const key of Object.keys(value)) {
    if (key.endsWith('.$')) continue;
    const child = value[key] as JsonValue;
    if (typeof child === 'string') {
      const messageId = looksLikeJsonPath(child) ? 'path' : looksLikeIntrinsic(child) ? 'intrinsic' : undefined;
      if (messageId) {
        const renamed = `${key}.$`;
        // Renaming would clash with a `.$` twin already there; then no fix is offered.
        const fix = Object.prototype.hasOwnProperty.call(value, renamed) ? undefined : { title: `Rename '${key}' to '${renamed}'`, path: [...path, key], value: child, renameKey: renamed };
        context.report({ path: [...path, key], messageId, data: { key }, onKey: true, location, ...(fix ? { fix } : {}) });
      }
    } else if (typeof child === 'object' && child !== null) visit(context, child, [...path, key], location);
  }
}

/** Whether a template holds any value `visit` reports (searched without building paths). */
function hasLookalike(value: JsonValue): boolean {
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null && hasLookalike(item)) return true;
    return false;
  }
  if (!isJsonObject(value)) return false;
  for (const key in value) {
    if (key.endsWith('.$')) continue;
    const child = value[key] as JsonValue;
    if (typeof child === 'string') {
      if (looksLikeJsonPath(child) || looksLikeIntrinsic(child)) return true;
    } else if (typeof child === 'object' && child !== null && hasLookalike(child)) return true;
  }
  return false;
}

export const noDollar = awsRule({
  code: 'NO_DOLLAR',
  severity: 'WARNING',
  description: 'A payload-template field whose value looks like a JSONPath or intrinsic function, but whose name does not end in `.$`.',
  rationale: 'Without `.$` the value is passed as a literal string instead of being evaluated.',
  messages: {
    path: "The value of '{key}' looks like a JSONPath. Instead of '{key}', use '{key}.$' to evaluate it as a JSONPath at runtime.",
    intrinsic: "The value of '{key}' looks like an Intrinsic Function. Instead of '{key}', use '{key}.$' to evaluate it as an Intrinsic Function at runtime.",
  },
  check(context) {
    for (const facts of analysisOf(context).states.jsonPath) {
      const ref = facts.ref;
      for (const [field, valueOf] of TEMPLATE_FIELDS) {
        const value = valueOf(facts);
        if (value === undefined || !hasLookalike(value)) continue;
        const fieldPath = [...ref.path, field];
        visit(context, value, fieldPath, toAwsLocation(fieldPath));
      }
    }
  },
});
