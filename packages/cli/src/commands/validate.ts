import type { Argv } from 'yargs';
import type { CliContext } from '../io/context.js';
import { checkOptions, runCheckCommand, type CheckArgs } from './check-command.js';

/** `aslkit validate`: AWS's ValidateStateMachineDefinition, offline, over files and templates. */
export function validateCommand(y: Argv, context: CliContext): Argv {
  return y.command(
    'validate [files..]',
    'Validate definitions exactly as AWS ValidateStateMachineDefinition does',
    (b) =>
      checkOptions(b, 'ERROR')
        .example('$0 validate', 'Every *.asl.json/yaml and template with state machines under the current folder')
        .example('$0 validate order.asl.json --format aws', 'Print exactly the AWS API response')
        .example('$0 validate template.yaml --severity WARNING', 'Include AWS warnings (NO_DOLLAR, …)')
        .example('$0 validate "src/**/*.asl.json" --format sarif -o aslkit.sarif', 'SARIF for GitHub code scanning'),
    async (argv) => runCheckCommand(context, 'validate', argv as unknown as CheckArgs),
  );
}
