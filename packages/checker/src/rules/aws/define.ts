import type { Severity } from '@aslkit/core';
import type { RuleContext, RuleModule } from '../../rule.js';

/** Declares one AWS diagnostic code as a rule module (`id` = `code` = the AWS code). */
export function awsRule(definition: {
  code: string;
  severity?: Severity;
  description: string;
  rationale?: string;
  messages: Record<string, string>;
  check: (context: RuleContext) => void;
}): RuleModule {
  return {
    id: definition.code,
    code: definition.code,
    aws: true,
    defaultSeverity: definition.severity ?? 'ERROR',
    docs: { description: definition.description, ...(definition.rationale ? { rationale: definition.rationale } : {}), category: 'aws' },
    messages: definition.messages,
    check: definition.check,
  };
}
