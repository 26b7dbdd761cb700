import type { JsonObject, JsonValue } from '../json.js';
import {
  commentProblem,
  defineValue,
  duplicateKeyProblem,
  emptyProblem,
  firstKeyOffset,
  trailingCommaProblem,
} from './json-building.js';
import type { ArrayNode, AstNode, ObjectNode, ScalarNode } from './nodes.js';
import type { JsonParseOptions, JsonParseResult } from './parse-json.js';
import type { ParseProblem } from './problems.js';

/**
 * The fast JSON/JSONC parser: one recursive-descent pass with `charCodeAt`, no tokens, no regular
 * expressions, strings sliced from the text when they hold no escape. It builds exactly the tree,
 * value and problems (comments, trailing commas, duplicate keys, empty text) that the jsonc-parser
 * visitor builds, and gives up (returns undefined) on anything it would have to recover from: a
 * syntax error, a bad escape, a control character in a string, a word that is not a keyword, a
 * number jsonc-parser would not accept. The caller then runs the visitor, so error recovery and
 * syntax problems stay jsonc-parser's.
 *
 * White space is what jsonc-parser 3 accepts: space, tab, line feed and carriage return.
 */
export function parseJsonFast(source: string, options: JsonParseOptions = {}): JsonParseResult | undefined {
  text = source;
  end = source.length;
  pos = 0;
  strict = !options.allowComments;
  problems = [];
  try {
    let root: AstNode | undefined;
    const first = skipTrivia();
    if (first >= 0) {
      root = parseValue(first);
      if (skipTrivia() >= 0) return undefined; // more text after the value
    } else {
      const empty = emptyProblem(source);
      if (empty) problems.push(empty);
    }
    return { root, problems };
  } catch (error) {
    // GIVE_UP, or a RangeError from nesting deeper than the stack (the visitor then decides).
    if (error === GIVE_UP || error instanceof RangeError) return undefined;
    throw error;
  } finally {
    text = '';
    problems = [];
  }
}

/** Thrown from anywhere in the descent; caught only by `parseJsonFast`. */
const GIVE_UP: unique symbol = Symbol('give up');

// The parser's state lives in module variables (one parse at a time, never re-entered): no
// closures or scanner objects per parse, and the hot functions stay small and monomorphic.
let text = '';
let end = 0;
let pos = 0;
let strict = true;
let problems: ParseProblem[] = [];

const hasOwnProperty = Object.prototype.hasOwnProperty;

const SPACE = 32;
const TAB = 9;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const SLASH = 47;
const ASTERISK = 42;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const MINUS = 45;
const PLUS = 43;
const DOT = 46;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/** Skips white space and comments; returns the next character code, or -1 at the end of the text. */
function skipTrivia(): number {
  for (;;) {
    if (pos >= end) return -1;
    const code = text.charCodeAt(pos);
    if (code === SPACE || code === LINE_FEED || code === CARRIAGE_RETURN || code === TAB) {
      pos++;
    } else if (code === SLASH) {
      skipComment();
    } else {
      return code;
    }
  }
}

function skipComment(): void {
  const start = pos;
  const next = text.charCodeAt(pos + 1);
  if (next === SLASH) {
    pos += 2;
    while (pos < end) {
      const code = text.charCodeAt(pos);
      if (code === LINE_FEED || code === CARRIAGE_RETURN) break;
      pos++;
    }
  } else if (next === ASTERISK) {
    const close = text.indexOf('*/', pos + 2);
    if (close < 0) throw GIVE_UP; // unterminated block comment
    pos = close + 2;
  } else {
    throw GIVE_UP; // a lone slash
  }
  if (strict) problems.push(commentProblem(start, pos - start));
}

/** Parses the value starting at `pos` (whose character code is `code`); `pos` ends after it. */
function parseValue(code: number): AstNode {
  switch (code) {
    case OPEN_BRACE:
      return parseObject();
    case OPEN_BRACKET:
      return parseArray();
    case QUOTE: {
      const offset = pos;
      const value = scanString();
      return { kind: 'string', offset, length: pos - offset, value };
    }
    case 116 /* t */:
      if (text.charCodeAt(pos + 1) === 114 && text.charCodeAt(pos + 2) === 117 && text.charCodeAt(pos + 3) === 101) {
        pos += 4;
        return { kind: 'boolean', offset: pos - 4, length: 4, value: true };
      }
      throw GIVE_UP;
    case 102 /* f */:
      if (
        text.charCodeAt(pos + 1) === 97 &&
        text.charCodeAt(pos + 2) === 108 &&
        text.charCodeAt(pos + 3) === 115 &&
        text.charCodeAt(pos + 4) === 101
      ) {
        pos += 5;
        return { kind: 'boolean', offset: pos - 5, length: 5, value: false };
      }
      throw GIVE_UP;
    case 110 /* n */:
      if (text.charCodeAt(pos + 1) === 117 && text.charCodeAt(pos + 2) === 108 && text.charCodeAt(pos + 3) === 108) {
        pos += 4;
        return { kind: 'null', offset: pos - 4, length: 4, value: null };
      }
      throw GIVE_UP;
    default:
      if (code === MINUS || (code >= DIGIT_0 && code <= DIGIT_9)) return parseNumber();
      throw GIVE_UP;
  }
  // A keyword followed by more word characters (`truex`) is caught by the caller, which accepts
  // only white space, a comment, `,`, `}`, `]` or the end of the text after a value.
}

function parseObject(): ObjectNode {
  const offset = pos++;
  const value: JsonObject = {};
  const node: ObjectNode = { kind: 'object', offset, length: 0, properties: [], value };
  let code = skipTrivia();
  if (code !== CLOSE_BRACE) {
    for (;;) {
      if (code !== QUOTE) throw GIVE_UP;
      const keyOffset = pos;
      const key = scanString();
      const keyLength = pos - keyOffset;
      if (skipTrivia() !== COLON) throw GIVE_UP;
      pos++;
      code = skipTrivia();
      // Reported before the value is parsed, as the visitor does (problems stay in text order).
      if (hasOwnProperty.call(value, key)) {
        problems.push(duplicateKeyProblem(key, keyOffset, keyLength, firstKeyOffset(node, key)));
      }
      const child = parseValue(code);
      node.properties.push({ key, keyOffset, keyLength, value: child });
      defineValue(value, key, child.value as JsonValue);
      code = skipTrivia();
      if (code === COMMA) {
        const commaOffset = pos++;
        code = skipTrivia();
        if (code === CLOSE_BRACE) {
          if (strict) problems.push(trailingCommaProblem(commaOffset));
          break;
        }
      } else if (code === CLOSE_BRACE) {
        break;
      } else {
        throw GIVE_UP;
      }
    }
  }
  pos++;
  node.length = pos - offset;
  return node;
}

function parseArray(): ArrayNode {
  const offset = pos++;
  const items: AstNode[] = [];
  const values: JsonValue[] = [];
  const node: ArrayNode = { kind: 'array', offset, length: 0, items, value: values };
  let code = skipTrivia();
  if (code !== CLOSE_BRACKET) {
    for (;;) {
      const child = parseValue(code);
      items.push(child);
      values.push(child.value as JsonValue);
      code = skipTrivia();
      if (code === COMMA) {
        const commaOffset = pos++;
        code = skipTrivia();
        if (code === CLOSE_BRACKET) {
          if (strict) problems.push(trailingCommaProblem(commaOffset));
          break;
        }
      } else if (code === CLOSE_BRACKET) {
        break;
      } else {
        throw GIVE_UP;
      }
    }
  }
  pos++;
  node.length = pos - offset;
  return node;
}

/** The string whose opening quote is at `pos`; `pos` ends after the closing quote. */
function scanString(): string {
  const start = pos + 1;
  let at = start;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      pos = at + 1;
      return text.slice(start, at);
    }
    if (code === BACKSLASH) return scanEscapedString(start, at);
    // Control characters (line breaks included) and the end of the text (NaN): the visitor's job.
    if (!(code >= SPACE)) throw GIVE_UP;
    at++;
  }
}

/** The rest of a string from its first backslash at `at`, decoded as jsonc-parser decodes it. */
function scanEscapedString(start: number, at: number): string {
  let result = '';
  let chunk = start;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      pos = at + 1;
      return result + text.slice(chunk, at);
    }
    if (code === BACKSLASH) {
      result += text.slice(chunk, at);
      switch (text.charCodeAt(at + 1)) {
        case QUOTE:
          result += '"';
          break;
        case BACKSLASH:
          result += '\\';
          break;
        case SLASH:
          result += '/';
          break;
        case 98 /* b */:
          result += '\b';
          break;
        case 102 /* f */:
          result += '\f';
          break;
        case 110 /* n */:
          result += '\n';
          break;
        case 114 /* r */:
          result += '\r';
          break;
        case 116 /* t */:
          result += '\t';
          break;
        case 117 /* u */: {
          // Each \uXXXX is one UTF-16 code unit, surrogate halves included, as jsonc-parser decodes.
          const unit = hexDigit(at + 2) * 4096 + hexDigit(at + 3) * 256 + hexDigit(at + 4) * 16 + hexDigit(at + 5);
          result += String.fromCharCode(unit);
          at += 4;
          break;
        }
        default:
          throw GIVE_UP; // an invalid escape, or the end of the text
      }
      at += 2;
      chunk = at;
      continue;
    }
    if (!(code >= SPACE)) throw GIVE_UP;
    at++;
  }
}

function hexDigit(at: number): number {
  const code = text.charCodeAt(at);
  if (code >= DIGIT_0 && code <= DIGIT_9) return code - DIGIT_0;
  if (code >= 65 && code <= 70) return code - 55; // A-F
  if (code >= 97 && code <= 102) return code - 87; // a-f
  throw GIVE_UP;
}

function isDigit(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_9;
}

/**
 * A number by JSON's grammar (as jsonc-parser scans it: no leading zeros, digits after `.` and
 * after the exponent). The value is `Number(raw)`, as jsonc-parser computes it; short integers are
 * accumulated directly, which gives the same double.
 */
function parseNumber(): ScalarNode {
  const offset = pos;
  let at = pos;
  let code = text.charCodeAt(at);
  if (code === MINUS) {
    code = text.charCodeAt(++at);
    if (!isDigit(code)) throw GIVE_UP;
  }
  let integer = 0;
  if (code === DIGIT_0) {
    code = text.charCodeAt(++at);
  } else {
    do {
      integer = integer * 10 + (code - DIGIT_0);
      code = text.charCodeAt(++at);
    } while (isDigit(code));
  }
  let plain = true;
  if (code === DOT) {
    plain = false;
    code = text.charCodeAt(++at);
    if (!isDigit(code)) throw GIVE_UP;
    do code = text.charCodeAt(++at);
    while (isDigit(code));
  }
  if (code === 69 /* E */ || code === 101 /* e */) {
    plain = false;
    code = text.charCodeAt(++at);
    if (code === PLUS || code === MINUS) code = text.charCodeAt(++at);
    if (!isDigit(code)) throw GIVE_UP;
    do code = text.charCodeAt(++at);
    while (isDigit(code));
  }
  pos = at;
  const length = at - offset;
  const raw = text.slice(offset, at);
  // Up to 15 digits (16 characters with a minus) an integer is exact in a double; -0 stays -0.
  const value = plain && length < 16 ? (text.charCodeAt(offset) === MINUS ? -integer : integer) : Number(raw);
  return { kind: 'number', offset, length, value, raw };
}
