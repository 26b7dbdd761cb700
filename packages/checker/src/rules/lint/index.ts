import type { RuleModule } from '../../rule.js';

/**
 * aslkit's own lint rules (the static analyzer, issue 4): one file per rule in this folder,
 * listed here. The registry combines them with the AWS rules.
 */
export const lintRules: readonly RuleModule[] = [];
