import type { JsonValue, JsonObject } from '../json.js';
import type { DocumentPath, PathSegment } from './path.js';

/**
 * The syntax tree of a loaded definition. Every node knows its source span (offset and length
 * in UTF-16 code units) and the plain JSON value it stands for; the value objects are shared
 * with the parent's value, so `document.value` is one ordinary JSON tree.
 */
export type AstNode = ObjectNode | ArrayNode | ScalarNode;

interface NodeBase {
  offset: number;
  length: number;
}

export interface PropertyNode {
  key: string;
  keyOffset: number;
  keyLength: number;
  value: AstNode;
}

export interface ObjectNode extends NodeBase {
  kind: 'object';
  properties: PropertyNode[];
  value: JsonObject;
}

export interface ArrayNode extends NodeBase {
  kind: 'array';
  items: AstNode[];
  value: JsonValue[];
}

export interface ScalarNode extends NodeBase {
  kind: 'string' | 'number' | 'boolean' | 'null';
  value: string | number | boolean | null;
  /** The number's source text (`1.0`, `1e3`, `12345678901234567890`), kept for numeric identity. */
  raw?: string;
}

/** The property of an object node by key; with duplicate keys, the last one (as its value is). */
export function propertyOf(node: AstNode | undefined, key: string): PropertyNode | undefined {
  if (!node || node.kind !== 'object') return undefined;
  for (let i = node.properties.length - 1; i >= 0; i--) {
    const property = node.properties[i];
    if (property && property.key === key) return property;
  }
  return undefined;
}

export function childOf(node: AstNode | undefined, segment: PathSegment): AstNode | undefined {
  if (!node) return undefined;
  if (node.kind === 'object') return propertyOf(node, String(segment))?.value;
  if (node.kind === 'array' && typeof segment === 'number') return node.items[segment];
  if (node.kind === 'array' && typeof segment === 'string' && /^\d+$/.test(segment)) return node.items[Number(segment)];
  return undefined;
}

export function nodeAtPath(root: AstNode | undefined, path: DocumentPath): AstNode | undefined {
  let node = root;
  for (const segment of path) {
    node = childOf(node, segment);
    if (!node) return undefined;
  }
  return node;
}

export interface NodeHit {
  node: AstNode;
  path: PathSegment[];
  /** Set when the offset lies on the key of this property rather than its value. */
  onKey?: PropertyNode;
  /** The property whose value is `node`, when `node` is a property value. */
  property?: PropertyNode;
}

/** The innermost node whose span contains `offset` (inclusive of the end, as editors expect). */
export function nodeAtOffset(root: AstNode | undefined, offset: number): NodeHit | undefined {
  if (!root || offset < root.offset || offset > root.offset + root.length) return undefined;
  const path: PathSegment[] = [];
  let node: AstNode = root;
  let property: PropertyNode | undefined;
  for (;;) {
    if (node.kind === 'object') {
      let next: PropertyNode | undefined;
      for (const candidate of node.properties) {
        if (offset >= candidate.keyOffset && offset <= candidate.keyOffset + candidate.keyLength) {
          return { node: candidate.value, path: [...path, candidate.key], onKey: candidate, property: candidate };
        }
        const value = candidate.value;
        if (offset >= value.offset && offset <= value.offset + value.length) next = candidate;
      }
      if (!next) return { node, path, ...(property ? { property } : {}) };
      path.push(next.key);
      property = next;
      node = next.value;
      continue;
    }
    if (node.kind === 'array') {
      const index = node.items.findIndex((item) => offset >= item.offset && offset <= item.offset + item.length);
      const item = index >= 0 ? node.items[index] : undefined;
      if (!item) return { node, path, ...(property ? { property } : {}) };
      path.push(index);
      property = undefined;
      node = item;
      continue;
    }
    return { node, path, ...(property ? { property } : {}) };
  }
}
