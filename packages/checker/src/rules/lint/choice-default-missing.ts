import type { RuleModule } from '../../rule.js';

/** A Choice state without Default fails with States.NoChoiceMatched when no rule matches. */
export const choiceDefaultMissing: RuleModule = {
  id: 'choice-default-missing',
  defaultSeverity: 'WARNING',
  docs: {
    description: 'Choice states without a Default transition.',
    rationale: 'When no Choice rule matches, the execution fails with States.NoChoiceMatched. A Default makes the fall-through explicit.',
    category: 'control-flow',
  },
  messages: {
    missing: "Choice state '{name}' has no Default: when no rule matches, the execution fails with States.NoChoiceMatched.",
  },
  check(context) {
    for (const ref of context.states) {
      if (ref.state['Type'] !== 'Choice' || ref.state['Default'] !== undefined) continue;
      context.report({ path: ref.path, messageId: 'missing', data: { name: ref.name }, onKey: true });
    }
  },
};
