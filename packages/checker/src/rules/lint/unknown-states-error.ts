import { STATES_ERROR_NAMES } from '@aslkit/core';
import { didYouMean, errorHandlersOf } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

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
    const raised = new Set(context.states.flatMap((ref) => (ref.state['Type'] === 'Fail' && typeof ref.state['Error'] === 'string' ? [ref.state['Error']] : [])));
    for (const ref of context.states) {
      for (const field of ['Retry', 'Catch'] as const) {
        for (const handler of errorHandlersOf(ref, field)) {
          const list = ref.state[field];
          const entry = Array.isArray(list) ? list[handler.index] : undefined;
          const raw = entry && typeof entry === 'object' && !Array.isArray(entry) ? entry['ErrorEquals'] : undefined;
          if (!Array.isArray(raw)) continue;
          raw.forEach((name, position) => {
            if (typeof name !== 'string' || !name.startsWith('States.') || STATES_ERROR_NAMES.includes(name) || raised.has(name)) return;
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
