import { isJsonObject, type JsonValue } from '@aslkit/core';
import { analysisOf } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** Fields of a Choice rule that say where to go and what to do, not what to test. */
const NOT_CONDITION = new Set(['Next', 'Comment', 'Assign', 'Output']);

/** The test of a Choice rule as canonical text (keys sorted), to compare rules. */
function conditionKey(rule: JsonValue): string {
  const canonical = (value: JsonValue, top: boolean): JsonValue => {
    if (Array.isArray(value)) return value.map((item) => canonical(item, false));
    if (!isJsonObject(value)) return value;
    const out: Record<string, JsonValue> = {};
    for (const key of Object.keys(value).sort()) if (!(top && NOT_CONDITION.has(key))) out[key] = canonical(value[key] as JsonValue, false);
    return out;
  };
  return JSON.stringify(canonical(rule, true));
}

/**
 * The same comparison as `conditionKey` for the common rules, without building and serializing a
 * canonical copy: a one-comparison JSONPath rule (`Variable`, one operator, a scalar operand) and a
 * rule with a single scalar test (a JSONata `Condition`).
 */
function simpleConditionKey(rule: Record<string, JsonValue>): string | undefined {
  let variable: string | undefined;
  let operator: string | undefined;
  for (const key in rule) {
    if (NOT_CONDITION.has(key)) continue;
    if (key === 'Variable') {
      const value = rule[key];
      if (typeof value !== 'string') return undefined;
      variable = value;
    } else if (operator === undefined) operator = key;
    else return undefined;
  }
  const operand = operator === undefined ? undefined : rule[operator];
  if (operator === undefined || (typeof operand === 'object' && operand !== null)) return undefined;
  if (variable === undefined) return `\u0002${operator}\u0000${JSON.stringify(operand)}`;
  return `\u0001${variable}\u0000${operator}\u0000${JSON.stringify(operand)}`;
}

function alwaysTrue(rule: JsonValue): boolean {
  return isJsonObject(rule) && (rule['Condition'] === true || rule['Condition'] === '{% true %}');
}

/** Choice rules that can never be taken: a copy of an earlier rule's test, or after an always-true rule. */
export const choiceRuleUnreachable: RuleModule = {
  id: 'choice-rule-unreachable',
  defaultSeverity: 'WARNING',
  docs: {
    description: 'Choice rules that can never be taken: the same test as an earlier rule, or any rule after one whose Condition is always true.',
    rationale: 'Choice rules are tried in order and the first match wins. A repeated test (often a copy-paste slip where the value should have changed) or a rule after an always-true one is dead.',
    category: 'control-flow',
  },
  messages: {
    duplicate: 'Choices[{index}] tests exactly what Choices[{earlier}] tests, so it is never taken.',
    afterTrue: 'Choices[{index}] is never taken: Choices[{earlier}] always matches.',
  },
  check(context) {
    for (const { ref, choices } of analysisOf(context).states.choices) {
      if (!Array.isArray(choices) || choices.length < 2) continue;
      const seen = new Map<string, number>();
      let trueAt: number | undefined;
      for (let index = 0; index < choices.length; index++) {
        const rule = choices[index];
        if (!isJsonObject(rule)) continue;
        if (trueAt !== undefined) {
          context.report({ path: [...ref.path, 'Choices', index], messageId: 'afterTrue', data: { index, earlier: trueAt } });
          continue;
        }
        const key = simpleConditionKey(rule) ?? conditionKey(rule);
        const earlier = seen.get(key);
        if (earlier !== undefined) context.report({ path: [...ref.path, 'Choices', index], messageId: 'duplicate', data: { index, earlier } });
        else seen.set(key, index);
        if (alwaysTrue(rule)) trueAt = index;
      }
    }
  },
};
