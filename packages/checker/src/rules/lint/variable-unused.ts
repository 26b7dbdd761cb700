import { analysisOf } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** A variable assigned but read nowhere. */
export const variableUnused: RuleModule = {
  id: 'variable-unused',
  defaultSeverity: 'WARNING',
  docs: {
    description: 'Variables assigned but never read.',
    rationale: 'An Assign nobody reads costs evaluation and payload size (variables count against the 256 KiB quota) and is often a misspelt name.',
    category: 'variables',
  },
  messages: {
    unused: "Variable '${name}' is assigned but never read.",
  },
  check(context) {
    const { variables } = analysisOf(context);
    for (const def of variables.defs) {
      if (variables.read.has(def.name)) continue;
      context.report({
        path: def.path,
        messageId: 'unused',
        data: { name: def.name },
        onKey: true,
        fix: { title: `Remove the assignment of $${def.name}`, path: def.path, value: undefined },
      });
    }
  },
};
