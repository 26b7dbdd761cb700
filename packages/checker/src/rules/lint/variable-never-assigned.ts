import { analysisOf, didYouMean, valueAt } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** A variable that is read but assigned nowhere the reading state can see. */
export const variableNeverAssigned: RuleModule = {
  id: 'variable-never-assigned',
  defaultSeverity: 'WARNING',
  docs: {
    description: 'Variables read but never assigned in the state machine.',
    rationale:
      'Reading an unassigned variable fails the state at run time (States.QueryEvaluationError in JSONata, States.Runtime in JSONPath); usually a typo. A warning by default because AWS accepts the definition; `strict` makes it an error.',
    category: 'variables',
  },
  messages: {
    never: "Variable '${name}' is read here but never assigned{hint}.",
  },
  check(context) {
    const { variables } = analysisOf(context);
    if (variables.uses.length === 0) return;
    let byLowerCase: Map<string, string> | undefined;
    for (const use of variables.uses) {
      if (variables.assigned.has(use.name)) continue;
      byLowerCase ??= new Map([...variables.assigned].map((name) => [name.toLowerCase(), name]));
      const close = byLowerCase.get(use.name.toLowerCase()) ?? (variables.assigned.size <= 500 ? didYouMean(use.name, variables.assigned) : undefined);
      const text = close ? valueAt(context.definition, use.path) : undefined;
      const escaped = use.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const fixed = typeof text === 'string' ? text.replace(new RegExp(`\\$${escaped}(?![A-Za-z0-9_])`, 'g'), `$$${close}`) : undefined;
      context.report({
        path: use.path,
        messageId: 'never',
        data: { name: use.name, hint: close ? ` (did you mean '$${close}'?)` : '' },
        ...(fixed && fixed !== text ? { fix: { title: `Use $${close}`, path: use.path, value: fixed } } : {}),
      });
    }
  },
};
