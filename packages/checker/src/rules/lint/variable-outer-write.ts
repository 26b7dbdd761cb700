import { analysisOf, scopeKey } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** An Assign inside a Parallel branch or Map processor of a name that an enclosing scope assigns. */
export const variableOuterWrite: RuleModule = {
  id: 'variable-outer-write',
  defaultSeverity: 'WARNING',
  docs: {
    description: 'Assignments inside a Parallel branch or Map processor to a variable of an enclosing scope.',
    rationale:
      'Branches and iterations can read outer variables but not write them: the inner Assign cannot change the outer variable, so code after the Parallel or Map still sees the old value. Return the value in the branch output and Assign it on the Parallel or Map state.',
    category: 'variables',
  },
  messages: {
    outer: "'${name}' is a variable of the enclosing scope; a {scope} cannot assign it. Return the value and Assign it on '{owner}'.",
  },
  check(context) {
    const { variables } = analysisOf(context);
    const namesByScope = new Map<string, Set<string>>();
    for (const def of variables.defs) {
      const set = namesByScope.get(scopeKey(def.ref.scope)) ?? new Set<string>();
      set.add(def.name);
      namesByScope.set(scopeKey(def.ref.scope), set);
    }
    for (const def of variables.defs) {
      const scope = def.ref.scope;
      if (!scope.parent || !scope.owner) continue;
      let outer = false;
      for (let ancestor: typeof scope | undefined = scope.parent; ancestor && !outer; ancestor = ancestor.parent) {
        outer = namesByScope.get(scopeKey(ancestor))?.has(def.name) ?? false;
      }
      if (!outer) continue;
      context.report({
        path: def.path,
        messageId: 'outer',
        data: { name: def.name, scope: scope.kind === 'parallel-branch' ? 'Parallel branch' : 'Map iteration', owner: scope.owner.name },
        onKey: true,
      });
    }
  },
};
