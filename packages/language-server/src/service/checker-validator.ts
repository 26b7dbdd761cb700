import { awsRules, checkDocument, getRule } from '@aslkit/checker';
import type { DefinitionValidator, RuleDocs, ValidatorDiagnostic } from './types.js';

/** The aslkit checker as the service's validator: AWS's codes plus the configured lint rules, as warnings too. */
const AWS_IDS = new Set(awsRules.flatMap((rule) => [rule.id, ...(rule.code ? [rule.code] : [])]));

export const checkerValidator: DefinitionValidator = ({ document, settings, only, rootPath }) => {
  const rules: Record<string, 'off' | 'ERROR' | 'WARNING'> = {};
  for (const [id, level] of Object.entries(settings.rules ?? {})) {
    if (only === 'aws' && !AWS_IDS.has(id)) continue;
    if (only === 'lint' && AWS_IDS.has(id)) continue;
    rules[id] = level === 'off' ? 'off' : level === 'error' ? 'ERROR' : 'WARNING';
  }
  if (only === 'lint') for (const rule of awsRules) rules[rule.id] = 'off';
  const preset = only === 'aws' ? 'aws' : settings.preset;
  const result = checkDocument(document, {
    severity: 'WARNING',
    maxResults: 10_000,
    ...(settings.type ? { type: settings.type } : {}),
    ...(preset ? { preset } : {}),
    ...(settings.tolerateSubstitutions !== false || rootPath.length > 0 ? { tolerateSubstitutions: true } : {}),
    ...(Object.keys(rules).length > 0 ? { rules } : {}),
  });
  return result.diagnostics as ValidatorDiagnostic[];
};

/** Rule docs from the checker's registry. */
export function checkerRuleDocs(idOrCode: string): RuleDocs | undefined {
  const rule = getRule(idOrCode);
  return rule ? { description: rule.docs.description } : undefined;
}
