/** Where rule documentation lives (the repository's docs/rules folder, rendered by GitHub). */
export const RULE_DOCS_BASE = 'https://github.com/aslkit/aslkit/blob/main/docs/rules/';

/** AWS codes (UPPER_SNAKE) are documented under docs/rules/aws/, our kebab-case rules directly. */
export function ruleDocsUrl(id: string): string {
  return /^[A-Z0-9_]+$/.test(id) ? `${RULE_DOCS_BASE}aws/${id}.md` : `${RULE_DOCS_BASE}${id}.md`;
}

/** The rule id of a diagnostic: its rule id for our rules, the code for AWS's. */
export function ruleIdOf(diagnostic: { code: string; ruleId?: string }): string {
  return diagnostic.ruleId ?? diagnostic.code;
}
