import { hasOwn, type JsonValue, type StateRef } from '@aslkit/core';
import { analysisOf } from '../../analysis/index.js';
import type { RuleContext } from '../../rule.js';
import { awsRule } from './define.js';
import { looksLikeJsonPath } from './looks-like.js';

export const noPath = awsRule({
  code: 'NO_PATH',
  severity: 'WARNING',
  description: 'A field whose value looks like a JSONPath, although only its `…Path` twin evaluates paths.',
  rationale: 'The value is used literally: a Fail state would report the text `$.error` as its error name.',
  messages: {
    path: "The value of '{field}' looks like a JSONPath. Instead of '{field}', use '{field}Path' to evaluate it as a JSONPath at runtime.",
  },
  check(context) {
    for (const facts of analysisOf(context).states.jsonPath) {
      // Fail's Error and Cause and Wait's Timestamp have a `…Path` twin for values taken from the input.
      // Only a string Type counts (a Type of ["Fail"] is a schema error, not a Fail state).
      const type = facts.type;
      if (type === 'Fail') {
        reportLiteralPath(context, facts.ref, 'Error', facts.error);
        reportLiteralPath(context, facts.ref, 'Cause', facts.cause);
      } else if (type === 'Wait') reportLiteralPath(context, facts.ref, 'Timestamp', facts.timestamp);
    }
  },
});

function reportLiteralPath(context: RuleContext, ref: StateRef, field: string, value: JsonValue | undefined): void {
  if (typeof value !== 'string' || !looksLikeJsonPath(value)) return;
  const twin = `${field}Path`;
  const path = [...ref.path, field];
  // With the twin already set (AWS rejects both), renaming would clash: no fix then.
  const fix = hasOwn(ref.state, twin) ? undefined : { title: `Use '${twin}'`, path, value, renameKey: twin };
  context.report({ path, messageId: 'path', data: { field }, ...(fix ? { fix } : {}) });
}
