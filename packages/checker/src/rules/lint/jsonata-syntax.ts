import { JSONATA_FINDING_MESSAGES, reportJsonataFindings } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

export const jsonataSyntax: RuleModule = {
  id: 'jsonata-syntax',
  code: 'INVALID_JSONATA_EXPRESSION',
  defaultSeverity: 'ERROR',
  docs: {
    description: 'JSONata expressions that do not parse.',
    rationale: 'AWS parses every {% %} expression when the machine is created and rejects it with INVALID_JSONATA_EXPRESSION; the finding points at the character where parsing stopped.',
    category: 'jsonata',
  },
  messages: JSONATA_FINDING_MESSAGES,
  check(context) {
    reportJsonataFindings(context, ['jsonata.syntax']);
  },
};
