import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import { stringify } from 'yaml';
import { isJsonObject, loadDocument, type JsonValue } from '@aslkit/core';
import { readFileSync } from 'node:fs';
import { reason } from '../check/engine.js';
import { EXIT_FINDINGS, failWith, type CliContext } from '../io/context.js';

/** ASL's own fields in the order people read them; other keys keep their order after these. */
const FIELD_ORDER = [
  'Comment', 'QueryLanguage', 'StartAt', 'TimeoutSeconds', 'Version', 'States',
  'Type', 'Label', 'Resource', 'Credentials', 'Variable', 'Condition', 'Choices', 'Default',
  'Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath', 'Error', 'ErrorPath', 'Cause', 'CausePath',
  'ItemsPath', 'Items', 'ItemReader', 'ItemSelector', 'ItemBatcher', 'MaxConcurrency', 'MaxConcurrencyPath',
  'ToleratedFailurePercentage', 'ToleratedFailurePercentagePath', 'ToleratedFailureCount', 'ToleratedFailureCountPath',
  'ItemProcessor', 'Iterator', 'ProcessorConfig', 'Mode', 'ExecutionType', 'Branches', 'ResultWriter',
  'InputPath', 'Parameters', 'Arguments', 'Result', 'ResultSelector', 'ResultPath', 'OutputPath', 'Output', 'Assign',
  'TimeoutSecondsPath', 'HeartbeatSeconds', 'HeartbeatSecondsPath',
  'ErrorEquals', 'IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds', 'JitterStrategy',
  'Retry', 'Catch', 'Next', 'End',
];
const RANK = new Map(FIELD_ORDER.map((field, index) => [field, index]));

/** Objects whose keys are ASL fields (not user payloads), by the key that holds them. */
const STRUCTURAL_CHILDREN = new Set(['Retry', 'Catch', 'Choices', 'And', 'Or', 'Branches']);
const STRUCTURAL_OBJECTS = new Set(['ItemProcessor', 'Iterator', 'ProcessorConfig', 'ItemReader', 'ReaderConfig', 'ResultWriter', 'WriterConfig', 'ItemBatcher', 'Not']);

function sortFields(object: { [key: string]: JsonValue }): { [key: string]: JsonValue } {
  const keys = Object.keys(object);
  keys.sort((a, b) => (RANK.get(a) ?? FIELD_ORDER.length) - (RANK.get(b) ?? FIELD_ORDER.length) || keys.indexOf(a) - keys.indexOf(b));
  const sorted: { [key: string]: JsonValue } = {};
  for (const key of keys) Object.defineProperty(sorted, key, { value: object[key], enumerable: true, writable: true, configurable: true });
  return sorted;
}

/** The definition with ASL fields in a stable order; state order and payloads untouched. */
export function canonicalDefinition(value: JsonValue, structural = true): JsonValue {
  if (Array.isArray(value)) return value.map((item) => canonicalDefinition(item, structural));
  if (!isJsonObject(value)) return value;
  if (!structural) return value;
  const sorted = sortFields(value);
  for (const key of Object.keys(sorted)) {
    const child = sorted[key] as JsonValue;
    if (key === 'States' && isJsonObject(child)) {
      const states: { [key: string]: JsonValue } = {};
      for (const name of Object.keys(child)) Object.defineProperty(states, name, { value: canonicalDefinition(child[name] as JsonValue), enumerable: true, writable: true, configurable: true });
      sorted[key] = states;
    } else if (STRUCTURAL_CHILDREN.has(key) || STRUCTURAL_OBJECTS.has(key)) {
      sorted[key] = canonicalDefinition(child, true);
    }
  }
  return sorted;
}

export function renderDefinition(value: JsonValue, to: 'json' | 'yaml', indent: number): string {
  return to === 'json' ? JSON.stringify(value, null, indent) + '\n' : stringify(value, { indent, lineWidth: 0, version: '1.2' });
}

/** `aslkit format`: stable key order, JSON↔YAML. */
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
        if (document.value === undefined || broken) {
          const at = broken ? document.lines.positionAt(broken.offset) : { line: 0, character: 0 };
          failWith(context, `${file}:${at.line + 1}:${at.character + 1}: cannot format: ${broken?.message ?? 'empty document'}`);
          continue;
        }
        const from = document.format === 'yaml' ? 'yaml' : 'json';
        const to = argv.to ?? from;
        const output = renderDefinition(canonicalDefinition(document.value), to, argv.indent);
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
