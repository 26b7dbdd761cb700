import { analysisOf } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** A read, inside a Distributed Map's processor, of a variable assigned outside it. */
export const distributedMapOuterVariable: RuleModule = {
  id: 'distributed-map-outer-variable',
  defaultSeverity: 'ERROR',
  docs: {
    description: 'States inside a Distributed Map reading variables assigned outside it.',
    rationale:
      'Each Distributed Map iteration is a child execution that cannot see the parent\'s variables. Pass the values through ItemSelector instead.',
    category: 'variables',
  },
  messages: {
    outer: "'${name}' is assigned outside the Distributed Map '{owner}', whose child executions cannot see it; pass it through ItemSelector.",
  },
  check(context) {
    const { variables } = analysisOf(context);
    if (variables.assigned.size === 0) return;
    for (const use of variables.uses) {
      for (let scope: typeof use.ref.scope | undefined = use.ref.scope; scope; scope = scope.parent) {
        if (variables.assignedWithin(scope).has(use.name)) break;
        if (scope.mapMode === 'DISTRIBUTED') {
          if (variables.assigned.has(use.name)) {
            context.report({ path: use.path, messageId: 'outer', data: { name: use.name, owner: scope.owner?.name ?? '' } });
          }
          break;
        }
      }
    }
  },
};
