import { analysisOf, hasPlaceholder, intrinsicFindings, isIntrinsicText } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** Intrinsic function calls with an unknown name, the wrong number of arguments or arguments of the wrong type. */
export const intrinsicCallInvalid: RuleModule = {
  id: 'intrinsic-call-invalid',
  defaultSeverity: 'ERROR',
  docs: {
    description: 'Intrinsic function calls with an unknown function, the wrong number of arguments, or literal arguments of the wrong type.',
    rationale:
      'Step Functions checks intrinsic calls only when they run: `States.ArrayRange(1, 10)` (a missing step) or `States.MathAdd(\'1\', 2)` fail the state with States.IntrinsicFailure or States.Runtime on every execution.',
    category: 'jsonpath',
  },
  messages: {
    invalid: '{message}',
  },
  check(context) {
    for (const { sites } of analysisOf(context).states.jsonPath) {
      for (const site of sites) {
        if ((site.kind !== 'template' && site.kind !== 'path') || !isIntrinsicText(site.text) || hasPlaceholder(site.text)) continue;
        for (const finding of intrinsicFindings(site.text)) {
          if (finding.code === 'intrinsic.unknown' || finding.code === 'intrinsic.arity' || finding.code === 'intrinsic.argumentType') {
            context.report({ path: site.path, messageId: 'invalid', data: { message: finding.message } });
          }
        }
      }
    }
  },
};
