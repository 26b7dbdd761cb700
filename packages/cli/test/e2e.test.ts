import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FIXTURES, REPO_ROOT, ensureBuilt, runCli } from './binary.js';

// End-to-end: the BUILT binary (packages/cli/bin/aslkit.js → dist) as a subprocess on the fixture
// repositories under fixtures/cli, asserting stdout, exit codes and locations.

interface JsonEntry {
  file: string;
  stateMachine?: string;
  result: string;
  diagnostics: { code: string; severity: string; location?: string; message: string; range?: { start: { line: number; character: number } } }[];
  truncated: boolean;
  error?: { code: string; message: string };
}

const temporary: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aslkit-cli-'));
  temporary.push(dir);
  return dir;
}

function json(args: string[], cwd: string): { status: number | null; entries: JsonEntry[]; stderr: string } {
  const run = runCli([...args, '--format', 'json', '--no-cache'], cwd);
  return { status: run.status, entries: JSON.parse(run.stdout) as JsonEntry[], stderr: run.stderr };
}

/** Zero-based line and character of the first occurrence of `needle` in a fixture file. */
function where(file: string, needle: string, from?: string): { line: number; character: number } {
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  const start = from ? text.indexOf(from) : 0;
  const offset = text.indexOf(needle, start);
  if (offset < 0) throw new Error(`${needle} not in ${file}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
}

// Each test runs the binary several times; a busy CI machine needs more than the default 30 s.
vi.setConfig({ testTimeout: 120_000 });

beforeAll(() => ensureBuilt(), 120_000);
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('aslkit validate on plain definition files', () => {
  const cwd = join(FIXTURES, 'plain');

  it('finds **/*.asl.{json,yaml,yml}, respects .gitignore, exits 1 on errors', () => {
    const { status, entries } = json(['validate'], cwd);
    expect(status).toBe(1);
    expect(entries.map((e) => [e.file, e.result])).toEqual([
      ['bad.asl.json', 'FAIL'],
      ['good.asl.json', 'OK'],
      ['nested/flow.asl.yaml', 'OK'],
    ]);
    const bad = entries[0] as JsonEntry;
    expect(bad.diagnostics.map((d) => [d.code, d.location, d.range?.start])).toEqual([
      ['MISSING_TRANSITION_TARGET', '/States/First/Next', where('plain/bad.asl.json', '"Missing"')],
      ['MISSING_TRANSITION_TARGET', '/States/Orphan', where('plain/bad.asl.json', '"Orphan"')],
    ]);
  });

  it('applies nested .gitignore files when a parent folder is searched, and checks an ignored file named explicitly', () => {
    const { entries } = json(['validate', 'plain'], FIXTURES);
    expect(entries.map((e) => e.file)).toEqual(['plain/bad.asl.json', 'plain/good.asl.json', 'plain/nested/flow.asl.yaml']);
    const explicit = json(['validate', 'plain/ignored/also-bad.asl.json'], FIXTURES);
    expect(explicit.entries.map((e) => e.file)).toEqual(['plain/ignored/also-bad.asl.json']);
  });

  it('prints stylish output with file:line:col, codes and a code frame', () => {
    const run = runCli(['validate', 'bad.asl.json', '--no-cache'], cwd);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('bad.asl.json\n');
    expect(run.stdout).toMatch(/ {2}6:15 +error +MISSING_TRANSITION_TARGET +Missing 'Next' target: Missing +at \/States\/First\/Next/);
    expect(run.stdout).toContain('> 6 |       "Next": "Missing"');
    expect(run.stdout).toContain('^^^^^^^^^');
    expect(run.stdout).toContain('✖ 2 problems (2 errors, 0 warnings)');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('exits 0 on a clean file', () => {
    const run = runCli(['validate', 'good.asl.json', '--no-cache'], cwd);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('✔ 1 state machine checked, no problems');
  });

  it('checks the bundled example from the repository root', () => {
    const run = runCli(['validate', 'fixtures/examples/order-pipeline.asl.json', '--no-cache'], REPO_ROOT);
    expect(run.status).toBe(0);
  });

  it('reports warnings with --severity WARNING, fails them with --max-warnings, hides them with --quiet', () => {
    const warn = json(['validate', 'nested/flow.asl.yaml', '--severity', 'WARNING'], cwd);
    expect(warn.status).toBe(0);
    expect(warn.entries[0]?.diagnostics.map((d) => [d.code, d.severity, d.range?.start])).toEqual([['NO_DOLLAR', 'WARNING', where('plain/nested/flow.asl.yaml', 'value:')]]);
    const strict = runCli(['validate', 'nested/flow.asl.yaml', '--severity', 'WARNING', '--max-warnings', '0', '--no-cache'], cwd);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('too many warnings (1, at most 0 allowed)');
    const quiet = runCli(['validate', 'nested/flow.asl.yaml', '--severity', 'WARNING', '--quiet', '--no-cache'], cwd);
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).not.toContain('NO_DOLLAR');
  });

  it('names a missing file, exits 2, and still checks the others', () => {
    const { status, entries, stderr } = json(['validate', 'nope.asl.json', 'good.asl.json', 'bad.asl.json'], cwd);
    expect(status).toBe(2);
    expect(stderr).toContain('aslkit: nope.asl.json: No such file or directory.');
    expect(entries.map((e) => [e.file, e.result])).toEqual([
      ['bad.asl.json', 'FAIL'],
      ['good.asl.json', 'OK'],
      ['nope.asl.json', 'ERROR'],
    ]);
  });

  it('prints the exact AWS response with --format aws', () => {
    const run = runCli(['validate', 'bad.asl.json', '--format', 'aws', '--no-cache'], cwd);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      result: 'FAIL',
      diagnostics: [
        { severity: 'ERROR', code: 'MISSING_TRANSITION_TARGET', message: "Missing 'Next' target: Missing", location: '/States/First/Next' },
        { severity: 'ERROR', code: 'MISSING_TRANSITION_TARGET', message: 'State "Orphan" is not reachable.', location: '/States/Orphan' },
      ],
      truncated: false,
    });
  });

  it('truncates with --max-results like AWS', () => {
    const { entries } = json(['validate', 'bad.asl.json', '--max-results', '1'], cwd);
    expect(entries[0]?.diagnostics).toHaveLength(1);
    expect(entries[0]?.truncated).toBe(true);
  });

  it('writes GitHub annotations and JUnit XML', () => {
    const github = runCli(['validate', 'bad.asl.json', '--format', 'github', '--no-cache'], cwd);
    expect(github.stdout.split('\n')[0]).toBe(
      "::error file=bad.asl.json,line=6,col=15,endLine=6,endColumn=24,title=aslkit MISSING_TRANSITION_TARGET::Missing 'Next' target: Missing (at /States/First/Next)",
    );
    const junit = runCli(['validate', 'bad.asl.json', 'good.asl.json', '--format', 'junit', '--no-cache'], cwd);
    expect(junit.stdout).toContain('<testsuites name="aslkit" tests="2" failures="1" errors="0">');
    expect(junit.stdout).toContain('<failure type="ERROR" message="MISSING_TRANSITION_TARGET: Missing &apos;Next&apos; target: Missing">');
    expect(junit.stdout).toContain('<testcase classname="good.asl.json" name="good.asl.json"/>');
  });

  it('writes the report to --output', () => {
    const dir = scratch();
    const out = join(dir, 'reports', 'aslkit.json');
    const run = runCli(['validate', 'bad.asl.json', '--format', 'json', '--output', out, '--no-cache'], cwd);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as JsonEntry[])[0]?.file).toBe('bad.asl.json');
  });

  it('fills ${…} placeholders from --substitutions', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'sub.asl.json'), '{\n  "StartAt": "T",\n  "States": {\n    "T": { "Type": "Task", "Resource": "${FnArn}", "TimeoutSeconds": ${Timeout}, "End": true }\n  }\n}\n');
    writeFileSync(join(dir, 'values.json'), JSON.stringify({ FnArn: 'arn:aws:lambda:us-east-1:123456789012:function:f', Timeout: 30 }));
    expect(runCli(['validate', 'sub.asl.json', '--substitutions', 'values.json', '--no-cache'], dir).status).toBe(0);
    writeFileSync(join(dir, 'values.json'), JSON.stringify({ FnArn: 'not-an-arn', Timeout: 30 }));
    const { entries } = json(['validate', 'sub.asl.json', '--substitutions', 'values.json'], dir);
    expect(entries[0]?.diagnostics[0]?.location).toBe('/States/T/Resource');
    expect(entries[0]?.diagnostics[0]?.range?.start.line).toBe(3);
  });
});

describe('aslkit validate on templates', () => {
  it('SAM: inline Definition and DefinitionUri, diagnostics on the template and the linked file', () => {
    const { status, entries } = json(['validate'], join(FIXTURES, 'sam'));
    expect(status).toBe(1);
    expect(entries.map((e) => [e.file, e.stateMachine, e.result])).toEqual([
      ['template.yaml', 'InlineMachine', 'FAIL'],
      ['statemachine/flow.asl.json', 'FileMachine', 'FAIL'],
    ]);
    expect(entries[0]?.diagnostics.map((d) => [d.code, d.location, d.range?.start])).toEqual([
      ['MISSING_TRANSITION_TARGET', '/States/Dangling', where('sam/template.yaml', 'Dangling:')],
    ]);
    expect(entries[1]?.diagnostics.map((d) => d.code)).toContain('MISSING_TRANSITION_TARGET');
    expect(entries[1]?.diagnostics.find((d) => d.location === '/States/Save/Next')?.range?.start).toEqual(where('sam/statemachine/flow.asl.json', '"Nowhere"'));
  });

  it('CloudFormation JSON: DefinitionString with Fn::Sub mapped into the string literal, StateMachineName checked', () => {
    const { status, entries } = json(['validate', 'stack.template.json'], join(FIXTURES, 'cloudformation'));
    expect(status).toBe(1);
    expect(entries.map((e) => [e.stateMachine, e.result])).toEqual([
      ['SubMachine', 'FAIL'],
      ['PlainMachine', 'OK'],
    ]);
    const diagnostics = entries[0]?.diagnostics ?? [];
    expect(diagnostics.find((d) => d.code === 'STATE_MACHINE_NAME_INVALID')?.range?.start).toEqual(where('cloudformation/stack.template.json', '"orders machine!"'));
    const nxt = diagnostics.find((d) => d.message === "Field 'Nxt' is not supported");
    expect(nxt?.location).toBe('/States/Report');
    // The range points into the JSON string literal, at the escaped key `\"Nxt\"` of the template's own line.
    expect(nxt?.range?.start).toEqual(where('cloudformation/stack.template.json', '\\"Nxt\\"'));
  });

  it('Serverless Framework: stepFunctions.stateMachines with Fn::GetAtt resources', () => {
    const { status, entries } = json(['validate'], join(FIXTURES, 'serverless'));
    expect(status).toBe(1);
    expect(entries.map((e) => [e.file, e.stateMachine])).toEqual([['serverless.yml', 'greeter']]);
    expect(entries[0]?.diagnostics.map((d) => [d.code, d.location, d.range?.start])).toEqual([
      ['MISSING_TRANSITION_TARGET', '/States/Choose/Choices[0]/Next', where('serverless/serverless.yml', 'Finished')],
    ]);
  });

  it('CDK: cdk.out templates with Fn::Join DefinitionString', () => {
    const { status, entries } = json(['validate'], join(FIXTURES, 'cdk'));
    expect(status).toBe(1);
    expect(entries.map((e) => [e.file, e.stateMachine])).toEqual([['cdk.out/OrdersStack.template.json', 'OrdersMachineABCD1234']]);
    expect(entries[0]?.diagnostics.map((d) => [d.code, d.location, d.range?.start])).toEqual([
      ['SCHEMA_VALIDATION_FAILED', '/States/Finish/Seconds', where('cdk/cdk.out/OrdersStack.template.json', '-5')],
    ]);
  });
});

describe('SARIF output', () => {
  it('is valid SARIF 2.1.0 with rules and help links', () => {
    const require = createRequire(import.meta.url);
    const AjvModule = require('ajv') as { default?: unknown };
    const Ajv = (AjvModule.default ?? AjvModule) as new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } };
    const addFormats = require('ajv-formats') as { default?: (ajv: unknown) => void } & ((ajv: unknown) => void);
    const ajv = new Ajv({ allErrors: true, strict: false });
    (addFormats.default ?? addFormats)(ajv);
    const schema = JSON.parse(readFileSync(new URL('./sarif-2.1.0-subset.schema.json', import.meta.url), 'utf8')) as object;
    const validate = ajv.compile(schema);
    for (const cwd of [join(FIXTURES, 'plain'), join(FIXTURES, 'cloudformation')]) {
      const run = runCli(['validate', '--format', 'sarif', '--severity', 'WARNING', '--no-cache', 'missing.asl.json', '.'], cwd);
      const log = JSON.parse(run.stdout) as { runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } }; results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[]; invocations: { executionSuccessful: boolean }[] }[] };
      const valid = validate(log);
      expect(validate.errors ?? null, JSON.stringify(validate.errors)).toBeNull();
      expect(valid).toBe(true);
      const [first] = log.runs;
      expect(first?.tool.driver.rules.length).toBeGreaterThan(0);
      for (const rule of first?.tool.driver.rules ?? []) expect(rule.helpUri).toMatch(/\/docs\/rules\/(aws\/)?[A-Za-z0-9_-]+\.md$/);
      expect(first?.results.length).toBeGreaterThan(0);
      expect(first?.invocations[0]?.executionSuccessful).toBe(false);
    }
  });
});

describe('the other commands', () => {
  it('--version and --help with examples for every command', () => {
    const version = runCli(['--version'], REPO_ROOT);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    for (const command of ['validate', 'lint', 'test-state', 'run', 'graph', 'format', 'init', 'lsp', 'serve']) {
      const help = runCli([command, '--help'], REPO_ROOT);
      expect(help.status, command).toBe(0);
      expect(help.stdout, command).toContain('Examples:');
    }
  });

  it('usage errors exit 2', () => {
    expect(runCli(['frobnicate'], REPO_ROOT).status).toBe(2);
    const bad = runCli(['validate', '--format', 'xml'], REPO_ROOT);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('aslkit:');
    expect(runCli([], REPO_ROOT).status).toBe(2);
  });

  it('graph prints mermaid, dot and SVG', () => {
    const file = 'fixtures/examples/order-pipeline.asl.json';
    const mermaid = runCli(['graph', file], REPO_ROOT);
    expect(mermaid.status).toBe(0);
    expect(mermaid.stdout).toMatch(/^flowchart TD\n/);
    expect(mermaid.stdout).toContain('subgraph');
    expect(mermaid.stdout).toContain('Catch: States.ALL');
    expect(runCli(['graph', file, '-f', 'dot'], REPO_ROOT).stdout).toMatch(/^digraph "StateMachine" \{/);
    const svg = runCli(['graph', file, '-f', 'svg'], REPO_ROOT).stdout;
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('>ChargeCard</text>');
    const template = runCli(['graph', 'stack.template.json', '-s', 'SubMachine'], join(FIXTURES, 'cloudformation'));
    expect(template.status).toBe(0);
    expect(template.stdout).toContain('"Report"');
    expect(runCli(['graph', 'stack.template.json'], join(FIXTURES, 'cloudformation')).stderr).toContain('choose one with --state-machine');
  });

  it('format orders keys stably and converts JSON ↔ YAML', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'm.asl.json'), '{"States":{"A":{"End":true,"Result":1,"Type":"Pass"}},"StartAt":"A"}');
    const printed = runCli(['format', 'm.asl.json'], dir);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toBe('{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": "Pass",\n      "Result": 1,\n      "End": true\n    }\n  }\n}\n');
    expect(runCli(['format', 'm.asl.json', '--check'], dir).status).toBe(1);
    expect(runCli(['format', 'm.asl.json', '--write'], dir).status).toBe(0);
    expect(runCli(['format', 'm.asl.json', '--check'], dir).status).toBe(0);
    const yaml = runCli(['format', 'm.asl.json', '--to', 'yaml'], dir);
    expect(yaml.stdout).toBe('StartAt: A\nStates:\n  A:\n    Type: Pass\n    Result: 1\n    End: true\n');
    expect(runCli(['format', 'm.asl.json', '--to', 'yaml', '--write'], dir).status).toBe(0);
    expect(existsSync(join(dir, 'm.asl.yaml'))).toBe(true);
    expect(runCli(['validate', 'm.asl.yaml', '--no-cache'], dir).status).toBe(0);
    writeFileSync(join(dir, 'broken.asl.json'), '{"StartAt": ');
    const broken = runCli(['format', 'broken.asl.json'], dir);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/broken\.asl\.json:1:\d+: cannot format/);
    // Numbers keep their text (1.0, big integers) in JSON and when converting to YAML and back.
    writeFileSync(join(dir, 'n.asl.json'), '{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":1.0,"Next":"P"},"P":{"Type":"Pass","Result":{"id":12345678901234567890,"flag":"true"},"End":true}}}');
    const numbers = runCli(['format', 'n.asl.json'], dir);
    expect(numbers.stdout).toContain('"Seconds": 1.0,');
    expect(numbers.stdout).toContain('"id": 12345678901234567890,');
    const numbersYaml = runCli(['format', 'n.asl.json', '--to', 'yaml'], dir).stdout;
    expect(numbersYaml).toContain('Seconds: 1.0\n');
    expect(numbersYaml).toContain('id: 12345678901234567890\n');
    expect(numbersYaml).toContain('flag: "true"\n');
    expect(runCli(['format', 'n.asl.json', '--to', 'yaml', '--write'], dir).status).toBe(0);
    expect(runCli(['format', 'n.asl.yaml', '--to', 'json'], dir).stdout).toBe(numbers.stdout);
  });

  it('init writes a starter config once', () => {
    const dir = scratch();
    expect(runCli(['init'], dir).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'aslkit.config.json'), 'utf8'))).toMatchObject({ preset: 'recommended' });
    const again = runCli(['init'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists');
  });
});

describe('aslkit lint', () => {
  const choice = '{\n  "StartAt": "C",\n  "States": {\n    "C": { "Type": "Choice", "Choices": [ { "Variable": "$.x", "IsPresent": true, "Next": "D" } ] },\n    "D": { "Type": "Succeed" }\n  }\n}\n';

  it("adds aslkit's rules to AWS's checks; validate stays AWS-only", () => {
    const dir = scratch();
    writeFileSync(join(dir, 'c.asl.json'), choice);
    const lint = json(['lint', 'c.asl.json'], dir);
    expect(lint.status).toBe(0);
    expect(lint.entries[0]?.diagnostics.map((d) => [d.code, d.severity, d.location])).toEqual([['choice-default-missing', 'WARNING', '/States/C']]);
    expect(runCli(['lint', 'c.asl.json', '--max-warnings', '0', '--no-cache'], dir).status).toBe(1);
    expect(json(['validate', 'c.asl.json'], dir).entries[0]?.diagnostics).toEqual([]);
  });

  it('reads aslkit.config.json: rules, ignores, stateMachineType', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'skip'));
    writeFileSync(join(dir, 'c.asl.json'), choice);
    cpSync(join(FIXTURES, 'plain', 'bad.asl.json'), join(dir, 'skip', 'bad.asl.json'));
    writeFileSync(join(dir, 'aslkit.config.json'), JSON.stringify({ rules: { 'choice-default-missing': 'error' }, ignores: ['skip/**'] }));
    const lint = json(['lint'], dir);
    expect(lint.entries.map((e) => e.file)).toEqual(['c.asl.json']);
    expect(lint.entries[0]?.diagnostics.map((d) => [d.code, d.severity])).toEqual([['choice-default-missing', 'ERROR']]);
    expect(lint.status).toBe(1);
    writeFileSync(join(dir, 'aslkit.config.json'), '{ "preset": "nope" }');
    const bad = runCli(['lint', '--no-cache'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('aslkit.config.json');
  });

  it('honours inline suppression comments in lint', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'c.asl.yaml'), 'StartAt: C\nStates:\n  # aslkit-disable-next-line choice-default-missing\n  C:\n    Type: Choice\n    Choices:\n      - Variable: $.x\n        IsPresent: true\n        Next: D\n  D:\n    Type: Succeed\n');
    expect(json(['lint', 'c.asl.yaml'], dir).entries[0]?.diagnostics).toEqual([]);
  });
});

describe('cache and threads', () => {
  it('reuses results of unchanged files and re-checks changed ones', () => {
    const dir = scratch();
    cpSync(join(FIXTURES, 'plain', 'bad.asl.json'), join(dir, 'bad.asl.json'));
    const args = ['validate', '--format', 'json', '--cache-location', '.cache'];
    const first = runCli(args, dir);
    expect(first.status).toBe(1);
    const cacheFile = join(dir, '.cache', 'results-v1.json');
    expect(existsSync(cacheFile)).toBe(true);
    // Tamper with the cached answer: an unchanged file must be answered from the cache.
    writeFileSync(cacheFile, readFileSync(cacheFile, 'utf8').replace("Missing 'Next' target: Missing", 'FROM CACHE'));
    expect(runCli(args, dir).stdout).toContain('FROM CACHE');
    writeFileSync(join(dir, 'bad.asl.json'), readFileSync(join(dir, 'bad.asl.json'), 'utf8') + '\n');
    const changed = runCli(args, dir);
    expect(changed.stdout).not.toContain('FROM CACHE');
    expect(changed.stdout).toContain("Missing 'Next' target: Missing");
  });

  it('worker threads give the same answers as one thread', () => {
    const dir = scratch();
    for (let i = 0; i < 24; i++) {
      cpSync(join(FIXTURES, 'plain', i % 2 ? 'bad.asl.json' : 'good.asl.json'), join(dir, `m${String(i).padStart(2, '0')}.asl.json`));
    }
    const one = runCli(['validate', '--format', 'json', '--no-cache', '--threads', '1'], dir);
    const many = runCli(['validate', '--format', 'json', '--no-cache', '--threads', '3'], dir);
    expect(many.status).toBe(1);
    expect(many.stdout).toBe(one.stdout);
    expect((JSON.parse(many.stdout) as JsonEntry[]).length).toBe(24);
  });
});
