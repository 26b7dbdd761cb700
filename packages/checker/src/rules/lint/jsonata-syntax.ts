import { expressionSitesOf, forEachJsonataFinding } from '../../analysis/index.js';
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
  messages: {
    finding: '{message} (character {column} of the expression)',
  },
  check(context) {
    forEachJsonataFinding(
      context.states,
      ['jsonata.syntax'],
      (finding, site) => context.report({ path: site.path, messageId: 'finding', data: { message: finding.message, column: finding.offset + 1 } }),
      expressionSitesOf,
    );
  },
};
