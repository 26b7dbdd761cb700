import { expressionSitesOf, forEachJsonataFinding } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

export const jsonataUnsupportedFeature: RuleModule = {
  id: 'jsonata-unsupported-feature',
  code: 'UNSUPPORTED_JSONATA_EXPRESSION',
  defaultSeverity: 'ERROR',
  docs: {
    description: 'JSONata features Step Functions does not support: $eval, and the ?? and ?: operators of later JSONata versions.',
    rationale: 'Step Functions runs JSONata 2.0 without $eval; the ?? (coalescing) and ?: (default) operators came later. AWS rejects them with UNSUPPORTED_JSONATA_EXPRESSION.',
    category: 'jsonata',
  },
  messages: {
    finding: '{message} (character {column} of the expression)',
  },
  check(context) {
    forEachJsonataFinding(
      context.states,
      ['jsonata.eval', 'jsonata.unsupportedOperator'],
      (finding, site) => context.report({ path: site.path, messageId: 'finding', data: { message: finding.message, column: finding.offset + 1 } }),
      expressionSitesOf,
    );
  },
};
