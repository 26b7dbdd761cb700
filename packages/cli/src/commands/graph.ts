import type { Argv } from 'yargs';
import { buildStateGraph, renderDot, renderMermaid, renderSvg } from '@aslkit/core';
import { emit, failWith, type CliContext } from '../io/context.js';
import { loadTarget } from './load-target.js';

const RENDERERS = { mermaid: renderMermaid, dot: renderDot, svg: renderSvg } as const;

/** `aslkit graph`: the state graph, nested scopes drawn as groups, as mermaid, dot or SVG. */
export function graphCommand(y: Argv, context: CliContext): Argv {
  return y.command(
    'graph <file>',
    'Draw the state graph (mermaid, dot or SVG)',
    (b) =>
      b
        .positional('file', { type: 'string', demandOption: true, describe: 'A definition or a template' })
        .option('format', { alias: 'f', choices: ['mermaid', 'dot', 'svg'] as const, default: 'mermaid' as const, describe: 'Output format' })
        .option('state-machine', { alias: 's', type: 'string', describe: 'Logical id of the machine in a template' })
        .option('output', { alias: 'o', type: 'string', describe: 'Write to this file' })
        .example('$0 graph order.asl.json', 'Mermaid flowchart (paste into a Markdown ```mermaid block)')
        .example('$0 graph order.asl.json -f svg -o order.svg', 'A standalone SVG')
        .example('$0 graph template.yaml -s OrderMachine -f dot | dot -Tpng > order.png', 'Graphviz, from a template'),
    (argv) => {
      const loaded = loadTarget(argv.file, context.io.cwd, argv['state-machine']);
      if (!loaded.target) return failWith(context, loaded.error ?? 'no definition');
      const value = loaded.target.document.value;
      if (value === undefined || loaded.target.document.problems.some((p) => p.kind === 'syntax' || p.kind === 'empty')) {
        return failWith(context, `${argv.file}: the definition is not valid JSON/YAML (run aslkit validate)`);
      }
      const text = RENDERERS[argv.format](buildStateGraph(value));
      emit(context, text, argv.output);
    },
  );
}
