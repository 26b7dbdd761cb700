import { analysisOf } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** Assign on Succeed or Fail: nothing runs after them to read the variables. */
export const assignOnTerminalState: RuleModule = {
  id: 'assign-on-terminal-state',
  defaultSeverity: 'ERROR',
  docs: {
    description: 'Assign on a Succeed or Fail state.',
    rationale: 'Succeed and Fail do not support Assign: no state runs after them to read the variables.',
    category: 'variables',
  },
  messages: {
    terminal: "{type} state '{name}' cannot have Assign: no state runs after it.",
  },
  check(context) {
    for (const { type, ref, assign } of analysisOf(context).states.ends) {
      if ((type === 'Succeed' || type === 'Fail') && assign !== undefined) {
        const path = [...ref.path, 'Assign'];
        context.report({
          path,
          messageId: 'terminal',
          data: { type, name: ref.name },
          onKey: true,
          fix: { title: 'Remove Assign', path, value: undefined },
        });
      }
    }
  },
};
