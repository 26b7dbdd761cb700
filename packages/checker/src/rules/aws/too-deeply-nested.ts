import { awsRule } from './define.js';

/**
 * The deepest nesting of Parallel branches and Map processors accepted. AWS does not publish its
 * limit; definitions in the wild nest a handful of levels, and Jackson's 1,000-level JSON limit
 * (each state level costs at least four JSON levels) caps what AWS could parse at about 250. We
 * chose 100 levels of states-within-states: far above real use, far below the parser's ceiling.
 */
export const MAX_STATE_NESTING_DEPTH = 100;

export const tooDeeplyNested = awsRule({
  code: 'TOO_DEEPLY_NESTED',
  description: `Parallel branches and Map processors nested more than ${MAX_STATE_NESTING_DEPTH} levels deep.`,
  messages: { deep: `The states are too deeply nested: more than ${MAX_STATE_NESTING_DEPTH} levels of Parallel and Map states` },
  check(context) {
    for (const scope of context.scopes) {
      // Report the outermost scope past the limit only.
      if (scope.depth === MAX_STATE_NESTING_DEPTH + 1 && scope.owner) context.report({ path: scope.owner.path, messageId: 'deep', onKey: true });
    }
  },
});
