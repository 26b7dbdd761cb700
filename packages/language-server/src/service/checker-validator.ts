import { checkDocument, getRule } from '@aslkit/checker';
import type { DefinitionValidator, RuleDocs, ValidatorDiagnostic } from './types.js';

/** The aslkit checker as the service's validator: AWS's codes plus the configured lint rules, as warnings too. */
export const checkerValidator: DefinitionValidator = ({ document, settings }) => {
  const rules: Record<string, 'off' | 'ERROR' | 'WARNING'> = {};
  for (const [id, level] of Object.entries(settings.rules ?? {})) rules[id] = level === 'off' ? 'off' : level === 'error' ? 'ERROR' : 'WARNING';
  const result = checkDocument(document, {
    severity: 'WARNING',
    maxResults: 10_000,
    ...(settings.type ? { type: settings.type } : {}),
    ...(settings.preset ? { preset: settings.preset } : {}),
    ...(Object.keys(rules).length > 0 ? { rules } : {}),
  });
  return result.diagnostics as ValidatorDiagnostic[];
};

/** Rule docs from the checker's registry. */
export function checkerRuleDocs(idOrCode: string): RuleDocs | undefined {
  const rule = getRule(idOrCode);
  return rule ? { description: rule.docs.description } : undefined;
}

/** Whether a code is one of AWS's (docs live under docs/rules/aws/). */
export function isAwsRule(idOrCode: string): boolean {
  return getRule(idOrCode)?.aws === true;
}
