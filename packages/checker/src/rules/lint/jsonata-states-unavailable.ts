import { JSONATA_FINDING_MESSAGES, reportJsonataFindings } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

export const jsonataStatesUnavailable: RuleModule = {
  id: 'jsonata-states-unavailable',
  code: 'INVALID_JSONATA_EXPRESSION',
  defaultSeverity: 'ERROR',
  docs: {
    description: '$states.result where the state has no result, and $states.errorOutput outside a Catcher.',
    rationale: '$states.result exists only in the Output and Assign of Task, Map and Parallel states (after the work ran), and $states.errorOutput only in a Catcher\'s Output and Assign. Elsewhere AWS rejects the reference.',
    category: 'jsonata',
  },
  messages: JSONATA_FINDING_MESSAGES,
  check(context) {
    reportJsonataFindings(context, ['jsonata.statesResult', 'jsonata.statesErrorOutput']);
  },
};
