import type { Log, ReportingDescriptor, Result } from 'sarif';
import { ruleDocsUrl, ruleIdOf } from './rule-docs.js';
import type { Formatter } from './types.js';

/** SARIF 2.1.0 for GitHub code scanning: one run, the rules seen with help links, one result per diagnostic. */
export const sarif: Formatter = (report, context) => {
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const indexOf = (id: string, severity: 'ERROR' | 'WARNING'): number => {
    const known = ruleIndex.get(id);
    if (known !== undefined) return known;
    const description = context.ruleDescriptions.get(id) ?? id;
    const helpUri = ruleDocsUrl(id);
    rules.push({
      id,
      name: id,
      shortDescription: { text: description },
      helpUri,
      help: { text: `${description} See ${helpUri}`, markdown: `${description} [Documentation](${helpUri})` },
      defaultConfiguration: { level: severity === 'ERROR' ? 'error' : 'warning' },
    });
    ruleIndex.set(id, rules.length - 1);
    return rules.length - 1;
  };
  const results: Result[] = [];
  for (const target of report.results) {
    for (const diagnostic of target.diagnostics) {
      const id = ruleIdOf(diagnostic);
      const range = diagnostic.range;
      const result: Result = {
        ruleId: id,
        ruleIndex: indexOf(id, diagnostic.severity),
        level: diagnostic.severity === 'ERROR' ? 'error' : 'warning',
        message: { text: diagnostic.location ? `${diagnostic.message} (at ${diagnostic.location})` : diagnostic.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(target.file), uriBaseId: '%SRCROOT%' },
              ...(range
                ? { region: { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 } }
                : {}),
            },
            ...(diagnostic.location || target.stateMachine
              ? { logicalLocations: [{ fullyQualifiedName: `${target.stateMachine ? target.stateMachine : ''}${diagnostic.location ?? '/'}`, kind: 'member' }] }
              : {}),
          },
        ],
      };
      results.push(result);
    }
  }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'aslkit', version: context.version, informationUri: 'https://github.com/aslkit/aslkit', rules } },
        results,
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: report.errors.map((error) => ({
              level: 'error' as const,
              message: { text: `${error.file}: ${error.message}` },
              descriptor: { id: error.code },
              locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(error.file), uriBaseId: '%SRCROOT%' } } }],
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
