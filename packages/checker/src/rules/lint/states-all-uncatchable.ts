import { StatesErrors, UNCATCHABLE_BY_STATES_ALL } from '@aslkit/core';
import { analysisOf } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** A States.ALL Catcher relied on for errors that States.ALL does not match. */
export const statesAllUncatchable: RuleModule = {
  id: 'states-all-uncatchable',
  defaultSeverity: 'WARNING',
  docs: {
    description: 'States.ALL Catchers on states that can raise States.DataLimitExceeded or States.Runtime, which States.ALL does not match.',
    rationale:
      'States.ALL matches every error except States.Runtime and States.DataLimitExceeded: a result over the 256 KiB quota or a failing path escapes a catch-all Catcher and fails the execution. Name those errors explicitly when the fallback must see them. Off in `recommended` (it fires on most catch-alls); on in `strict`.',
    category: 'errors',
  },
  messages: {
    uncaught: 'States.ALL does not match {missing}: an oversized result or a runtime error escapes this Catcher and fails the execution. List {missing} explicitly if the fallback should handle them.',
  },
  check(context) {
    for (const facts of analysisOf(context).states.withHandlers) {
      const type = facts.type;
      if (type !== 'Task' && type !== 'Map' && type !== 'Parallel') continue;
      const catchers = facts.catchers;
      const catchAll = catchers.find((handler) => handler.names.includes(StatesErrors.ALL));
      if (!catchAll) continue;
      const named = new Set(catchers.flatMap((handler) => handler.names));
      const missing = UNCATCHABLE_BY_STATES_ALL.filter((name) => !named.has(name));
      if (missing.length === 0) continue;
      context.report({ path: [...catchAll.path, 'ErrorEquals'], messageId: 'uncaught', data: { missing: missing.join(' and ') } });
    }
  },
};
