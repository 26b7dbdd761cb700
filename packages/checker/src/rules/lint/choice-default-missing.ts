import { isJsonObject, type JsonValue } from '@aslkit/core';
import { analysisOf } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** Operators whose `true` and `false` tests of one Variable together match every input. */
const BOTH_WAYS_OPERATORS = new Set(['BooleanEquals', 'IsPresent', 'IsNull', 'IsBoolean', 'IsString', 'IsNumeric', 'IsTimestamp']);

/**
 * Choice rules that cover every input by construction: a rule that is always true
 * (`Condition: true`), or the same Variable tested both ways with BooleanEquals or IsPresent/IsNull/
 * IsBoolean/IsString/IsNumeric/IsTimestamp.
 */
function isExhaustive(choices: JsonValue | undefined): boolean {
  if (!Array.isArray(choices)) return false;
  const seen = new Map<string, Set<boolean>>();
  for (const rule of choices) {
    if (!isJsonObject(rule)) continue;
    if (rule['Condition'] === true || rule['Condition'] === '{% true %}') return true;
    const variable = rule['Variable'];
    if (typeof variable !== 'string') continue;
    // The rule's own keys, not a probe per operator: a rule has few keys.
    for (const operator in rule) {
      if (!BOTH_WAYS_OPERATORS.has(operator)) continue;
      const value = rule[operator];
      if (typeof value !== 'boolean') continue;
      const key = `${variable}\u0000${operator}`;
      const values = seen.get(key) ?? new Set<boolean>();
      values.add(value);
      if (values.size === 2) return true;
      seen.set(key, values);
    }
  }
  return false;
}

/** A Choice state without Default fails with States.NoChoiceMatched when no rule matches. */
export const choiceDefaultMissing: RuleModule = {
  id: 'choice-default-missing',
  defaultSeverity: 'WARNING',
  docs: {
    description: 'Choice states without a Default transition.',
    rationale:
      'When no Choice rule matches, the execution fails with States.NoChoiceMatched. A Default makes the fall-through explicit. Choices that cover every input by construction (the same Variable tested with BooleanEquals true and false, or IsPresent both ways, or an always-true Condition) are not reported.',
    category: 'control-flow',
  },
  messages: {
    missing: "Choice state '{name}' has no Default: when no rule matches, the execution fails with States.NoChoiceMatched.",
  },
  check(context) {
    for (const facts of analysisOf(context).states.choices) {
      if (facts.default !== undefined || isExhaustive(facts.choices)) continue;
      const ref = facts.ref;
      context.report({ path: ref.path, messageId: 'missing', data: { name: ref.name }, onKey: true });
    }
  },
};
