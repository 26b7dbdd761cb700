import type { JsonValue } from '../json.js';
import { LineIndex, type Range } from './line-index.js';
import { nodeAtOffset, nodeAtPath, propertyOf, type AstNode, type NodeHit } from './nodes.js';
import { parseJsonWithPositions } from './parse-json.js';
import { parseYamlWithPositions, type YamlParseOptions } from './parse-yaml.js';
import type { DocumentPath } from './path.js';
import type { ParseProblem } from './problems.js';

export type SourceFormat = 'json' | 'jsonc' | 'yaml';

export interface LoadOptions extends YamlParseOptions {
  /** The format; by default taken from `fileName`'s extension, else sniffed from the text. */
  format?: SourceFormat;
  /** Used to pick the format (`.json`, `.jsonc`, `.json5`, `.yaml`, `.yml`) and in messages. */
  fileName?: string;
}

/**
 * A loaded definition: its text, its syntax tree with positions, its plain JSON value and the
 * problems found in the text. Pure data plus lookups; no I/O.
 */
export class SourceDocument {
  private lineIndex: LineIndex | undefined = undefined;

  constructor(
    readonly text: string,
    readonly format: SourceFormat,
    readonly root: AstNode | undefined,
    readonly problems: readonly ParseProblem[],
    readonly fileName?: string,
  ) {}

  /** Offset ↔ line/character lookups, built on first use: most checks of valid text never need one. */
  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  /** The plain JSON value of the document (undefined when nothing could be parsed). */
  get value(): JsonValue | undefined {
    return this.root?.value as JsonValue | undefined;
  }

  nodeAt(path: DocumentPath): AstNode | undefined {
    return nodeAtPath(this.root, path);
  }

  nodeAtOffset(offset: number): NodeHit | undefined {
    return nodeAtOffset(this.root, offset);
  }

  /**
   * The source range of the value at `path`; with `key`, the range of the property's key.
   * Falls back to the nearest existing ancestor, so a diagnostic about a missing field lands on
   * the object that should have held it.
   */
  rangeOf(path: DocumentPath, options: { key?: boolean } = {}): Range {
    const span = this.spanOf(path, options);
    return this.lines.rangeOf(span.offset, span.length);
  }

  spanOf(path: DocumentPath, options: { key?: boolean } = {}): { offset: number; length: number } {
    let node = this.root;
    if (!node) return { offset: 0, length: 0 };
    for (let i = 0; i < path.length; i++) {
      const segment = path[i] as string | number;
      if (node.kind === 'object') {
        const property = propertyOf(node, String(segment));
        if (!property) break;
        if (options.key && i === path.length - 1) return { offset: property.keyOffset, length: property.keyLength };
        node = property.value;
      } else if (node.kind === 'array' && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment] as AstNode;
      } else {
        break;
      }
    }
    return { offset: node.offset, length: node.length };
  }
}

const YAML_EXTENSIONS = /\.(ya?ml)$/i;
const JSONC_EXTENSIONS = /\.(jsonc|json5)$/i;

export function detectFormat(text: string, fileName?: string): SourceFormat {
  if (fileName) {
    if (YAML_EXTENSIONS.test(fileName)) return 'yaml';
    if (JSONC_EXTENSIONS.test(fileName)) return 'jsonc';
    if (/\.json$/i.test(fileName)) return 'json';
  }
  const first = /\S/.exec(text)?.[0];
  return first === undefined || first === '{' || first === '[' || first === '"' ? 'json' : 'yaml';
}

/** Loads a definition from text: JSON (strict, as AWS parses it), JSONC, or YAML 1.2. */
export function loadDocument(text: string, options: LoadOptions = {}): SourceDocument {
  const format = options.format ?? detectFormat(text, options.fileName);
  const parsed =
    format === 'yaml'
      ? parseYamlWithPositions(text, options)
      : parseJsonWithPositions(text, { allowComments: format === 'jsonc' });
  return new SourceDocument(text, format, parsed.root, parsed.problems, options.fileName);
}
