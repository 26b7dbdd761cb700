import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode, type Document, type Tags } from 'yaml';
import type { JsonValue } from '../json.js';
import { defineValue } from './parse-json.js';
import type { AstNode, ObjectNode } from './nodes.js';
import type { ParseProblem } from './problems.js';

export interface YamlParseOptions {
  /** Extra YAML tags, e.g. CloudFormation's `!Ref` / `!Sub` short forms (the CLI supplies them). */
  customTags?: Tags;
}

export interface YamlParseResult {
  root: AstNode | undefined;
  problems: ParseProblem[];
}

const MAX_ALIAS_DEPTH = 100;

/**
 * YAML 1.2 (core schema) with positions. Aliases are resolved to their anchor's content; the
 * alias node keeps its own span. Duplicate keys are reported, not dropped.
 */
export function parseYamlWithPositions(text: string, options: YamlParseOptions = {}): YamlParseResult {
  const problems: ParseProblem[] = [];
  let document: Document.Parsed;
  try {
    document = parseDocument(text, {
      version: '1.2',
      schema: 'core',
      uniqueKeys: false,
      prettyErrors: false,
      strict: true,
      ...(options.customTags ? { customTags: options.customTags } : {}),
    });
  } catch (error) {
    // The yaml library recurses: text nested thousands of levels deep exhausts the stack.
    const tooDeep = error instanceof RangeError;
    const message = tooDeep ? 'Nesting too deep to parse' : error instanceof Error ? error.message : String(error);
    problems.push({ kind: 'syntax', message, offset: 0, length: text.length, ...(tooDeep ? { detail: 'NestingTooDeep' } : {}) });
    return { root: undefined, problems };
  }
  for (const error of document.errors) {
    const [start, end] = error.pos;
    problems.push({ kind: 'syntax', message: firstLine(error.message), offset: start, length: Math.max(0, end - start), detail: error.code });
  }
  if (document.contents === null || document.contents === undefined) {
    if (text.trim() === '' || /^(\s*(#.*)?(\r?\n|$))*$/.test(text)) {
      problems.push({ kind: 'empty', message: 'The document is empty', offset: 0, length: text.length });
    }
    return { root: undefined, problems };
  }

  const convert = (node: unknown, aliasDepth: number): AstNode => {
    const span = spanOf(node, text.length);
    if (isAlias(node)) {
      const target = aliasDepth < MAX_ALIAS_DEPTH ? node.resolve(document) : undefined;
      if (!target) {
        problems.push({ kind: 'syntax', message: `Unresolved alias *${node.source}`, offset: span.offset, length: span.length });
        return { kind: 'null', offset: span.offset, length: span.length, value: null };
      }
      const resolved = convert(target, aliasDepth + 1);
      return { ...resolved, offset: span.offset, length: span.length } as AstNode;
    }
    if (isMap(node)) {
      const object: ObjectNode = { kind: 'object', offset: span.offset, length: span.length, properties: [], value: {} };
      const seen = new Map<string, number>();
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const keyNode = item.key;
        const keySpan = spanOf(keyNode, text.length);
        const key = keyText(keyNode);
        const valueNode: AstNode =
          item.value === null || item.value === undefined
            ? { kind: 'null', offset: keySpan.offset + keySpan.length, length: 0, value: null }
            : convert(item.value, aliasDepth);
        const first = seen.get(key);
        if (first !== undefined) {
          problems.push({ kind: 'duplicate-key', message: `Duplicate key "${key}"`, offset: keySpan.offset, length: keySpan.length, key, firstOffset: first });
        } else {
          seen.set(key, keySpan.offset);
        }
        object.properties.push({ key, keyOffset: keySpan.offset, keyLength: keySpan.length, value: valueNode });
        defineValue(object.value, key, valueNode.value as JsonValue);
      }
      return object;
    }
    if (isSeq(node)) {
      const items = node.items.map((item) =>
        item === null || item === undefined ? ({ kind: 'null', offset: span.offset, length: 0, value: null } as AstNode) : convert(item, aliasDepth),
      );
      return { kind: 'array', offset: span.offset, length: span.length, items, value: items.map((item) => item.value as JsonValue) };
    }
    if (isScalar(node)) {
      const value = node.value;
      if (value === null || value === undefined) return { kind: 'null', offset: span.offset, length: span.length, value: null };
      if (typeof value === 'number') {
        return { kind: 'number', offset: span.offset, length: span.length, value, raw: node.source ?? String(value) };
      }
      if (typeof value === 'bigint') {
        return { kind: 'number', offset: span.offset, length: span.length, value: Number(value), raw: String(value) };
      }
      if (typeof value === 'boolean') return { kind: 'boolean', offset: span.offset, length: span.length, value };
      if (typeof value === 'string') return { kind: 'string', offset: span.offset, length: span.length, value };
      // A custom tag resolved to a structure (e.g. CloudFormation `!GetAtt a.b` → { 'Fn::GetAtt': [...] }).
      return fromPlain(value, span.offset, span.length);
    }
    return fromPlain((node as YamlNode | undefined)?.toJSON?.() ?? null, span.offset, span.length);
  };

  return { root: convert(document.contents, 0), problems };
}

function keyText(key: unknown): string {
  if (isScalar(key)) return key.value === null || key.value === undefined ? '' : String(key.value);
  if (key === null || key === undefined) return '';
  if (typeof key === 'object' && 'toJSON' in key && typeof key.toJSON === 'function') return JSON.stringify(key.toJSON());
  return String(key);
}

function spanOf(node: unknown, textLength: number): { offset: number; length: number } {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  if (!range) return { offset: 0, length: 0 };
  const start = Math.min(range[0], textLength);
  const end = Math.min(range[1], textLength);
  return { offset: start, length: Math.max(0, end - start) };
}

/** A plain JS value (from a custom tag) as a node tree sharing one span. */
function fromPlain(value: unknown, offset: number, length: number): AstNode {
  if (Array.isArray(value)) {
    const items = value.map((item) => fromPlain(item, offset, length));
    return { kind: 'array', offset, length, items, value: items.map((item) => item.value as JsonValue) };
  }
  if (value !== null && typeof value === 'object') {
    const object: ObjectNode = { kind: 'object', offset, length, properties: [], value: {} };
    for (const [key, child] of Object.entries(value)) {
      const childNode = fromPlain(child, offset, length);
      object.properties.push({ key, keyOffset: offset, keyLength: length, value: childNode });
      defineValue(object.value, key, childNode.value as JsonValue);
    }
    return object;
  }
  if (typeof value === 'number') return { kind: 'number', offset, length, value, raw: String(value) };
  if (typeof value === 'boolean') return { kind: 'boolean', offset, length, value };
  if (typeof value === 'string') return { kind: 'string', offset, length, value };
  return { kind: 'null', offset, length, value: null };
}

function firstLine(message: string): string {
  const index = message.indexOf('\n');
  return index < 0 ? message : message.slice(0, index);
}
