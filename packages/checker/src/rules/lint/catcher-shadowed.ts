import { analysisOf, shadowedHandlers } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** A Catcher whose errors are all matched by earlier Catchers: it never runs. */
export const catcherShadowed: RuleModule = {
  id: 'catcher-shadowed',
  defaultSeverity: 'WARNING',
  docs: {
    description: 'Catchers that can never run because earlier Catchers match all their errors.',
    rationale:
      'Step Functions transitions through the first Catcher whose ErrorEquals matches. A later Catcher for errors already matched (the same names, or errors that States.ALL or States.TaskFailed match) never runs, and its recovery path is dead.',
    category: 'errors',
  },
  messages: {
    shadowed: 'This Catcher never runs: {errors} already matched by Catch[{by}].',
  },
  check(context) {
    for (const facts of analysisOf(context).states.withHandlers) {
      const handlers = facts.catchers;
      if (handlers.length < 2) continue;
      for (const { handler, by } of shadowedHandlers(handlers)) {
        context.report({
          path: handler.path,
          messageId: 'shadowed',
          data: { errors: handler.names.length === 1 ? `${handler.names[0]} is` : `${handler.names.join(', ')} are`, by: by.map((h) => h.index).join('], Catch[') },
        });
      }
    }
  },
};
