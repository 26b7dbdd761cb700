import type { JsonObject, JsonValue } from '../json.js';
import type { ObjectNode } from './nodes.js';
import type { ParseProblem } from './problems.js';

/**
 * What both JSON parsers (the fast one and the jsonc-parser visitor it falls back to) share, so
 * their trees, values and problems cannot drift apart: the value assignment and the problem texts.
 */

/** Assigns without invoking the `__proto__` setter, so such keys stay ordinary data. */
export function defineValue(target: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/** The offset of the first property named `key` (for duplicate-key reports; duplicates are rare). */
export function firstKeyOffset(node: ObjectNode, key: string): number {
  for (const property of node.properties) if (property.key === key) return property.keyOffset;
  return -1;
}

export function duplicateKeyProblem(key: string, offset: number, length: number, firstOffset: number): ParseProblem {
  return { kind: 'duplicate-key', message: `Duplicate key "${key}"`, offset, length, key, firstOffset };
}

export function commentProblem(offset: number, length: number): ParseProblem {
  return { kind: 'comment', message: 'Comments are not allowed in JSON', offset, length };
}

export function trailingCommaProblem(offset: number): ParseProblem {
  return { kind: 'trailing-comma', message: 'Trailing comma', offset, length: 1 };
}

/** Added when nothing was parsed and the text is blank (JavaScript's notion of white space). */
export function emptyProblem(text: string): ParseProblem | undefined {
  return text.trim() === '' ? { kind: 'empty', message: 'The document is empty', offset: 0, length: text.length } : undefined;
}
