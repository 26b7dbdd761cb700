import { JSONATA_FINDING_MESSAGES, reportJsonataFindings } from '../../analysis/index.js';
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
  messages: JSONATA_FINDING_MESSAGES,
  check(context) {
    reportJsonataFindings(context, ['jsonata.eval', 'jsonata.unsupportedOperator']);
  },
};
