import type { Argv } from 'yargs';
import { failWith, type CliContext } from '../io/context.js';
import type * as EndpointNs from '@aslkit/endpoint';

type EndpointModule = typeof EndpointNs;


function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `aslkit lsp --stdio`: the language server (loaded only when asked for). */
export function lspCommand(y: Argv, context: CliContext): Argv {
  return y.command(
    'lsp',
    'Start the ASL language server',
    (b) => b.option('stdio', { type: 'boolean', default: true, describe: 'Talk LSP over stdin/stdout' }).example('$0 lsp --stdio', 'What editors run'),
    async () => {
      let server: { startServer?: (options?: object) => unknown };
      try {
        server = (await import('@aslkit/language-server')) as unknown as typeof server;
      } catch (error) {
        return failWith(context, `the language server is not available in this build (${message(error)})`);
      }
      if (typeof server.startServer !== 'function') return failWith(context, 'the language server is not available in this build');
      try {
        server.startServer({});
      } catch (error) {
        return failWith(context, `the language server is not available in this build (${message(error)})`);
      }
      // The connection keeps the process alive until the client exits.
      await new Promise<void>(() => undefined);
    },
  );
}

/** `aslkit serve`: the Step Functions API endpoint over the simulator (loaded only when asked for). */
export function serveCommand(y: Argv, context: CliContext): Argv {
  return y.command(
    'serve',
    'Serve the Step Functions API locally (AWS SDKs and the CLI can point at it)',
    (b) =>
      b
        .option('port', { alias: 'p', type: 'number', default: 8083 })
        .option('host', { type: 'string', default: '127.0.0.1' })
        .option('mock-config', { type: 'string', describe: 'Step Functions Local mock config file' })
        .option('data-dir', { type: 'string', describe: 'Persist machines and executions here (memory by default)' })
        .option('time-scale', { type: 'number', default: 1, describe: 'Run Wait states this many times faster' })
        .option('clock', { choices: ['real', 'virtual'] as const, default: 'real' as const })
        .example('$0 serve', 'http://127.0.0.1:8083')
        .example('aws stepfunctions --endpoint-url http://127.0.0.1:8083 list-state-machines', 'Use it from the AWS CLI'),
    async (argv) => {
      let endpoint: EndpointModule;
      try {
        endpoint = await import('@aslkit/endpoint');
      } catch (error) {
        return failWith(context, `serve is not available in this build (${message(error)})`);
      }
      let server: Awaited<ReturnType<typeof endpoint.startServer>>;
      try {
        server = await endpoint.startServer({
          port: argv.port,
          host: argv.host,
          timeScale: argv['time-scale'],
          clock: argv.clock,
          ...(argv['mock-config'] ? { mockConfigPath: argv['mock-config'] } : {}),
          ...(argv['data-dir'] ? { dataDir: argv['data-dir'] } : {}),
          log: (line: string) => context.io.stderr(line + '\n'),
        });
      } catch (error) {
        return failWith(context, `serve: ${message(error)}`);
      }
      context.io.stdout(`aslkit serve: listening on ${server.url}\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          void server.close().then(resolve, resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    },
  );
}
