import { collectScopes, collectStates, isJsonObject, loadDocument, toAwsLocation, type StateMachineType } from '@aslkit/core';
import type { RuleModule, RuleReport } from '../../../rule.js';

export interface HarnessReport extends RuleReport {
  ruleId: string;
  location: string;
  message: string;
}

function render(template: string, data: RuleReport['data']): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (data && data[name] !== undefined ? String(data[name]) : whole));
}

/** Runs rules over a definition text the way the checker's engine does, collecting their reports. */
export function runRules(rules: readonly RuleModule[], text: string, options: { fileName?: string; type?: StateMachineType } = {}): HarnessReport[] {
  const document = loadDocument(text, options.fileName ? { fileName: options.fileName } : {});
  const definition = document.value;
  if (!isJsonObject(definition)) return [];
  const scopes = collectScopes(definition);
  const states = collectStates(definition);
  const reports: HarnessReport[] = [];
  for (const rule of rules) {
    rule.check({
      definition,
      document,
      type: options.type ?? 'STANDARD',
      scopes,
      states,
      report(report) {
        const template = rule.messages[report.messageId];
        if (template === undefined) throw new Error(`${rule.id}: unknown messageId ${report.messageId}`);
        reports.push({ ...report, ruleId: rule.id, location: toAwsLocation(report.path), message: render(template, report.data) });
      },
    });
  }
  return reports;
}
