import { JSONATA_FINDING_MESSAGES, reportJsonataFindings } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

export const jsonataTopLevelField: RuleModule = {
  id: 'jsonata-top-level-field',
  code: 'INVALID_JSONATA_EXPRESSION',
  defaultSeverity: 'ERROR',
  docs: {
    description: 'Field references at the top level of a JSONata expression ({% order.id %}).',
    rationale: 'In Step Functions a JSONata expression has no input document: a bare field name at the top level reads nothing. Read the state input through $states.input ($states.input.order.id).',
    category: 'jsonata',
  },
  messages: JSONATA_FINDING_MESSAGES,
  check(context) {
    reportJsonataFindings(context, ['jsonata.fieldReference'], (finding, site) => ({
      fix: { title: 'Read it from $states.input', path: site.path, value: site.text.slice(0, finding.offset) + '$states.input.' + site.text.slice(finding.offset) },
    }));
  },
};
