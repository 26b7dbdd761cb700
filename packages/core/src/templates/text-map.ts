import { SourceDocument, loadDocument, type SourceFormat } from '../source/document.js';
import { LineIndex, type Range } from '../source/line-index.js';
import type { AstNode } from '../source/nodes.js';
import type { ParseProblem } from '../source/problems.js';

/**
 * A text derived from a file (a decoded string literal, a `Fn::Sub` result, a joined string),
 * with the file offset of every character, so diagnostics land on the file's own lines.
 */
export interface MappedText {
  text: string;
  /** `offsets[i]` is the file offset of `text[i]`; `offsets[text.length]` is the end. */
  offsets: number[];
}

export function identityText(text: string, base = 0): MappedText {
  const offsets = new Array<number>(text.length + 1);
  for (let i = 0; i <= text.length; i++) offsets[i] = base + i;
  return { text, offsets };
}

/** A text standing for a whole span (a synthesized value): every character maps to the span's start. */
export function syntheticText(text: string, fileOffset: number): MappedText {
  return { text, offsets: new Array<number>(text.length + 1).fill(fileOffset) };
}

export function concatTexts(parts: readonly MappedText[]): MappedText {
  let text = '';
  const offsets: number[] = [];
  for (const part of parts) {
    text += part.text;
    for (let i = 0; i < part.text.length; i++) offsets.push(part.offsets[i] as number);
  }
  const last = parts[parts.length - 1];
  offsets.push(last ? (last.offsets[last.text.length] as number) : 0);
  return { text, offsets };
}

/** Decodes a JSON string literal exactly (escapes included), mapping each character to its source. */
function decodeJsonLiteral(raw: string, base: number, value: string): MappedText | undefined {
  if (!raw.startsWith('"')) return undefined;
  const offsets: number[] = [];
  let text = '';
  let i = 1;
  while (i < raw.length - 1) {
    const start = base + i;
    if (raw[i] === '\\') {
      const kind = raw[i + 1];
      if (kind === 'u') {
        text += String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
        i += 6;
      } else {
        const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };
        text += simple[kind ?? ''] ?? kind ?? '';
        i += 2;
      }
    } else {
      text += raw[i];
      i += 1;
    }
    offsets.push(start);
  }
  offsets.push(base + i);
  return text === value ? { text, offsets } : undefined;
}

/**
 * Aligns a decoded YAML scalar with its source (block literal/folded, quoted or plain): each decoded
 * character is matched to the next equal source character, skipping indentation and quoting; a
 * character with no match nearby (an escape, a folded line break) maps to the current position.
 */
function alignYamlScalar(raw: string, base: number, value: string): MappedText {
  const offsets: number[] = [];
  let p = 0;
  if (raw.startsWith('|') || raw.startsWith('>')) {
    const newline = raw.indexOf('\n');
    p = newline < 0 ? raw.length : newline + 1;
  } else if (raw.startsWith('"') || raw.startsWith("'")) {
    p = 1;
  }
  for (let i = 0; i < value.length; i++) {
    const char = value[i] as string;
    let q = p;
    const limit = Math.min(raw.length, p + 400);
    while (q < limit && raw[q] !== char && !((char === ' ' || char === '\n') && raw[q] === '\n')) q++;
    if (q < limit) {
      offsets.push(base + q);
      p = q + 1;
    } else {
      offsets.push(base + Math.min(p, raw.length));
    }
  }
  offsets.push(base + Math.min(p, raw.length));
  return { text: value, offsets };
}

/** The string value of a node of `fileText`, with the file offset of each character. */
export function stringNodeText(fileText: string, node: AstNode, format: SourceFormat): MappedText {
  const value = String(node.value);
  const raw = fileText.slice(node.offset, node.offset + node.length);
  if (format !== 'yaml') {
    const decoded = decodeJsonLiteral(raw, node.offset, value);
    if (decoded) return decoded;
  }
  if (raw === value) return identityText(value, node.offset);
  return alignYamlScalar(raw, node.offset, value);
}

function mapOffset(mapped: MappedText, offset: number): number {
  const clamped = Math.max(0, Math.min(offset, mapped.text.length));
  return mapped.offsets[clamped] ?? 0;
}

function remapNode(node: AstNode, mapped: MappedText): AstNode {
  const start = mapOffset(mapped, node.offset);
  const end = mapOffset(mapped, node.offset + node.length);
  if (node.kind === 'object') {
    return {
      ...node,
      offset: start,
      length: Math.max(0, end - start),
      properties: node.properties.map((property) => {
        const keyStart = mapOffset(mapped, property.keyOffset);
        const keyEnd = mapOffset(mapped, property.keyOffset + property.keyLength);
        return { ...property, keyOffset: keyStart, keyLength: Math.max(0, keyEnd - keyStart), value: remapNode(property.value, mapped) };
      }),
    };
  }
  if (node.kind === 'array') return { ...node, offset: start, length: Math.max(0, end - start), items: node.items.map((item) => remapNode(item, mapped)) };
  return { ...node, offset: start, length: Math.max(0, end - start) };
}

/** Problems that stop AWS's JSON parser: the checker then reports on the definition text itself. */
const FATAL = new Set(['syntax', 'comment', 'trailing-comma', 'empty']);

export interface DocumentInFile {
  document: SourceDocument;
  /**
   * Set when the derived text does not parse: `document` is then over the derived text itself (so
   * the checker's parser error has the right message and offset) and this maps its ranges to the file.
   */
  mapRange?: (range: Range) => Range;
}

/**
 * Parses a derived definition text and returns a document whose positions are in the file's
 * own text: the checker's ranges then point at the file's lines directly.
 */
export function documentInFile(mapped: MappedText, fileText: string, format: SourceFormat, fileName: string): DocumentInFile {
  const parsed = loadDocument(mapped.text, { format, fileName });
  if (parsed.problems.some((problem) => FATAL.has(problem.kind))) {
    const fileLines = new LineIndex(fileText);
    const mapPosition = (position: Range['start']) => fileLines.positionAt(mapOffset(mapped, parsed.lines.offsetAt(position)));
    return { document: parsed, mapRange: (range) => ({ start: mapPosition(range.start), end: mapPosition(range.end) }) };
  }
  const root = parsed.root ? remapNode(parsed.root, mapped) : undefined;
  const problems: ParseProblem[] = parsed.problems.map((problem) => {
    const offset = mapOffset(mapped, problem.offset);
    const end = mapOffset(mapped, problem.offset + problem.length);
    return {
      ...problem,
      offset,
      length: Math.max(0, end - offset),
      ...(problem.firstOffset !== undefined ? { firstOffset: mapOffset(mapped, problem.firstOffset) } : {}),
    };
  });
  return { document: new DerivedDocument(fileText, parsed.format, root, problems, fileName, parsed.text) };
}

/**
 * A document over a file's text whose tree came from a derived text. `definitionText` is what AWS
 * would receive (used for size checks); `text` stays the file's, for positions and code frames.
 */
export class DerivedDocument extends SourceDocument {
  constructor(
    fileText: string,
    format: SourceFormat,
    root: AstNode | undefined,
    problems: readonly ParseProblem[],
    fileName: string,
    readonly definitionText: string,
  ) {
    super(fileText, format, root, problems, fileName);
  }
}
