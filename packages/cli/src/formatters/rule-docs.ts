import { ruleDocsUrl as checkerRuleDocsUrl, RULE_DOCS_BASE_URL } from '@aslkit/checker';

/** Where rule documentation lives (the checker owns the URL scheme). */
export const RULE_DOCS_BASE = `${RULE_DOCS_BASE_URL}/`;

/** The documentation page of a rule id or AWS code. */
export function ruleDocsUrl(id: string): string {
  return checkerRuleDocsUrl(id) ?? RULE_DOCS_BASE;
}

/** The rule id of a diagnostic: its rule id for our rules, the code for AWS's. */
export function ruleIdOf(diagnostic: { code: string; ruleId?: string }): string {
  return diagnostic.ruleId ?? diagnostic.code;
}
