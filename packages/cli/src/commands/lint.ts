import type { Argv } from 'yargs';
import type { CliContext } from '../io/context.js';
import { checkOptions, runCheckCommand, type CheckArgs } from './check-command.js';

/** `aslkit lint`: AWS's checks plus aslkit's own rules, configured by aslkit.config.json. */
export function lintCommand(y: Argv, context: CliContext): Argv {
  return y.command(
    'lint [files..]',
    "AWS's checks plus aslkit's analyzer rules (configured by aslkit.config.json)",
    (b) =>
      checkOptions(b, 'WARNING')
        .example('$0 lint', 'Lint every definition and template under the current folder')
        .example('$0 lint --max-warnings 0', 'Fail on any warning')
        .example('$0 lint --format github', 'Annotations in GitHub Actions')
        .example('$0 lint statemachines/ --quiet', 'Errors only'),
    async (argv) => runCheckCommand(context, 'lint', argv as unknown as CheckArgs),
  );
}
