import { stringify } from 'yaml';
import type { AstNode, PropertyNode, ScalarNode } from '../source/nodes.js';
import type { SourceFormat } from '../source/document.js';
import { childContext, sortAslFields, type AslContext } from './asl-order.js';

export type FormatTarget = 'json' | 'yaml';

export interface FormatOptions {
  /** The output format; by default the source's own (JSONC prints as JSON). */
  to?: FormatTarget;
  /** Spaces per level, or `'\t'` (JSON only; YAML then indents by 2 spaces). Default 2. JSON with 0 is one line. */
  indent?: number | '\t';
  /**
   * `'preserve'` (default) keeps every object's keys as written; `'asl'` puts ASL's fields in a stable
   * order (FIELD_ORDER) while state names, and user payloads (Parameters, Result, …), keep theirs.
   */
  order?: 'preserve' | 'asl';
  /** Line ending. Default `'\n'`. */
  eol?: '\n' | '\r\n';
  /** End the text with a line ending. Default true. */
  finalNewline?: boolean;
}

/** Where the printed tree came from: its text (for scalars' source text) and its format. */
export interface PrintSource {
  text: string;
  format: SourceFormat;
}

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** Plain words YAML 1.1 readers take as booleans; quoted so every reader sees a string. */
const YAML11_BOOLEANS = /^(?:y|n|yes|no|on|off)$/i;

/**
 * Prints a syntax tree as JSON or YAML. Numbers keep their source text wherever the target allows it
 * (`1.0`, `12345678901234567890`); JSON strings and keys keep theirs (escapes included) when printing
 * JSON from JSON. YAML strings that would read as another type are quoted. Objects print their last
 * value of a duplicated key only, except JSON printed in `'preserve'` order, which keeps every property.
 */
export function printAst(root: AstNode, source: PrintSource, options: FormatOptions = {}): string {
  const to = options.to ?? (source.format === 'yaml' ? 'yaml' : 'json');
  const order = options.order ?? 'preserve';
  const fromJson = source.format !== 'yaml';
  const keepDuplicates = to === 'json' && order === 'preserve';
  const indent = options.indent ?? 2;
  const unit = indent === '\t' ? (to === 'yaml' ? '  ' : '\t') : ' '.repeat(Math.max(to === 'yaml' ? 1 : 0, indent));
  const rootContext: AslContext = order === 'asl' ? 'fields' : 'payload';

  const propertiesOf = (properties: readonly PropertyNode[], context: AslContext): PropertyNode[] => {
    let list: PropertyNode[] = keepDuplicates ? [...properties] : lastOfEachKey(properties);
    if (order === 'asl' && context === 'fields') list = sortAslFields(list);
    return list;
  };

  const compact = to === 'json' && unit === '';
  const nl = compact ? '' : '\n';
  const colon = compact ? ':' : ': ';
  const json = (node: AstNode, depth: number, context: AslContext): string => {
    const inner = unit.repeat(depth + 1);
    if (node.kind === 'object') {
      const properties = propertiesOf(node.properties, context);
      if (properties.length === 0) return '{}';
      const parts = properties.map((p) => {
        const key = fromJson ? source.text.slice(p.keyOffset, p.keyOffset + p.keyLength) : JSON.stringify(p.key);
        return `${inner}${key}${colon}${json(p.value, depth + 1, childContext(context, p.key))}`;
      });
      return `{${nl}${parts.join(',' + nl)}${nl}${unit.repeat(depth)}}`;
    }
    if (node.kind === 'array') {
      if (node.items.length === 0) return '[]';
      const itemContext = context === 'states' ? 'payload' : context;
      return `[${nl}${node.items.map((item) => inner + json(item, depth + 1, itemContext)).join(',' + nl)}${nl}${unit.repeat(depth)}]`;
    }
    return jsonScalar(node, source, fromJson);
  };

  /** Lines of a non-empty collection in block style, each starting with `indentation`. */
  const yamlBlock = (node: AstNode, indentation: string, context: AslContext): string[] => {
    const lines: string[] = [];
    if (node.kind === 'object') {
      for (const p of propertiesOf(node.properties, context)) {
        const key = yamlString(p.key);
        const child = p.value;
        const nextContext = childContext(context, p.key);
        if (isNonEmptyCollection(child)) {
          lines.push(`${indentation}${key}:`, ...yamlBlock(child, indentation + unit, nextContext));
        } else {
          lines.push(`${indentation}${key}: ${yamlInline(child, source)}`);
        }
      }
    } else if (node.kind === 'array') {
      const itemContext = context === 'states' ? 'payload' : context;
      for (const item of node.items) {
        if (isNonEmptyCollection(item)) {
          const nested = yamlBlock(item, indentation + '  ', itemContext);
          const [first = '', ...rest] = nested;
          lines.push(`${indentation}- ${first.slice(indentation.length + 2)}`, ...rest);
        } else {
          lines.push(`${indentation}- ${yamlInline(item, source)}`);
        }
      }
    }
    return lines;
  };

  let text: string;
  if (to === 'json') text = json(root, 0, rootContext);
  else text = isNonEmptyCollection(root) ? yamlBlock(root, '', rootContext).join('\n') : yamlInline(root, source);
  if (options.finalNewline ?? true) text += '\n';
  return options.eol === '\r\n' ? text.replace(/\n/g, '\r\n') : text;
}

function isNonEmptyCollection(node: AstNode): boolean {
  return (node.kind === 'object' && node.properties.length > 0) || (node.kind === 'array' && node.items.length > 0);
}

/** One property per key: the last one, where the first one stood would reorder; it stands where it was written last. */
function lastOfEachKey(properties: readonly PropertyNode[]): PropertyNode[] {
  const lastIndex = new Map<string, number>();
  properties.forEach((p, index) => lastIndex.set(p.key, index));
  if (lastIndex.size === properties.length) return [...properties];
  return properties.filter((p, index) => lastIndex.get(p.key) === index);
}

function jsonScalar(node: ScalarNode, source: PrintSource, fromJson: boolean): string {
  switch (node.kind) {
    case 'string':
      return fromJson ? source.text.slice(node.offset, node.offset + node.length) : JSON.stringify(node.value);
    case 'number': {
      const raw = numberText(node, source);
      if (JSON_NUMBER.test(raw)) return raw;
      const value = Number(node.value);
      // NaN and ±Infinity (YAML's .nan/.inf) have no JSON spelling; null is what JSON.stringify writes.
      return Number.isFinite(value) ? String(value) : 'null';
    }
    default:
      return String(node.value);
  }
}

function numberText(node: ScalarNode, source: PrintSource): string {
  return node.raw ?? (source.format === 'yaml' ? String(node.value) : source.text.slice(node.offset, node.offset + node.length));
}

function yamlInline(node: AstNode, source: PrintSource): string {
  if (node.kind === 'object') return '{}';
  if (node.kind === 'array') return '[]';
  if (node.kind === 'string') return yamlString(node.value as string);
  if (node.kind === 'number') {
    const raw = numberText(node, source);
    return source.format === 'yaml' || JSON_NUMBER.test(raw) ? raw : String(node.value);
  }
  return String(node.value);
}

/** A string as one YAML flow scalar: plain when it reads back as the same string, else quoted. */
export function yamlString(value: string): string {
  if (YAML11_BOOLEANS.test(value)) return JSON.stringify(value);
  const printed = stringify(value, { lineWidth: 0, minContentWidth: 0, blockQuote: false, doubleQuotedAsJSON: true, version: '1.2' });
  const line = printed.endsWith('\n') ? printed.slice(0, -1) : printed;
  // A scalar must stay on its line (quoted scalars may fold line breaks); JSON's quoting is valid YAML.
  return line.includes('\n') || line.includes('\r') ? JSON.stringify(value) : line;
}
