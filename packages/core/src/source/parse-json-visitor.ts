import { visit, printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';
import type { JsonValue } from '../json.js';
import {
  commentProblem,
  defineValue,
  duplicateKeyProblem,
  emptyProblem,
  firstKeyOffset,
  trailingCommaProblem,
} from './json-building.js';
import type { AstNode, ArrayNode, ObjectNode } from './nodes.js';
import type { JsonParseOptions, JsonParseResult } from './parse-json.js';
import type { ParseProblem } from './problems.js';

const hasOwnProperty = Object.prototype.hasOwnProperty;

/**
 * A container being filled. One shape for objects and arrays (fewer shapes at the hot call sites);
 * the pending key is kept in plain fields rather than an object per property.
 */
interface Open {
  node: ObjectNode | ArrayNode;
  /** The key whose value comes next (objects), or undefined. */
  pendingKey: string | undefined;
  pendingOffset: number;
  pendingLength: number;
  lastWasComma: boolean;
  commaOffset: number;
}

/**
 * The fallback parser: one pass over the text with jsonc-parser's visitor, building the
 * position-carrying tree and the plain value together. It recovers from every syntax error the way
 * jsonc-parser does, so broken text still gives a tree for editors; `parseJsonWithPositions` tries
 * the fast parser first and comes here only for text that one gives up on. Comments and trailing
 * commas are always tolerated by the scanner so the tree is complete for editors; in strict mode
 * they are reported as problems.
 */
export function parseJsonWithVisitor(text: string, options: JsonParseOptions = {}): JsonParseResult {
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
    const container = parent.node;
    if (container.kind === 'array') {
      container.items.push(node);
      container.value.push(node.value as JsonValue);
      return;
    }
    const key = parent.pendingKey;
    if (key === undefined) return;
    parent.pendingKey = undefined;
    const keyOffset = parent.pendingOffset;
    const keyLength = parent.pendingLength;
    // The value object holds exactly the keys seen so far, so it answers "seen before?".
    if (hasOwnProperty.call(container.value, key)) {
      problems.push(duplicateKeyProblem(key, keyOffset, keyLength, firstKeyOffset(container, key)));
    }
    container.properties.push({ key, keyOffset, keyLength, value: node });
    defineValue(container.value, key, node.value as JsonValue);
  };

  const close = (offset: number, length: number): void => {
    const open = stack.pop();
    if (!open) return;
    if (strict && open.lastWasComma) {
      problems.push(trailingCommaProblem(open.commaOffset));
    }
    open.node.length = offset + length - open.node.offset;
  };

  visit(
    text,
    {
      onObjectBegin(offset) {
        const node: ObjectNode = { kind: 'object', offset, length: 0, properties: [], value: {} };
        attach(node);
        stack.push({ node, pendingKey: undefined, pendingOffset: 0, pendingLength: 0, lastWasComma: false, commaOffset: -1 });
      },
      onObjectProperty(property, offset, length) {
        const open = stack[stack.length - 1];
        if (open && open.node.kind === 'object') {
          open.pendingKey = property;
          open.pendingOffset = offset;
          open.pendingLength = length;
          open.lastWasComma = false;
        }
      },
      onObjectEnd(offset, length) {
        close(offset, length);
      },
      onArrayBegin(offset) {
        const node: ArrayNode = { kind: 'array', offset, length: 0, items: [], value: [] };
        attach(node);
        stack.push({ node, pendingKey: undefined, pendingOffset: 0, pendingLength: 0, lastWasComma: false, commaOffset: -1 });
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
        if (strict) problems.push(commentProblem(offset, length));
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

  if (root === undefined) {
    const empty = emptyProblem(text);
    if (empty) problems.push(empty);
  }
  return { root, problems };
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
