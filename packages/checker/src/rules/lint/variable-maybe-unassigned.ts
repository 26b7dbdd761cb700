import { analysisOf } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** A variable read on a path where no Assign has set it yet. */
export const variableMaybeUnassigned: RuleModule = {
  id: 'variable-maybe-unassigned',
  defaultSeverity: 'WARNING',
  docs: {
    description: 'Variables read in a state that some path from StartAt reaches before any Assign sets them.',
    rationale:
      'Variables exist only once assigned. On the path that skips the Assign, the read fails (JSONPath) or reads nothing (JSONata). Inner scopes see the variables assigned before their Parallel or inline Map state started.',
    category: 'variables',
  },
  messages: {
    maybe: "Variable '${name}' may be read before it is assigned: some path to '{state}' does not pass an Assign of it.",
    invisible: "Variable '${name}' is assigned only inside another Parallel branch or Map processor; variables assigned there are not visible here.",
  },
  check(context) {
    const { variables } = analysisOf(context);
    for (const use of variables.uses) {
      if (!variables.assigned.has(use.name)) continue;
      if (variables.isSurelyAssigned(use.ref.state, use.name) !== false) continue;
      // Distributed Map children cannot see outer variables at all: distributed-map-outer-variable says so.
      const visibleInScope = (() => {
        for (let scope: typeof use.ref.scope | undefined = use.ref.scope; scope; scope = scope.parent) {
          if (variables.assignedWithin(scope).has(use.name)) return true;
          if (scope.mapMode === 'DISTRIBUTED') return false;
        }
        return false;
      })();
      if (!visibleInScope) {
        let distributed = false;
        for (let scope: typeof use.ref.scope | undefined = use.ref.scope; scope; scope = scope.parent) distributed ||= scope.mapMode === 'DISTRIBUTED';
        if (!distributed) context.report({ path: use.path, messageId: 'invisible', data: { name: use.name } });
        continue;
      }
      context.report({ path: use.path, messageId: 'maybe', data: { name: use.name, state: use.ref.name } });
    }
  },
};
