import { analysisOf } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** Integrations whose callback comes from code (a function, a container, a queue consumer), which can heartbeat. */
const WORKER_SERVICES = new Set(['lambda', 'ecs', 'sqs', 'batch', 'eks']);

/** Callback and activity tasks without HeartbeatSeconds. */
export const heartbeatMissing: RuleModule = {
  id: 'heartbeat-missing',
  defaultSeverity: 'WARNING',
  docs: {
    description: 'Activity tasks and `.waitForTaskToken` tasks handed to a worker (Lambda, ECS, SQS, Batch, EKS) without HeartbeatSeconds.',
    rationale:
      'A callback or activity worker that dies is only noticed when the task times out. With HeartbeatSeconds the worker sends SendTaskHeartbeat and a silent worker fails the task with States.HeartbeatTimeout soon after it stops. Callbacks sent to people (SNS, EventBridge, API Gateway, SDK calls) are not reported: people do not send heartbeats. Off in `recommended`; on in `strict`.',
    category: 'tasks',
  },
  messages: {
    missing: "Task '{name}' waits for {what} without HeartbeatSeconds: a worker that dies is noticed only at the task's timeout.",
  },
  check(context) {
    for (const facts of analysisOf(context).states.tasks) {
      const ref = facts.ref;
      if (facts.heartbeatSeconds !== undefined || facts.heartbeatSecondsPath !== undefined) continue;
      const resource = facts.integration;
      const what =
        resource.kind === 'activity'
          ? 'an activity worker'
          : resource.kind === 'optimized' && resource.pattern === 'waitForTaskToken' && WORKER_SERVICES.has(resource.service)
            ? 'a task token callback from a worker'
            : undefined;
      if (what) context.report({ path: [...ref.path, 'Resource'], messageId: 'missing', data: { name: ref.name, what } });
    }
  },
};
