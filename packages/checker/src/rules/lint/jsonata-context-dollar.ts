import { expressionSitesOf, forEachJsonataFinding } from '../../analysis/index.js';
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
  messages: {
    finding: '{message} (character {column} of the expression)',
  },
  check(context) {
    forEachJsonataFinding(
      context.states,
      ['jsonata.contextReference'],
      (finding, site) => {
        const fixed = site.text.startsWith('$$', finding.offset) ? site.text.slice(0, finding.offset) + '$states.context' + site.text.slice(finding.offset + 2) : undefined;
        context.report({
          path: site.path,
          messageId: 'finding',
          data: { message: finding.message, column: finding.offset + 1 },
          ...(fixed ? { fix: { title: 'Use $states.context', path: site.path, value: fixed } } : {}),
        });
      },
      expressionSitesOf,
    );
  },
};
