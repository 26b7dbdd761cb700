import { hasOwn } from '@aslkit/core';
import { analysisOf } from '../../analysis/index.js';
import { awsRule } from './define.js';
import { looksLikeJsonPath } from './looks-like.js';

/** Fields that have a `…Path` twin for values taken from the input. */
const FIELDS_WITH_PATH_TWIN: Record<string, readonly string[]> = {
  Fail: ['Error', 'Cause'],
  Wait: ['Timestamp'],
};

export const noPath = awsRule({
  code: 'NO_PATH',
  severity: 'WARNING',
  description: 'A field whose value looks like a JSONPath, although only its `…Path` twin evaluates paths.',
  rationale: 'The value is used literally: a Fail state would report the text `$.error` as its error name.',
  messages: {
    path: "The value of '{field}' looks like a JSONPath. Instead of '{field}', use '{field}Path' to evaluate it as a JSONPath at runtime.",
  },
  check(context) {
    for (const { ref, rawType } of analysisOf(context).states.jsonPath) {
      const type = String(rawType);
      if (!hasOwn(FIELDS_WITH_PATH_TWIN, type)) continue;
      const fields = FIELDS_WITH_PATH_TWIN[type] as readonly string[];
      for (const field of fields) {
        const value = ref.state[field];
        if (typeof value !== 'string' || !looksLikeJsonPath(value)) continue;
        const twin = `${field}Path`;
        const path = [...ref.path, field];
        // With the twin already set (AWS rejects both), renaming would clash: no fix then.
        const fix = hasOwn(ref.state, twin) ? undefined : { title: `Use '${twin}'`, path, value, renameKey: twin };
        context.report({ path, messageId: 'path', data: { field }, ...(fix ? { fix } : {}) });
      }
    }
  },
});
