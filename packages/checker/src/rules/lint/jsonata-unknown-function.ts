import { JSONATA_FUNCTIONS } from '@aslkit/expressions';
import { didYouMean, JSONATA_FINDING_MESSAGES, reportJsonataFindings } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

export const jsonataUnknownFunction: RuleModule = {
  id: 'jsonata-unknown-function',
  code: 'INVALID_JSONATA_EXPRESSION',
  defaultSeverity: 'WARNING',
  docs: {
    description: 'Calls of functions that JSONata 2.0 and Step Functions do not define, or with the wrong number of arguments.',
    rationale: 'Step Functions offers JSONata 2.0\'s functions plus its own ($partition, $range, $hash, $random, $uuid, $parse). An unknown name or a wrong argument count passes validation but fails every run with States.QueryEvaluationError (recorded from AWS), so `recommended` warns and `strict` makes it an error.',
    category: 'jsonata',
  },
  messages: {
    ...JSONATA_FINDING_MESSAGES,
    suggest: "{message} Did you mean '{suggestion}'? (character {column} of the expression)",
  },
  check(context) {
    reportJsonataFindings(context, ['jsonata.unknownFunction', 'jsonata.arity'], (finding, site) => {
      const name = site.text.slice(finding.offset, finding.offset + finding.length);
      const suggestion = finding.code === 'jsonata.unknownFunction' && name.startsWith('$') ? didYouMean(name, JSONATA_FUNCTIONS.map((fn) => fn.name)) : undefined;
      if (!suggestion) return { data: { message: finding.message, column: finding.offset + 1, suggestion: '' } };
      return {
        messageId: 'suggest',
        data: { message: finding.message, column: finding.offset + 1, suggestion },
        fix: { title: `Use ${suggestion}`, path: site.path, value: site.text.slice(0, finding.offset) + suggestion + site.text.slice(finding.offset + finding.length) },
      };
    });
  },
};
