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
      if (facts.timeoutSeconds !== undefined || facts.timeoutSecondsPath !== undefined) continue;
      const resource = facts.integration;
      let what: string | undefined;
      if (resource.kind === 'activity') what = 'an activity worker';
      else if ((resource.kind === 'optimized' || resource.kind === 'aws-sdk') && resource.pattern === 'waitForTaskToken') what = 'a task token callback';
      if (!what) continue;
      context.report({ path: [...facts.ref.path, 'Resource'], messageId: 'missing', data: { name: facts.ref.name, what } });
    }
  },
};
