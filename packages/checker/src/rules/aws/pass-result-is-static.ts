import { hasOwn, isJsonObject, type DocumentPath, type JsonValue } from '@aslkit/core';
import { analysisOf } from '../../analysis/index.js';
import type { RuleContext, RuleReport } from '../../rule.js';
import { awsRule } from './define.js';

type Fix = NonNullable<RuleReport['fix']>;

function visit(context: RuleContext, value: JsonValue, resultPath: DocumentPath, fix: Fix | undefined): void {
  if (Array.isArray(value)) {
    for (const item of value) visit(context, item, resultPath, fix);
    return;
  }
  if (!isJsonObject(value)) return;
  for (const key of Object.keys(value)) {
    if (key.endsWith('.$')) context.report({ path: resultPath, messageId: 'static', data: { key }, ...(fix ? { fix } : {}) });
    visit(context, value[key] as JsonValue, resultPath, fix);
  }
}

export const passResultIsStatic = awsRule({
  code: 'PASS_RESULT_IS_STATIC',
  severity: 'WARNING',
  description: 'A Pass state’s Result holds `.$` keys, which are never evaluated there.',
  rationale: 'Result is static data; use Parameters to evaluate paths and intrinsic functions.',
  messages: {
    static: "The value of '{key}' will not evaluate as a JSONPath or Intrinsic Function at runtime. Instead of 'Result', use 'Parameters' to evaluate it as a JSONPath or Intrinsic Function at runtime.",
  },
  check(context) {
    for (const { ref, type, result } of analysisOf(context).states.jsonPath) {
      if (type !== 'Pass') continue;
      if (result === undefined) continue;
      const resultPath = [...ref.path, 'Result'];
      // Result becomes Parameters, where `.$` keys are evaluated (not offered when Parameters exists).
      const fix = hasOwn(ref.state, 'Parameters') ? undefined : { title: "Use 'Parameters' (Result is not evaluated)", path: resultPath, value: result, renameKey: 'Parameters' };
      visit(context, result, resultPath, fix);
    }
  },
});
