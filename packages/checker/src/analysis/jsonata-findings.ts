import type { ExprFinding } from '@aslkit/expressions';
import type { RuleContext, RuleReport } from '../rule.js';
import { forEachJsonataFinding } from './expression-checks.js';
import { analysisOf } from './index.js';
import type { ExpressionSite } from './sites.js';

/** The message of the rules that report @aslkit/expressions' JSONata findings. */
export const JSONATA_FINDING_MESSAGES = {
  finding: '{message} (character {column} of the expression)',
} as const;

/** What a JSONata rule adds to or changes in the report of one finding (a fix, another message). */
export type JsonataReportExtra = Partial<Pick<RuleReport, 'messageId' | 'data' | 'fix'>>;

/**
 * Reports every finding with one of `codes` on the definition's JSONata expressions, at the
 * expression, with the `finding` message (its text and column); `extra` adds a fix or picks another
 * message for a finding.
 */
export function reportJsonataFindings(
  context: RuleContext,
  codes: readonly string[],
  extra?: (finding: ExprFinding, site: Extract<ExpressionSite, { kind: 'jsonata' }>) => JsonataReportExtra,
): void {
  const states = analysisOf(context).states.jsonata;
  if (states.length === 0) return;
  forEachJsonataFinding(states, codes, (finding, site) => {
    const report: RuleReport = { path: site.path, messageId: 'finding', data: { message: finding.message, column: finding.offset + 1 } };
    context.report(extra ? { ...report, ...extra(finding, site) } : report);
  });
}
