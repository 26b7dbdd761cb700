import { visit, printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';
import type { JsonObject, JsonValue } from '../json.js';
import type { AstNode, ArrayNode, ObjectNode } from './nodes.js';
import type { ParseProblem } from './problems.js';

export interface JsonParseOptions {
  /** Accept comments and trailing commas (`.jsonc`). AWS does not, so `.json` does not by default. */
  allowComments?: boolean;
}

export interface JsonParseResult {
  root: AstNode | undefined;
  problems: ParseProblem[];
}

interface OpenObject {
  node: ObjectNode;
  keys: Map<string, number>;
  pendingKey?: { key: string; offset: number; length: number };
  lastWasComma: boolean;
  commaOffset: number;
}

interface OpenArray {
  node: ArrayNode;
  lastWasComma: boolean;
  commaOffset: number;
}

type Open = OpenObject | OpenArray;

/**
 * One pass over the text with jsonc-parser's visitor, building the position-carrying tree and
 * the plain value together. Comments and trailing commas are always tolerated by the scanner so
 * the tree is complete for editors; in strict mode they are reported as problems.
 */
export function parseJsonWithPositions(text: string, options: JsonParseOptions = {}): JsonParseResult {
  const problems: ParseProblem[] = [];
  const stack: Open[] = [];
  let root: AstNode | undefined;
  const strict = !options.allowComments;

  const attach = (node: AstNode): void => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      if (root === undefined) root = node;
      return;
    }
    parent.lastWasComma = false;
    if (parent.node.kind === 'array') {
      const array = parent as OpenArray;
      array.node.items.push(node);
      array.node.value.push(node.value as JsonValue);
      return;
    }
    const object = parent as OpenObject;
    const pending = object.pendingKey;
    if (!pending) return;
    object.pendingKey = undefined;
    const previous = object.keys.get(pending.key);
    if (previous !== undefined) {
      problems.push({
        kind: 'duplicate-key',
        message: `Duplicate key "${pending.key}"`,
        offset: pending.offset,
        length: pending.length,
        key: pending.key,
        firstOffset: previous,
      });
    } else {
      object.keys.set(pending.key, pending.offset);
    }
    object.node.properties.push({ key: pending.key, keyOffset: pending.offset, keyLength: pending.length, value: node });
    defineValue(object.node.value, pending.key, node.value as JsonValue);
  };

  const close = (offset: number, length: number): void => {
    const open = stack.pop();
    if (!open) return;
    if (strict && open.lastWasComma) {
      problems.push({ kind: 'trailing-comma', message: 'Trailing comma', offset: open.commaOffset, length: 1 });
    }
    open.node.length = offset + length - open.node.offset;
  };

  visit(
    text,
    {
      onObjectBegin(offset) {
        const node: ObjectNode = { kind: 'object', offset, length: 0, properties: [], value: {} };
        attach(node);
        stack.push({ node, keys: new Map(), lastWasComma: false, commaOffset: -1 });
      },
      onObjectProperty(property, offset, length) {
        const open = stack[stack.length - 1];
        if (open && open.node.kind === 'object') {
          (open as OpenObject).pendingKey = { key: property, offset, length };
          open.lastWasComma = false;
        }
      },
      onObjectEnd(offset, length) {
        close(offset, length);
      },
      onArrayBegin(offset) {
        const node: ArrayNode = { kind: 'array', offset, length: 0, items: [], value: [] };
        attach(node);
        stack.push({ node, lastWasComma: false, commaOffset: -1 });
      },
      onArrayEnd(offset, length) {
        close(offset, length);
      },
      onLiteralValue(value: unknown, offset, length) {
        if (typeof value === 'number') {
          attach({ kind: 'number', offset, length, value, raw: text.slice(offset, offset + length) });
        } else if (typeof value === 'string') {
          attach({ kind: 'string', offset, length, value });
        } else if (typeof value === 'boolean') {
          attach({ kind: 'boolean', offset, length, value });
        } else {
          attach({ kind: 'null', offset, length, value: null });
        }
      },
      onSeparator(character, offset) {
        if (character !== ',') return;
        const open = stack[stack.length - 1];
        if (open) {
          open.lastWasComma = true;
          open.commaOffset = offset;
        }
      },
      onComment(offset, length) {
        if (strict) problems.push({ kind: 'comment', message: 'Comments are not allowed in JSON', offset, length });
      },
      onError(error: ParseErrorCode, offset, length) {
        const detail = printParseErrorCode(error);
        problems.push({ kind: 'syntax', message: describeSyntaxError(detail), offset, length, detail });
      },
    },
    { disallowComments: false, allowTrailingComma: true, allowEmptyContent: true },
  );

  // Unterminated containers: close them at the end of the text so every node has a span.
  while (stack.length > 0) close(text.length, 0);

  if (root === undefined && text.trim() === '') {
    problems.push({ kind: 'empty', message: 'The document is empty', offset: 0, length: text.length });
  }
  return { root, problems };
}

/** Assigns without invoking the `__proto__` setter, so such keys stay ordinary data. */
export function defineValue(target: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

function describeSyntaxError(detail: string): string {
  switch (detail) {
    case 'InvalidSymbol':
      return 'Invalid symbol';
    case 'InvalidNumberFormat':
      return 'Invalid number format';
    case 'PropertyNameExpected':
      return 'Property name expected';
    case 'ValueExpected':
      return 'Value expected';
    case 'ColonExpected':
      return 'Colon expected';
    case 'CommaExpected':
      return 'Comma expected';
    case 'CloseBraceExpected':
      return 'Closing brace expected';
    case 'CloseBracketExpected':
      return 'Closing bracket expected';
    case 'EndOfFileExpected':
      return 'End of file expected';
    case 'InvalidCommentToken':
      return 'Invalid comment token';
    case 'UnexpectedEndOfComment':
      return 'Unexpected end of comment';
    case 'UnexpectedEndOfString':
      return 'Unexpected end of string';
    case 'UnexpectedEndOfNumber':
      return 'Unexpected end of number';
    case 'InvalidUnicode':
      return 'Invalid unicode sequence in string';
    case 'InvalidEscapeCharacter':
      return 'Invalid escape character in string';
    case 'InvalidCharacter':
      return 'Invalid characters in string (control characters must be escaped)';
    default:
      return detail;
  }
}
