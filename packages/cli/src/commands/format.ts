import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import { formatDocument, loadDocument } from '@aslkit/core';
import { reason } from '../check/engine.js';
import { EXIT_FINDINGS, failWith, type CliContext } from '../io/context.js';

/** `aslkit format`: stable ASL key order, JSON↔YAML, numbers as written (core's formatDocument). */
export function formatCommand(y: Argv, context: CliContext): Argv {
  return y.command(
    'format <files..>',
    'Print definitions with a stable key order, or convert JSON ↔ YAML',
    (b) =>
      b
        .positional('files', { type: 'string', array: true, demandOption: true })
        .option('to', { choices: ['json', 'yaml'] as const, describe: 'Output format (default: the file\'s own)' })
        .option('write', { alias: 'w', type: 'boolean', default: false, describe: 'Write in place (or to the converted name with --to)' })
        .option('check', { type: 'boolean', default: false, describe: 'Exit 1 when a file is not formatted' })
        .option('indent', { type: 'number', default: 2 })
        .example('$0 format order.asl.json', 'Print it with ASL fields in a stable order')
        .example('$0 format order.asl.json --to yaml -w', 'Write order.asl.yaml')
        .example('$0 format "**/*.asl.json" --check', 'CI: fail when a file needs formatting'),
    (argv) => {
      const files = argv.files as string[];
      for (const file of files) {
        const path = resolve(context.io.cwd, file);
        let text: string;
        try {
          text = readFileSync(path, 'utf8');
        } catch (error) {
          failWith(context, `${file}: cannot read the file (${reason(error)})`);
          continue;
        }
        const document = loadDocument(text, { fileName: path });
        const broken = document.problems.find((p) => p.kind !== 'duplicate-key');
        const from = document.format === 'yaml' ? 'yaml' : 'json';
        const to = argv.to ?? from;
        const output = broken ? undefined : formatDocument(document, { to, indent: argv.indent, order: 'asl' });
        if (output === undefined || broken) {
          const at = broken ? document.lines.positionAt(broken.offset) : { line: 0, character: 0 };
          failWith(context, `${file}:${at.line + 1}:${at.character + 1}: cannot format: ${broken?.message ?? 'empty document'}`);
          continue;
        }
        if (argv.check) {
          if (to === from && output !== text) {
            context.io.stdout(`${file}: not formatted\n`);
            context.exitCode = Math.max(context.exitCode, EXIT_FINDINGS);
          }
          continue;
        }
        if (argv.write) {
          const target = to === from ? path : path.replace(/\.(json|jsonc|ya?ml)$/i, '') + (to === 'json' ? '.json' : '.yaml');
          try {
            writeFileSync(target, output);
          } catch (error) {
            failWith(context, `${target}: cannot write (${reason(error)})`);
          }
        } else {
          context.io.stdout(output);
        }
      }
    },
  );
}
