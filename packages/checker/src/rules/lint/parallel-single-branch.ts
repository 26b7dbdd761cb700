import type { RuleModule } from '../../rule.js';

/** A Parallel state with a single branch runs nothing in parallel. */
export const parallelSingleBranch: RuleModule = {
  id: 'parallel-single-branch',
  defaultSeverity: 'WARNING',
  docs: {
    description: 'Parallel states with exactly one branch.',
    rationale:
      'One branch runs nothing in parallel; the state only wraps its result in an array. A one-branch Parallel with Retry or Catch is the idiom for a shared error handler around a group of states, and is not reported.',
    category: 'control-flow',
  },
  messages: {
    single: "Parallel state '{name}' has a single branch: nothing runs in parallel, and the result is wrapped in a one-element array.",
  },
  check(context) {
    for (const ref of context.states) {
      const branches = ref.state['Branches'];
      if (ref.state['Type'] === 'Parallel' && Array.isArray(branches) && branches.length === 1 && ref.state['Catch'] === undefined && ref.state['Retry'] === undefined) {
        context.report({ path: [...ref.path, 'Branches'], messageId: 'single', data: { name: ref.name }, onKey: true });
      }
    }
  },
};
