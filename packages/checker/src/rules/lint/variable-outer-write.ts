import { analysisOf } from '../../analysis/index.js';
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
    const analysis = analysisOf(context);
    const { variables } = analysis;
    if (variables.defs.length === 0) return;
    // The names each scope assigns, by scope id.
    const namesByScope: (Set<string> | undefined)[] = [];
    for (const def of variables.defs) (namesByScope[analysis.scopeIdOf(def.ref.scope)] ??= new Set<string>()).add(def.name);
    for (const def of variables.defs) {
      const scope = def.ref.scope;
      if (!scope.parent || !scope.owner) continue;
      let outer = false;
      for (let ancestor: typeof scope | undefined = scope.parent; ancestor && !outer; ancestor = ancestor.parent) {
        outer = namesByScope[analysis.scopeIdOf(ancestor)]?.has(def.name) ?? false;
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
