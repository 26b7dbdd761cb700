import { analysisOf } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** A transition from inside a Parallel branch or Map processor to a state outside it (or the reverse). */
export const transitionOutOfScope: RuleModule = {
  id: 'transition-out-of-scope',
  defaultSeverity: 'ERROR',
  docs: {
    description: 'Transitions that leave their Parallel branch or Map processor, or enter one from outside.',
    rationale:
      'Each branch and each Map processor is a closed state machine: Next, Default and Catch targets must be states of the same States object. To leave a branch, end it and continue from the Parallel or Map state.',
    category: 'control-flow',
  },
  messages: {
    outward: "'{target}' is a state of {where}, not of this {scope}; end the {scope} (End: true) and transition from '{owner}' instead.",
    elsewhere: "'{target}' is a state of {where}, not of this {scope}: transitions cannot cross scopes.",
  },
  check(context) {
    const analysis = analysisOf(context);
    for (const graph of analysis.graphs) {
      if (graph.dangling.length === 0) continue;
      const scope = graph.scope;
      const scopeId = analysis.scopeIdOf(scope);
      const scopeName = scope.kind === 'machine' ? 'state machine' : scope.kind === 'parallel-branch' ? 'Parallel branch' : 'Map processor';
      for (const transition of graph.dangling) {
        const elsewhere = analysis.statesNamed(transition.target).filter((ref) => analysis.scopeIdOf(ref.scope) !== scopeId);
        const target = elsewhere[0];
        if (!target) continue;
        const where =
          target.scope.kind === 'machine'
            ? 'the top-level state machine'
            : `the ${target.scope.kind === 'parallel-branch' ? 'branch' : 'processor'} of '${target.scope.owner?.name ?? '?'}'`;
        let ancestor = false;
        const targetScopeId = analysis.scopeIdOf(target.scope);
        for (let s = scope.parent; s; s = s.parent) if (analysis.scopeIdOf(s) === targetScopeId) ancestor = true;
        context.report({
          path: transition.path,
          messageId: ancestor && scope.owner ? 'outward' : 'elsewhere',
          data: { target: transition.target, where, scope: scopeName, owner: scope.owner?.name ?? '' },
        });
      }
    }
  },
};
