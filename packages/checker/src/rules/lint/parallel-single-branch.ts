import { isJsonObject } from '@aslkit/core';
import { analysisOf } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** A Parallel state with a single branch runs nothing in parallel. */
export const parallelSingleBranch: RuleModule = {
  id: 'parallel-single-branch',
  defaultSeverity: 'WARNING',
  docs: {
    description: 'Parallel states with exactly one branch.',
    rationale:
      'One branch runs nothing in parallel; the state only wraps its result in an array. A one-branch Parallel is also the idiom for grouping states (a shared Retry/Catch, or a ResultPath/ResultSelector/OutputPath that isolates the group\'s data, or a multi-state group shown as one box); those are not reported, only a lone state wrapped for nothing.',
    category: 'control-flow',
  },
  messages: {
    single: "Parallel state '{name}' has a single branch: nothing runs in parallel, and the result is wrapped in a one-element array.",
  },
  check(context) {
    for (const { ref } of analysisOf(context).states.parallels) {
      const branches = ref.state['Branches'];
      if (!Array.isArray(branches) || branches.length !== 1) continue;
      const grouping = ['Catch', 'Retry', 'ResultPath', 'ResultSelector', 'OutputPath', 'Output', 'Assign'].some((field) => ref.state[field] !== undefined);
      const branch = branches[0];
      const branchStates = isJsonObject(branch) && isJsonObject(branch['States']) ? Object.keys(branch['States']).length : 0;
      if (!grouping && branchStates <= 1) {
        context.report({ path: [...ref.path, 'Branches'], messageId: 'single', data: { name: ref.name }, onKey: true });
      }
    }
  },
};
