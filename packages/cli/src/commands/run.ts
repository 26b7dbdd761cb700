import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import { reason } from '../check/engine.js';
import { EXIT_FINDINGS, failWith, useColor, type CliContext } from '../io/context.js';
import { defaultMachineName } from '../run/machine-name.js';
import { createProgressBar } from '../run/progress.js';
import { formatTimeline } from '../run/timeline.js';
import { loadTarget, readJsonArgument } from './load-target.js';
import type * as SimulatorNs from '@aslkit/simulator';

type SimulatorModule = typeof SimulatorNs;


/** `aslkit run`: a whole execution on the simulator (virtual clock, mocks), printed as AWS returns it. */
export function runCommand(y: Argv, context: CliContext): Argv {
  return y.command(
    'run <file>',
    'Run a whole state machine locally (simulator: virtual clock, mocks)',
    (b) =>
      b
        .positional('file', { type: 'string', demandOption: true })
        .option('input', { alias: 'i', type: 'string', describe: 'Execution input JSON, or @file.json' })
        .option('state-machine', { alias: 's', type: 'string', describe: 'Logical id of the machine in a template' })
        .option('mocks', { type: 'string', describe: 'JSON file: { "StateName": { "Return": … } | { "Throw": { "Error", "Cause" } } }' })
        .option('mock-config', { type: 'string', describe: 'Step Functions Local mock config file (MockConfigFile.json)' })
        .option('test-case', { type: 'string', describe: 'Test case in the mock config' })
        .option('type', { choices: ['STANDARD', 'EXPRESS'] as const })
        .option('name', { type: 'string', describe: 'State machine name (mock config key, ARNs); default: the file name without .asl.json/.asl.yaml/.json/.yaml, or the logical id in a template' })
        .option('execution-name', { type: 'string', describe: 'Execution name (default: a seeded UUID)' })
        .option('format', { alias: 'f', choices: ['json', 'pretty'] as const, default: 'json' as const, describe: 'json: the StartSyncExecution-shaped result; pretty: a readable timeline' })
        .option('history', { type: 'boolean', default: false, describe: 'json: add the execution history (GetExecutionHistory events)' })
        .option('seed', { type: 'number', default: 1, describe: 'Seed for UUIDs, tokens and jitter' })
        .example('$0 run order.asl.json -i @order.input.json', 'Run with an input file')
        .example('$0 run order.asl.json --mock-config MockConfigFile.json --test-case HappyPath', 'Step Functions Local mocks (machine name "order" from the file name)')
        .example('$0 run order.asl.json -f pretty', 'A readable timeline of the run'),
    async (argv) => {
      const cwd = context.io.cwd;
      const loaded = loadTarget(argv.file, cwd, argv['state-machine']);
      if (!loaded.target) return failWith(context, loaded.error ?? 'no definition');
      const input = readJsonArgument(argv.input, cwd, 'input');
      if (input.error) return failWith(context, input.error);
      let inputValue: unknown = {};
      if (input.text !== undefined) {
        try {
          inputValue = JSON.parse(input.text);
        } catch {
          return failWith(context, '--input: not valid JSON');
        }
      }
      const readFile = (path: string | undefined, flag: string): { text?: string; error?: string } => {
        if (!path) return {};
        try {
          return { text: readFileSync(resolve(cwd, path), 'utf8') };
        } catch (error) {
          return { error: `--${flag} ${path}: cannot read the file (${reason(error)})` };
        }
      };
      const mocks = readFile(argv.mocks, 'mocks');
      const mockConfig = readFile(argv['mock-config'], 'mock-config');
      if (mocks.error || mockConfig.error) return failWith(context, (mocks.error ?? mockConfig.error) as string);
      let mocksValue: unknown;
      if (mocks.text !== undefined) {
        try {
          mocksValue = JSON.parse(mocks.text);
        } catch {
          return failWith(context, `--mocks ${argv.mocks}: not valid JSON`);
        }
      }
      let simulator: SimulatorModule;
      try {
        simulator = await import('@aslkit/simulator');
      } catch (error) {
        return failWith(context, `run is not available in this build (${reason(error)})`);
      }
      type Options = NonNullable<Parameters<typeof simulator.run>[2]>;
      const pretty = argv.format === 'pretty';
      const progress = context.io.stderrIsTTY ? createProgressBar({ write: context.io.stderr, now: () => Date.now() }) : undefined;
      const options: Options = {
        clock: 'virtual',
        validate: true,
        seed: argv.seed,
        history: argv.history || pretty,
        stateMachineName: argv.name ?? defaultMachineName(argv.file, loaded.target.stateMachine),
        ...(argv['execution-name'] ? { name: argv['execution-name'] } : {}),
        ...(argv.type ?? loaded.target.type ? { type: argv.type ?? loaded.target.type } : {}),
        ...(mocksValue !== undefined ? { mocks: mocksValue as Options['mocks'] } : {}),
        ...(mockConfig.text !== undefined ? { mockConfig: mockConfig.text } : {}),
        ...(argv['test-case'] ? { testCase: argv['test-case'] } : {}),
        ...(progress ? { onEvent: (event) => progress.onEvent(event), onMapRunProgress: (p) => progress.onMapRunProgress(p) } : {}),
      };
      let result: Awaited<ReturnType<typeof simulator.run>>;
      try {
        result = await simulator.run(JSON.stringify(loaded.target.document.value), inputValue as Parameters<typeof simulator.run>[1], options);
      } catch (error) {
        return failWith(context, `run is not available in this build (${reason(error)})`);
      } finally {
        progress?.finish();
      }
      if ('error' in result && !('status' in result)) {
        const error = result.error as { code: string; message: string };
        return failWith(context, `${argv.file}: ${error.code}: ${error.message}`);
      }
      if (pretty) {
        context.io.stdout(formatTimeline(result, { color: useColor(context.io) }));
      } else {
        // StartSyncExecution's response shape (output and input as JSON text), plus history on request.
        const summary = {
          executionArn: result.executionArn,
          stateMachineArn: result.stateMachineArn,
          name: result.name,
          startDate: result.startDate,
          stopDate: result.stopDate,
          status: result.status,
          ...(result.error !== undefined ? { error: result.error } : {}),
          ...(result.cause !== undefined ? { cause: result.cause } : {}),
          input: JSON.stringify(result.input),
          ...(result.outputText !== undefined ? { output: result.outputText } : {}),
          ...(result.billingDetails ? { billingDetails: result.billingDetails } : {}),
          ...(argv.history ? { history: result.history } : {}),
        };
        context.io.stdout(JSON.stringify(summary, null, 2) + '\n');
      }
      if (result.status !== 'SUCCEEDED') context.exitCode = Math.max(context.exitCode, EXIT_FINDINGS);
    },
  );
}
