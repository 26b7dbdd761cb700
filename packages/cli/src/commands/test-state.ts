import type { Argv } from 'yargs';
import { isJsonObject } from '@aslkit/core';
import { EXIT_ERROR, EXIT_FINDINGS, failWith, type CliContext } from '../io/context.js';
import { loadTarget, readJsonArgument } from './load-target.js';
import type { testState as TestStateFn } from '@aslkit/test-state';

type TestStateFunction = typeof TestStateFn;


/** The role a local TestState request names: AWS requires a roleArn for unmocked Tasks; aslkit assumes nothing with it. */
export const LOCAL_ROLE_ARN = 'arn:aws:iam::123456789012:role/aslkit-local';

const PRETTY_ORDER = ['input', 'afterInputPath', 'afterParameters', 'afterArguments', 'result', 'afterResultSelector', 'afterResultPath', 'variables'];

/** `aslkit test-state`: AWS's TestState API, offline, on one state of a definition. */
export function testStateCommand(y: Argv, context: CliContext): Argv {
  return y.command(
    'test-state <file>',
    "Run one state as AWS's TestState API does",
    (b) =>
      b
        .positional('file', { type: 'string', demandOption: true, describe: 'A definition (or a single state) or a template' })
        .option('state', { type: 'string', describe: 'The state to run (default: StartAt)' })
        .option('state-machine', { alias: 's', type: 'string', describe: 'Logical id of the machine in a template' })
        .option('input', { alias: 'i', type: 'string', describe: 'Input JSON, or @file.json' })
        .option('variables', { type: 'string', describe: 'Variables JSON, or @file.json' })
        .option('context', { type: 'string', describe: 'Context object JSON, or @file.json' })
        .option('mock-result', { type: 'string', describe: 'Mocked task result JSON, or @file.json' })
        .option('mock-error', { type: 'string', describe: 'Mocked task error name' })
        .option('mock-cause', { type: 'string', describe: 'Mocked task error cause' })
        .option('retry-count', { type: 'number', describe: 'Retries already made (stateConfiguration.retrierRetryCount)' })
        .option('role-arn', {
          type: 'string',
          default: LOCAL_ROLE_ARN,
          describe: 'roleArn of the request (AWS requires one to run a Task without a mock; nothing is assumed locally)',
        })
        .option('inspection-level', { choices: ['INFO', 'DEBUG', 'TRACE'] as const, default: 'INFO' as const })
        .option('format', { alias: 'f', choices: ['json', 'pretty'] as const, default: 'json' as const })
        .example('$0 test-state order.asl.json --state Notify --input \'{"order":{"id":1}}\'', 'Run one state')
        .example('$0 test-state order.asl.json --state ChargeCard --mock-result \'{"Payload":{}}\' --inspection-level DEBUG -f pretty', 'Mock the task, see every data-flow stage'),
    async (argv) => {
      const cwd = context.io.cwd;
      const loaded = loadTarget(argv.file, cwd, argv['state-machine']);
      if (!loaded.target) return failWith(context, loaded.error ?? 'no definition');
      const parts: Record<string, string | undefined> = {};
      for (const name of ['input', 'variables', 'context', 'mock-result'] as const) {
        const read = readJsonArgument(argv[name], cwd, name);
        if (read.error) return failWith(context, read.error);
        parts[name] = read.text;
      }
      const value = loaded.target.document.value;
      const definitionText = JSON.stringify(value);
      const stateName = argv.state ?? (isJsonObject(value) && typeof value['StartAt'] === 'string' && isJsonObject(value['States']) ? value['StartAt'] : undefined);
      let testState: TestStateFunction;
      try {
        ({ testState } = await import('@aslkit/test-state'));
      } catch (error) {
        return failWith(context, `test-state is not available in this build (${error instanceof Error ? error.message : String(error)})`);
      }
      const mockError = argv['mock-error'] !== undefined || argv['mock-cause'] !== undefined;
      let response: Awaited<ReturnType<typeof testState>>;
      try {
        response = await testState(
          {
            definition: definitionText,
            ...(parts['input'] !== undefined ? { input: parts['input'] } : {}),
            ...(parts['variables'] !== undefined ? { variables: parts['variables'] } : {}),
            ...(parts['context'] !== undefined ? { context: parts['context'] } : {}),
            ...(stateName !== undefined ? { stateName } : {}),
            inspectionLevel: argv['inspection-level'],
            roleArn: argv['role-arn'],
            ...(parts['mock-result'] !== undefined || mockError
              ? {
                  mock: {
                    ...(parts['mock-result'] !== undefined ? { result: parts['mock-result'] } : {}),
                    ...(mockError ? { errorOutput: { ...(argv['mock-error'] ? { error: argv['mock-error'] } : {}), ...(argv['mock-cause'] ? { cause: argv['mock-cause'] } : {}) } } : {}),
                  },
                }
              : {}),
            ...(argv['retry-count'] !== undefined ? { stateConfiguration: { retrierRetryCount: argv['retry-count'] } } : {}),
          },
        );
      } catch (error) {
        return failWith(context, `test-state is not available in this build (${error instanceof Error ? error.message : String(error)})`);
      }
      const record = response as unknown as Record<string, unknown>;
      if (argv.format === 'pretty' && !('code' in record)) {
        const lines: string[] = [];
        const inspection = (record['inspectionData'] ?? {}) as Record<string, unknown>;
        for (const key of PRETTY_ORDER) if (inspection[key] !== undefined) lines.push(`${key.padEnd(20)} ${String(inspection[key])}`);
        for (const key of ['status', 'nextState', 'output', 'error', 'cause']) if (record[key] !== undefined) lines.push(`${key.padEnd(20)} ${String(record[key])}`);
        context.io.stdout(lines.join('\n') + '\n');
      } else {
        context.io.stdout(JSON.stringify(response, null, 2) + '\n');
      }
      if ('code' in record) context.exitCode = Math.max(context.exitCode, EXIT_FINDINGS);
      void EXIT_ERROR;
    },
  );
}
