import { JSONATA_FINDING_MESSAGES, reportJsonataFindings } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

export const jsonataContextDollar: RuleModule = {
  id: 'jsonata-context-dollar',
  code: 'INVALID_JSONATA_EXPRESSION',
  defaultSeverity: 'ERROR',
  docs: {
    description: '$$ in JSONata expressions.',
    rationale: 'In JSONata $$ is the root of the expression\'s input, which Step Functions leaves empty; it is not the JSONPath context object. Use $states.input for the input and $states.context for the context object.',
    category: 'jsonata',
  },
  messages: JSONATA_FINDING_MESSAGES,
  check(context) {
    reportJsonataFindings(context, ['jsonata.contextReference'], (finding, site) => {
      if (!site.text.startsWith('$$', finding.offset)) return {};
      return { fix: { title: 'Use $states.context', path: site.path, value: site.text.slice(0, finding.offset) + '$states.context' + site.text.slice(finding.offset + 2) } };
    });
  },
};
