import type { TargetResult } from '../check/report.js';
import type { Formatter } from './types.js';

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function failureText(result: TargetResult): string {
  return result.diagnostics
    .map((d) => `${d.range ? `${d.range.start.line + 1}:${d.range.start.character + 1} ` : ''}${d.severity} ${d.code}: ${d.message}${d.location ? ` at ${d.location}` : ''}`)
    .join('\n');
}

/** JUnit XML: one test suite per file, one test case per state machine; findings as failures. */
export const junit: Formatter = (report) => {
  const byFile = new Map<string, TargetResult[]>();
  for (const result of report.results) byFile.set(result.file, [...(byFile.get(result.file) ?? []), result]);
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [file, results] of byFile) {
    const failed = results.filter((r) => r.diagnostics.length > 0);
    tests += results.length;
    failures += failed.length;
    const cases = results.map((result) => {
      const name = xml(result.stateMachine ?? file);
      if (result.diagnostics.length === 0) return `    <testcase classname="${xml(file)}" name="${name}"/>`;
      const first = result.diagnostics[0];
      const type = result.result === 'FAIL' ? 'ERROR' : 'WARNING';
      return `    <testcase classname="${xml(file)}" name="${name}">\n      <failure type="${type}" message="${xml(`${first?.code}: ${first?.message}`)}">${xml(failureText(result))}</failure>\n    </testcase>`;
    });
    suites.push(`  <testsuite name="${xml(file)}" tests="${results.length}" failures="${failed.length}" errors="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  for (const error of report.errors) {
    tests++;
    suites.push(`  <testsuite name="${xml(error.file)}" tests="1" failures="0" errors="1">\n    <testcase classname="${xml(error.file)}" name="${xml(error.file)}">\n      <error type="${error.code}" message="${xml(error.message)}"/>\n    </testcase>\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="aslkit" tests="${tests}" failures="${failures}" errors="${report.errors.length}">\n${suites.join('\n')}\n</testsuites>\n`;
};
