import { STATES_ERROR_NAMES, type JsonValue, type StateRef } from '@aslkit/core';
import { analysisOf, didYouMean } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

const HANDLER_FIELDS = ['Retry', 'Catch'] as const;

function raisedErrors(states: readonly StateRef[]): Set<string> {
  const raised = new Set<string>();
  for (const ref of states) if (ref.state['Type'] === 'Fail' && typeof ref.state['Error'] === 'string') raised.add(ref.state['Error']);
  return raised;
}

/** `States.*` names in ErrorEquals that the language does not define. */
export const unknownStatesError: RuleModule = {
  id: 'unknown-states-error',
  defaultSeverity: 'WARNING',
  docs: {
    description: 'ErrorEquals names with the reserved `States.` prefix that are not predefined errors.',
    rationale:
      'The `States.` prefix is reserved for the errors Step Functions raises itself. An unknown `States.*` name matches nothing, usually because of a typo (`States.Timeout` vs `States.TimeOut`), so the Retrier or Catcher silently does nothing. Names that a Fail state of the same definition raises (a pattern some workflows use to end a Parallel early) are not reported.',
    category: 'errors',
  },
  messages: {
    unknown: "'{name}' is not a predefined error{hint}; it never matches.",
  },
  check(context) {
    // The names Fail states raise, gathered only when an unknown `States.*` name turns up (rare).
    let raised: Set<string> | undefined;
    for (const facts of analysisOf(context).states.withHandlers) {
      for (const field of HANDLER_FIELDS) {
        const handlers = field === 'Retry' ? facts.retriers : facts.catchers;
        if (handlers.length === 0) continue;
        const list = (field === 'Retry' ? facts.retry : facts.catch) as JsonValue[];
        for (const handler of handlers) {
          // Most handlers name only predefined errors or their own: no position is looked for.
          if (!handler.names.some((name) => name.startsWith('States.') && !STATES_ERROR_NAMES.includes(name))) continue;
          const entry = list[handler.index];
          const raw = entry && typeof entry === 'object' && !Array.isArray(entry) ? entry['ErrorEquals'] : undefined;
          if (!Array.isArray(raw)) continue;
          raw.forEach((name, position) => {
            if (typeof name !== 'string' || !name.startsWith('States.') || STATES_ERROR_NAMES.includes(name)) return;
            raised ??= raisedErrors(context.states);
            if (raised.has(name)) return;
            const suggestion = didYouMean(name, STATES_ERROR_NAMES);
            const path = [...handler.path, 'ErrorEquals', position];
            context.report({
              path,
              messageId: 'unknown',
              data: { name, hint: suggestion ? ` (did you mean '${suggestion}'?)` : '' },
              ...(suggestion ? { fix: { title: `Replace with ${suggestion}`, path, value: suggestion } } : {}),
            });
          });
        }
      }
    }
  },
};
