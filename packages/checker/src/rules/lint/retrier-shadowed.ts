import { analysisOf, shadowedHandlers } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** A Retrier whose errors are all matched by earlier Retriers: it never runs. */
export const retrierShadowed: RuleModule = {
  id: 'retrier-shadowed',
  defaultSeverity: 'WARNING',
  docs: {
    description: 'Retriers that can never run because earlier Retriers match all their errors.',
    rationale:
      'Step Functions uses the first Retrier whose ErrorEquals matches. A later Retrier for the same errors (or for errors States.ALL or States.TaskFailed already match) is dead configuration, and its settings never apply.',
    category: 'errors',
  },
  messages: {
    shadowed: 'This Retrier never runs: {errors} already matched by Retry[{by}].',
  },
  check(context) {
    for (const facts of analysisOf(context).states.withHandlers) {
      const handlers = facts.retriers;
      if (handlers.length < 2) continue;
      for (const { handler, by } of shadowedHandlers(handlers)) {
        context.report({
          path: handler.path,
          messageId: 'shadowed',
          data: { errors: handler.names.length === 1 ? `${handler.names[0]} is` : `${handler.names.join(', ')} are`, by: by.map((h) => h.index).join('], Retry[') },
        });
      }
    }
  },
};
