import { analysisOf } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** HeartbeatSeconds must be smaller than TimeoutSeconds to ever matter. */
export const heartbeatNotBelowTimeout: RuleModule = {
  id: 'heartbeat-not-below-timeout',
  defaultSeverity: 'ERROR',
  docs: {
    description: 'Tasks whose HeartbeatSeconds is not smaller than their TimeoutSeconds.',
    rationale: 'The heartbeat interval must be shorter than the task timeout; otherwise the timeout always fires first and the heartbeat never helps.',
    category: 'tasks',
  },
  messages: {
    notBelow: 'HeartbeatSeconds ({heartbeat}) must be smaller than TimeoutSeconds ({timeout}).',
  },
  check(context) {
    for (const { ref, heartbeatSeconds: heartbeat, timeoutSeconds: timeout } of analysisOf(context).states.tasks) {
      if (typeof heartbeat !== 'number' || typeof timeout !== 'number') continue;
      if (heartbeat >= timeout) {
        context.report({ path: [...ref.path, 'HeartbeatSeconds'], messageId: 'notBelow', data: { heartbeat, timeout } });
      }
    }
  },
};
