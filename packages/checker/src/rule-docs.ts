import { getRule } from './rules/registry.js';

/** Where rule documentation lives: the repository's docs/rules folder (AWS codes under aws/). */
export const RULE_DOCS_BASE_URL = 'https://github.com/aslkit/aslkit/blob/main/docs/rules';

/**
 * The documentation page of a rule or AWS code (`docs/rules/<id>.md`, `docs/rules/aws/<CODE>.md`),
 * under `base` (default: the repository). Undefined for ids no page can exist for.
 */
export function ruleDocsUrl(idOrCode: string, base: string = RULE_DOCS_BASE_URL): string | undefined {
  if (!/^[\w.-]+$/.test(idOrCode) || idOrCode === 'INTERNAL_ERROR') return undefined;
  const rule = getRule(idOrCode);
  return `${base.replace(/\/+$/, '')}/${rule?.aws === true ? 'aws/' : ''}${rule?.id ?? idOrCode}.md`;
}
