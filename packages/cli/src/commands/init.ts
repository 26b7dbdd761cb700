import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { CONFIG_FILE_NAME, STARTER_CONFIG } from '../config/load-config.js';
import { failWith, type CliContext } from '../io/context.js';

/** `aslkit init`: a starter aslkit.config.json in the current folder. */
export function initCommand(y: Argv, context: CliContext): Argv {
  return y.command(
    'init',
    `Write a starter ${CONFIG_FILE_NAME}`,
    (b) => b.option('force', { type: 'boolean', default: false, describe: 'Overwrite an existing file' }).example('$0 init', `Create ${CONFIG_FILE_NAME} with the recommended preset`),
    (argv) => {
      const path = join(context.io.cwd, CONFIG_FILE_NAME);
      if (existsSync(path) && !argv.force) return failWith(context, `${CONFIG_FILE_NAME} already exists (use --force to overwrite)`);
      try {
        writeFileSync(path, JSON.stringify(STARTER_CONFIG, null, 2) + '\n');
      } catch (error) {
        return failWith(context, `${CONFIG_FILE_NAME}: cannot write (${error instanceof Error ? error.message : String(error)})`);
      }
      context.io.stdout(`Wrote ${CONFIG_FILE_NAME} (preset "recommended"). Run \`aslkit lint\` to use it.\n`);
    },
  );
}
