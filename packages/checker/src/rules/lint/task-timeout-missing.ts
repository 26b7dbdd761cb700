import { analysisOf } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** Tasks that wait on something external (a job, a callback, an activity) without TimeoutSeconds. */
export const taskTimeoutMissing: RuleModule = {
  id: 'task-timeout-missing',
  defaultSeverity: 'WARNING',
  docs: {
    description: 'Tasks that wait for a callback (`.waitForTaskToken`) or an activity worker without TimeoutSeconds.',
    rationale:
      'Without TimeoutSeconds a callback or activity task waits as long as the execution may run (a year for Standard). A lost task token or a dead activity worker then leaves the execution stuck instead of failing with States.Timeout where a Catcher can handle it. `.sync` jobs are not reported: the job ends by itself and carries its own timeout.',
    category: 'tasks',
  },
  messages: {
    missing: "Task '{name}' waits for {what} but has no TimeoutSeconds: if it never answers, the execution hangs until its own timeout.",
  },
  check(context) {
    for (const facts of analysisOf(context).states.tasks) {
      const ref = facts.ref;
      const state = ref.state;
      if (facts.resource === undefined) continue;
      // Only callbacks and activities are reported: what integrates with what is settled before the timeout fields are read.
      const resource = facts.integration;
      if (resource.kind !== 'activity' && !((resource.kind === 'optimized' || resource.kind === 'aws-sdk') && resource.pattern === 'waitForTaskToken')) continue;
      if (state['TimeoutSeconds'] !== undefined || state['TimeoutSecondsPath'] !== undefined) continue;
      let what: string | undefined;
      if (resource.kind === 'activity') what = 'an activity worker';
      else if (resource.kind === 'optimized' || resource.kind === 'aws-sdk') {
        if (resource.pattern === 'waitForTaskToken') what = 'a task token callback';
      }
      if (!what) continue;
      context.report({ path: [...ref.path, 'Resource'], messageId: 'missing', data: { name: ref.name, what } });
    }
  },
};
