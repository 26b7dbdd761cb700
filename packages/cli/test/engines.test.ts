import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BIN, REPO_ROOT, ensureBuilt, runCli } from './binary.js';

// The commands over the other engines (test-state, simulator, language server, endpoint), through
// the built binary.

const example = 'fixtures/examples/order-pipeline.asl.json';
const mockConfig = 'fixtures/examples/order-pipeline.mocks.json';
let scratch = '';

// Each test runs the binary several times; a busy CI machine needs more than the default 30 s.
vi.setConfig({ testTimeout: 120_000 });

beforeAll(() => {
  ensureBuilt();
  scratch = mkdtempSync(join(tmpdir(), 'aslkit-engines-'));
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Starts the binary, waits until stdout matches, returns what it printed; the process is stopped after. */
function startUntil(args: string[], pattern: RegExp, input?: string): Promise<{ stdout: string; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`timed out; stdout: ${stdout}; stderr: ${stderr}`));
    }, 30_000);
    child.stdout.on('data', (data: Buffer) => {
      stdout += data.toString();
      if (pattern.test(stdout)) {
        clearTimeout(timer);
        resolve({ stdout, stop: () => child.kill() });
      }
    });
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!pattern.test(stdout)) reject(new Error(`exited ${code}; stdout: ${stdout}; stderr: ${stderr}`));
    });
    if (input !== undefined) child.stdin.write(input);
  });
}

describe('aslkit test-state', () => {
  it('runs one state like the TestState API', () => {
    const run = runCli(['test-state', example, '--state', 'Notify', '--input', '{"order":{"id":7},"shipments":[1,2]}'], REPO_ROOT);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ status: 'SUCCEEDED', output: '{"message":"Order 7 shipped 2 items"}' });
  });

  it('mocks a task and prints the data flow with --format pretty', () => {
    const run = runCli(['test-state', example, '--state', 'ChargeCard', '--input', '{"order":{"total":3}}', '--mock-result', '{"Payload":{"chargeId":"c"}}', '--inspection-level', 'DEBUG', '-f', 'pretty'], REPO_ROOT);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('afterResultSelector  {"chargeId":"c"}');
    expect(run.stdout).toContain('nextState            ShipItems');
  });

  it('names a local role by default, so an unmocked Task says how to mock it (not that a RoleArn is missing)', () => {
    const run = runCli(['test-state', example, '--state', 'ChargeCard', '--input', '{"order":{"total":3}}'], REPO_ROOT);
    expect(run.status).toBe(1);
    const response = JSON.parse(run.stdout) as { code: string; message: string };
    expect(response.code).toBe('ValidationException');
    expect(response.message).toContain('give a mock');
    expect(response.message).not.toContain('RoleArn');
  });

  it('answers an exception with exit code 1', () => {
    const run = runCli(['test-state', example, '--state', 'Nope'], REPO_ROOT);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ code: 'ValidationException' });
  });
});

describe('aslkit run', () => {
  it('runs the whole machine with mocks', () => {
    const mocks = join(scratch, 'mocks.json');
    writeFileSync(mocks, JSON.stringify({ ChargeCard: { Return: { Payload: { chargeId: 'ch_1' } } } }));
    const run = runCli(['run', example, '-i', '@fixtures/examples/order-pipeline.input.json', '--mocks', mocks], REPO_ROOT);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'SUCCEEDED', output: '{"message":"Order o-1001 shipped 2 items"}' });
  });

  it('prints the StartSyncExecution-shaped result, named after the file, with history on request', () => {
    const run = runCli(['run', example, '-i', '@fixtures/examples/order-pipeline.input.json', '--mock-config', mockConfig, '--test-case', 'HappyPath', '--history', '--execution-name', 'e1'], REPO_ROOT);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, unknown> & { history: { type: string }[] };
    expect(result).toMatchObject({
      executionArn: 'arn:aws:states:us-east-1:123456789012:execution:order-pipeline:e1',
      stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:order-pipeline',
      name: 'e1',
      startDate: '2024-01-01T00:00:00.000Z',
      status: 'SUCCEEDED',
      input: JSON.stringify({ order: { id: 'o-1001', total: 42.5, items: [{ sku: 'book' }, { sku: 'lamp' }] } }),
    });
    expect(typeof result['stopDate']).toBe('string');
    expect(result.history[0]?.type).toBe('ExecutionStarted');
    expect(result.history.at(-1)?.type).toBe('ExecutionSucceeded');
    const without = JSON.parse(runCli(['run', example, '-i', '@fixtures/examples/order-pipeline.input.json', '--mock-config', mockConfig, '--test-case', 'HappyPath'], REPO_ROOT).stdout) as object;
    expect(without).not.toHaveProperty('history');
  });

  it('runs the bundled mock config: HappyPath charges the card (machine name from the file name)', () => {
    const run = runCli(['run', example, '-i', '@fixtures/examples/order-pipeline.input.json', '--mock-config', mockConfig, '--test-case', 'HappyPath'], REPO_ROOT);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'SUCCEEDED', output: '{"message":"Order o-1001 shipped 2 items"}' });
  });

  it('runs the bundled mock config: CardDeclined is caught and rejects the order', () => {
    const run = runCli(['run', example, '-i', '@fixtures/examples/order-pipeline.input.json', '--mock-config', mockConfig, '--test-case', 'CardDeclined'], REPO_ROOT);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'FAILED', error: 'OrderRejected', cause: 'The order was invalid or could not be charged' });
    const pretty = runCli(['run', example, '-i', '@fixtures/examples/order-pipeline.input.json', '--mock-config', mockConfig, '--test-case', 'CardDeclined', '-f', 'pretty'], REPO_ROOT);
    expect(pretty.stdout).toContain('✗ TaskFailed CardDeclined: The card issuer declined the charge  ⤷ caught');
  });

  it('--name chooses the machine in the mock config', () => {
    const renamed = join(scratch, 'renamed.json');
    writeFileSync(renamed, readFileSync(join(REPO_ROOT, mockConfig), 'utf8').replace('"order-pipeline"', '"Orders"'));
    const byFile = runCli(['run', example, '-i', '@fixtures/examples/order-pipeline.input.json', '--mock-config', renamed, '--test-case', 'HappyPath'], REPO_ROOT);
    expect(byFile.status).toBe(2);
    expect(byFile.stderr).toContain('order-pipeline');
    const byName = runCli(['run', example, '-i', '@fixtures/examples/order-pipeline.input.json', '--mock-config', renamed, '--test-case', 'HappyPath', '--name', 'Orders'], REPO_ROOT);
    expect(byName.status, byName.stderr).toBe(0);
    expect(JSON.parse(byName.stdout)).toMatchObject({ status: 'SUCCEEDED', stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Orders' });
  });

  it('--format pretty prints a timeline with virtual time, indented iterations and the final status; no progress bar off a TTY', () => {
    const run = runCli(['run', example, '-i', '@fixtures/examples/order-pipeline.input.json', '--mock-config', mockConfig, '--test-case', 'HappyPath', '-f', 'pretty'], REPO_ROOT);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^ {3}\+0\.000s {2}▶ ValidateOrder \(Choice\) {2}in \{"order"/);
    expect(lines).toContain('   +0.000s    ⋯ iteration 1');
    expect(lines).toContain('   +0.000s      ▶ Ship (Pass)  in {"sku":"lamp"}');
    expect(lines.at(-2)).toBe('SUCCEEDED in 0.000s  output {"message":"Order o-1001 shipped 2 items"}');
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stderr).toBe('');
    const forced = runCli(['run', example, '-i', '@fixtures/examples/order-pipeline.input.json', '--mock-config', mockConfig, '--test-case', 'HappyPath', '-f', 'pretty'], REPO_ROOT, { NO_COLOR: '', FORCE_COLOR: '1' });
    expect(forced.stdout).toContain('\u001b[');
    const json = runCli(['run', example, '-i', '@fixtures/examples/order-pipeline.input.json', '--mock-config', mockConfig, '--test-case', 'HappyPath'], REPO_ROOT, { NO_COLOR: '', FORCE_COLOR: '1' });
    expect(json.stdout).not.toContain('\u001b[');
  });

  it('names a machine from a template after its logical id', () => {
    const template = join(scratch, 'stack.template.json');
    writeFileSync(template, JSON.stringify({
      Resources: { OrdersMachine: { Type: 'AWS::StepFunctions::StateMachine', Properties: { Definition: { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } } } } },
    }));
    const run = runCli(['run', template], REPO_ROOT);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'SUCCEEDED', stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:OrdersMachine' });
  });

  // A terminal for stderr through util-linux's `script` (skipped where it is missing).
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('shows a Map progress bar on a terminal stderr and erases it; stdout keeps the json', () => {
    const definition = join(scratch, 'fan-out.asl.json');
    writeFileSync(definition, JSON.stringify({
      StartAt: 'M',
      States: { M: { Type: 'Map', ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' }, StartAt: 'X', States: { X: { Type: 'Pass', Next: 'Y' }, Y: { Type: 'Pass', End: true } } }, ResultSelector: { done: true }, End: true } },
    }));
    const input = join(scratch, 'fan-out.input.json');
    writeFileSync(input, JSON.stringify(Array.from({ length: 40_000 }, () => 0)));
    const output = join(scratch, 'fan-out.out.json');
    const command = [process.execPath, BIN, 'run', definition, '-i', `@${input}`].map((a) => `'${a}'`).join(' ') + ` > '${output}'`;
    const terminal = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
    expect(terminal.status, terminal.stdout).toBe(0);
    expect(terminal.stdout).toMatch(/Map \[#*-*\] \d+\/40000 items/);
    expect(terminal.stdout.trimEnd().endsWith('\u001b[2K')).toBe(true);
    const result = JSON.parse(readFileSync(output, 'utf8')) as { status: string; output: string };
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: '{"done":true}' });
  });

  it('exits 1 when the execution fails, 2 on bad input', () => {
    const failed = runCli(['run', example, '-i', '@fixtures/examples/order-pipeline.input.json'], REPO_ROOT);
    expect(failed.status).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({ status: 'FAILED', error: 'OrderRejected' });
    const bad = runCli(['run', example, '-i', '{not json'], REPO_ROOT);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--input: not valid JSON');
  });
});

describe('aslkit lsp and serve', () => {
  it('lsp --stdio answers initialize', async () => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    const { stdout, stop } = await startUntil(['lsp', '--stdio'], /"capabilities"[\s\S]*\}\}$/, `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    stop();
    expect(stdout).toMatch(/^Content-Length: \d+\r\n\r\n/);
    expect(stdout).toContain('"id":1');
  });

  it('serve listens and answers the Step Functions API', async () => {
    const { stdout, stop } = await startUntil(['serve', '--port', '0'], /listening on (http:\/\/\S+)/);
    try {
      const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1] as string;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': 'AWSStepFunctions.ListStateMachines' },
        body: '{}',
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ stateMachines: [] });
    } finally {
      stop();
    }
  });
});
