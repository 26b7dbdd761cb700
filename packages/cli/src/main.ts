import yargs from 'yargs';
import { formatCommand } from './commands/format.js';
import { graphCommand } from './commands/graph.js';
import { initCommand } from './commands/init.js';
import { lintCommand } from './commands/lint.js';
import { runCommand } from './commands/run.js';
import { lspCommand, serveCommand } from './commands/servers.js';
import { testStateCommand } from './commands/test-state.js';
import { validateCommand } from './commands/validate.js';
import { EXIT_ERROR, VERSION, type CliContext, type CliIo } from './io/context.js';

/**
 * Runs `aslkit` with `argv` (without the node and script paths) and resolves the exit code.
 * Never throws: usage errors are exit code 2 with a message on stderr.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const context: CliContext = { io, exitCode: 0 };
  let parser = yargs([...argv])
    .scriptName('aslkit')
    .usage('aslkit <command> [options]\n\nThe Amazon States Language toolchain: validate, lint, test, run and draw Step Functions state machines.')
    .version(VERSION)
    .alias('version', 'v')
    .help()
    .alias('help', 'h')
    .strict()
    .demandCommand(1, 'Choose a command (aslkit --help lists them).')
    .recommendCommands()
    .wrap(Math.min(110, io.stdoutIsTTY ? process.stdout.columns || 100 : 100))
    .exitProcess(false)
    .epilogue('Exit codes: 0 clean, 1 findings, 2 usage, configuration or I/O error.\nDocs: docs/cli.md')
    .fail((message, error) => {
      if (error && !message) throw error;
      io.stderr(`aslkit: ${message ?? (error ? error.message : 'invalid usage')}\nRun "aslkit --help" for usage.\n`);
      context.exitCode = EXIT_ERROR;
    });
  for (const register of [validateCommand, lintCommand, testStateCommand, runCommand, graphCommand, formatCommand, initCommand, lspCommand, serveCommand]) {
    parser = register(parser, context);
  }
  try {
    // With a parse callback yargs renders (and caches) the help text on every run; only ask for
    // the text when help or the version may be printed.
    const mayPrint = argv.length === 0 || argv.some((arg) => ['--help', '-h', '--version', '-v', 'help'].includes(arg));
    if (mayPrint) {
      await parser.parseAsync([...argv], {}, (error, _parsed, output) => {
        if (output) (error ? io.stderr : io.stdout)(output.endsWith('\n') ? output : output + '\n');
      });
    } else {
      await parser.parseAsync([...argv]);
    }
  } catch (error) {
    if (context.exitCode === 0) {
      io.stderr(`aslkit: ${error instanceof Error ? error.message : String(error)}\n`);
      context.exitCode = EXIT_ERROR;
    }
  }
  return context.exitCode;
}
