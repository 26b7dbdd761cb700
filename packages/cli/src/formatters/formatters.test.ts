import { describe, expect, it } from 'vitest';
import type { Report } from '../check/report.js';
import { codeFrame } from './code-frame.js';
import { formatters } from './index.js';

const report: Report = {
  results: [
    {
      file: 'a.asl.json',
      result: 'FAIL',
      truncated: false,
      diagnostics: [
        { severity: 'ERROR', code: 'MISSING_END_STATE', message: 'Workflow has no terminal state', location: '/', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } },
        { severity: 'WARNING', code: 'no-unused', ruleId: 'no-unused', message: 'Use, of: 100%', location: '/States/X' },
      ],
    },
    { file: 't.yaml', stateMachine: 'M', result: 'OK', truncated: false, diagnostics: [] },
  ],
  errors: [{ file: 'gone.asl.json', code: 'FILE_NOT_FOUND', message: 'No such file or directory.' }],
  sources: new Map([['a.asl.json', '{\n  "StartAt": "A"\n}\n']]),
};
const context = { color: false, version: '1.2.3', ruleDescriptions: new Map([['MISSING_END_STATE', 'A scope needs a terminal state.']]) };

describe('formatters', () => {
  it('stylish: positions, codes, frames and a summary', () => {
    const text = formatters.stylish(report, context);
    expect(text).toContain('a.asl.json\n  1:1     error    MISSING_END_STATE  Workflow has no terminal state  at /');
    expect(text).toContain('> 1 | {');
    expect(text).toContain('  0:0     warning  no-unused');
    expect(text).toContain('✖ 2 problems (1 error, 1 warning) in 2 state machines');
    expect(formatters.stylish(report, { ...context, color: true })).toContain('\u001b[');
  });

  it('github: escapes data and properties', () => {
    const lines = formatters.github(report, context).trim().split('\n');
    expect(lines[1]).toBe('::warning file=a.asl.json,title=aslkit no-unused::Use, of: 100%25 (at /States/X)');
    expect(lines[2]).toBe('::error file=gone.asl.json,title=aslkit FILE_NOT_FOUND::No such file or directory.');
  });

  it('sarif: rules with descriptions and help links, notifications for file errors', () => {
    const log = JSON.parse(formatters.sarif(report, context));
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'aslkit', version: '1.2.3' });
    expect(run.tool.driver.rules.map((r: { id: string; helpUri: string; shortDescription: { text: string } }) => [r.id, r.helpUri, r.shortDescription.text])).toEqual([
      ['MISSING_END_STATE', 'https://github.com/aslkit/aslkit/blob/main/docs/rules/aws/MISSING_END_STATE.md', 'A scope needs a terminal state.'],
      ['no-unused', 'https://github.com/aslkit/aslkit/blob/main/docs/rules/no-unused.md', 'no-unused'],
    ]);
    expect(run.results[0].locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 });
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toBe('gone.asl.json: No such file or directory.');
  });

  it('aws and json shapes', () => {
    const aws = formatters.aws(report, context).trim().split('\n').map((line) => JSON.parse(line));
    expect(aws[0].diagnostics[1]).toEqual({ severity: 'WARNING', code: 'no-unused', message: 'Use, of: 100%', location: '/States/X' });
    const json = JSON.parse(formatters.json(report, context));
    expect(json[1]).toEqual({ file: 't.yaml', stateMachine: 'M', result: 'OK', diagnostics: [], truncated: false });
    expect(json[2]).toMatchObject({ file: 'gone.asl.json', result: 'ERROR', error: { code: 'FILE_NOT_FOUND' } });
  });

  it('junit: a suite per file, a failure per machine with findings, errors for unreadable files', () => {
    const xml = formatters.junit(report, context);
    expect(xml).toContain('<testsuites name="aslkit" tests="3" failures="1" errors="1">');
    expect(xml).toContain('<testcase classname="t.yaml" name="M"/>');
    expect(xml).toContain('<error type="FILE_NOT_FOUND" message="No such file or directory."/>');
  });

  it('code frames window long lines around the range', () => {
    const line = 'x'.repeat(300) + 'HERE' + 'y'.repeat(300);
    const frame = codeFrame(line, { start: { line: 0, character: 300 }, end: { line: 0, character: 304 } });
    const [source, marker] = frame.split('\n');
    expect(source?.indexOf('HERE')).toBe(marker?.indexOf('^^^^'));
  });
});
