import type { JsonObject, JsonValue } from '../json.js';
import { MAX_JSON_NESTING_DEPTH } from '../limits.js';
import {
  commentProblem,
  defineValue,
  duplicateKeyProblem,
  emptyProblem,
  firstKeyOffset,
  trailingCommaProblem,
} from './json-building.js';
import type { ArrayNode, AstNode, ObjectNode, PropertyNode, ScalarNode } from './nodes.js';
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
 * White space is what jsonc-parser 3 accepts: space, tab, line feed and carriage return. The
 * differential tests (parse-json-fast.test.ts) hold the two parsers to the same answers, so an
 * upgrade of jsonc-parser that changes what it accepts shows up there.
 */
export function parseJsonFast(source: string, options: JsonParseOptions = {}): JsonParseResult | undefined {
  try {
    return new FastJsonParser(source, !options.allowComments).parseDocument();
  } catch (error) {
    // GIVE_UP, or a RangeError from a stack too small even for MAX_JSON_NESTING_DEPTH (the caller decides).
    if (error === GIVE_UP || error instanceof RangeError) return undefined;
    throw error;
  }
}

/** Thrown from anywhere in the descent; caught only by `parseJsonFast`. */
const GIVE_UP: unique symbol = Symbol('give up');

const hasOwnProperty = Object.prototype.hasOwnProperty;

// Character codes are written as numbers with the character in a comment: under isolatedModules tsc
// does not inline a const enum (it emits an object and a property load at every use).

function isDigit(code: number): boolean {
  return code >= 48 /* '0' */ && code <= 57 /* '9' */;
}

/**
 * One parse: the text, the position and the problems found so far. The hot loops copy `pos` into
 * a local and write it back once; every method leaves `pos` just after what it consumed.
 */
class FastJsonParser {
  private pos = 0;
  private readonly end: number;
  private readonly problems: ParseProblem[] = [];
  /** Objects and arrays open around `pos`; past MAX_JSON_NESTING_DEPTH the parser gives up. */
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly strict: boolean,
  ) {
    this.end = text.length;
  }

  parseDocument(): JsonParseResult | undefined {
    let root: AstNode | undefined;
    const first = this.skipTrivia();
    if (first < 0) {
      const empty = emptyProblem(this.text);
      if (empty) this.problems.push(empty);
    } else {
      root = this.parseValue(first);
      if (this.skipTrivia() >= 0) return undefined; // more text after the value
    }
    return { root, problems: this.problems };
  }

  /**
   * The character code at `at`, or -1 past the end. Every read is bounds-checked: a single
   * out-of-bounds `charCodeAt` (NaN) would make V8 recompile the hot code for non-integer codes.
   */
  private codeAt(at: number): number {
    return at < this.end ? this.text.charCodeAt(at) : -1;
  }

  /** Skips white space and comments; returns the next character code, -1 at the end of the text. */
  private skipTrivia(): number {
    const text = this.text;
    const end = this.end;
    let at = this.pos;
    while (at < end) {
      const code = text.charCodeAt(at);
      if (code === 32 /* ' ' */ || code === 10 /* '\n' */ || code === 13 /* '\r' */ || code === 9 /* '\t' */) {
        at++;
      } else if (code === 47 /* '/' */) {
        at = this.skipComment(at);
      } else {
        this.pos = at;
        return code;
      }
    }
    this.pos = at;
    return -1;
  }

  /** The comment starting at `start`; returns the offset after it. */
  private skipComment(start: number): number {
    const next = this.codeAt(start + 1);
    let at: number;
    if (next === 47 /* '/' */) {
      const text = this.text;
      const end = this.end;
      at = start + 2;
      while (at < end) {
        const code = text.charCodeAt(at);
        if (code === 10 /* '\n' */ || code === 13 /* '\r' */) break;
        at++;
      }
    } else if (next === 42 /* '*' */) {
      const close = this.text.indexOf('*/', start + 2);
      if (close < 0) throw GIVE_UP; // unterminated block comment
      at = close + 2;
    } else {
      throw GIVE_UP; // a lone slash
    }
    if (this.strict) this.problems.push(commentProblem(start, at - start));
    return at;
  }

  /**
   * The value starting at `pos`, whose first character code is `code`. A keyword followed by more
   * word characters (`truex`) is left to the caller, which accepts only white space, a comment,
   * `,`, `}`, `]` or the end of the text after a value.
   */
  private parseValue(code: number): AstNode {
    const offset = this.pos;
    switch (code) {
      case 123 /* '{' */:
        return this.parseObject();
      case 91 /* '[' */:
        return this.parseArray();
      case 34 /* '"' */: {
        const value = this.scanString();
        return { kind: 'string', offset, length: this.pos - offset, value };
      }
      case 116 /* 't' */:
        if (
          this.codeAt(offset + 1) === 114 /* 'r' */ &&
          this.codeAt(offset + 2) === 117 /* 'u' */ &&
          this.codeAt(offset + 3) === 101 /* 'e' */
        ) {
          this.pos = offset + 4;
          return { kind: 'boolean', offset, length: 4, value: true };
        }
        throw GIVE_UP;
      case 102 /* 'f' */:
        if (
          this.codeAt(offset + 1) === 97 /* 'a' */ &&
          this.codeAt(offset + 2) === 108 /* 'l' */ &&
          this.codeAt(offset + 3) === 115 /* 's' */ &&
          this.codeAt(offset + 4) === 101 /* 'e' */
        ) {
          this.pos = offset + 5;
          return { kind: 'boolean', offset, length: 5, value: false };
        }
        throw GIVE_UP;
      case 110 /* 'n' */:
        if (
          this.codeAt(offset + 1) === 117 /* 'u' */ &&
          this.codeAt(offset + 2) === 108 /* 'l' */ &&
          this.codeAt(offset + 3) === 108 /* 'l' */
        ) {
          this.pos = offset + 4;
          return { kind: 'null', offset, length: 4, value: null };
        }
        throw GIVE_UP;
      default:
        if (code === 45 /* '-' */ || isDigit(code)) return this.parseNumber();
        throw GIVE_UP;
    }
  }

  private parseObject(): ObjectNode {
    if (++this.depth > MAX_JSON_NESTING_DEPTH) throw GIVE_UP;
    const offset = this.pos++;
    const properties: PropertyNode[] = [];
    const value: JsonObject = {};
    const node: ObjectNode = { kind: 'object', offset, length: 0, properties, value };
    let code = this.skipTrivia();
    if (code !== 125 /* '}' */) {
      for (;;) {
        if (code !== 34 /* '"' */) throw GIVE_UP;
        const keyOffset = this.pos;
        const key = this.scanString();
        const keyLength = this.pos - keyOffset;
        if (this.skipTrivia() !== 58 /* ':' */) throw GIVE_UP;
        this.pos++;
        code = this.skipTrivia();
        // Reported before the value is parsed, as the visitor does (problems stay in text order).
        if (hasOwnProperty.call(value, key)) {
          this.problems.push(duplicateKeyProblem(key, keyOffset, keyLength, firstKeyOffset(node, key)));
        }
        const child = this.parseValue(code);
        properties.push({ key, keyOffset, keyLength, value: child });
        defineValue(value, key, child.value as JsonValue);
        code = this.skipTrivia();
        if (code === 44 /* ',' */) {
          const commaOffset = this.pos++;
          code = this.skipTrivia();
          if (code === 125 /* '}' */) {
            if (this.strict) this.problems.push(trailingCommaProblem(commaOffset));
            break;
          }
        } else if (code === 125 /* '}' */) {
          break;
        } else {
          throw GIVE_UP;
        }
      }
    }
    node.length = ++this.pos - offset;
    this.depth--;
    return node;
  }

  private parseArray(): ArrayNode {
    if (++this.depth > MAX_JSON_NESTING_DEPTH) throw GIVE_UP;
    const offset = this.pos++;
    const items: AstNode[] = [];
    const values: JsonValue[] = [];
    const node: ArrayNode = { kind: 'array', offset, length: 0, items, value: values };
    let code = this.skipTrivia();
    if (code !== 93 /* ']' */) {
      for (;;) {
        const child = this.parseValue(code);
        items.push(child);
        values.push(child.value as JsonValue);
        code = this.skipTrivia();
        if (code === 44 /* ',' */) {
          const commaOffset = this.pos++;
          code = this.skipTrivia();
          if (code === 93 /* ']' */) {
            if (this.strict) this.problems.push(trailingCommaProblem(commaOffset));
            break;
          }
        } else if (code === 93 /* ']' */) {
          break;
        } else {
          throw GIVE_UP;
        }
      }
    }
    node.length = ++this.pos - offset;
    this.depth--;
    return node;
  }

  /** The string whose opening quote is at `pos`; `pos` ends after the closing quote. */
  private scanString(): string {
    const text = this.text;
    const end = this.end;
    const start = this.pos + 1;
    let at = start;
    while (at < end) {
      const code = text.charCodeAt(at);
      if (code === 34 /* '"' */) {
        this.pos = at + 1;
        return text.slice(start, at);
      }
      if (code === 92 /* '\\' */) return this.scanEscapedString(start, at);
      // Control characters (line breaks included) are the visitor's job.
      if (code < 32 /* ' ' */) throw GIVE_UP;
      at++;
    }
    throw GIVE_UP; // unterminated
  }

  /** The rest of a string from its first backslash at `at`, decoded as jsonc-parser decodes it. */
  private scanEscapedString(start: number, at: number): string {
    const text = this.text;
    const end = this.end;
    let result = '';
    let chunk = start;
    while (at < end) {
      const code = text.charCodeAt(at);
      if (code === 34 /* '"' */) {
        this.pos = at + 1;
        return result + text.slice(chunk, at);
      }
      if (code === 92 /* '\\' */) {
        result += text.slice(chunk, at);
        switch (this.codeAt(at + 1)) {
          case 34 /* '"' */:
            result += '"';
            break;
          case 92 /* '\\' */:
            result += '\\';
            break;
          case 47 /* '/' */:
            result += '/';
            break;
          case 98 /* 'b' */:
            result += '\b';
            break;
          case 102 /* 'f' */:
            result += '\f';
            break;
          case 110 /* 'n' */:
            result += '\n';
            break;
          case 114 /* 'r' */:
            result += '\r';
            break;
          case 116 /* 't' */:
            result += '\t';
            break;
          case 117 /* 'u' */:
            // Each \uXXXX is one UTF-16 code unit, surrogate halves included, as jsonc-parser decodes.
            result += String.fromCharCode(
              this.hexDigit(at + 2) * 4096 + this.hexDigit(at + 3) * 256 + this.hexDigit(at + 4) * 16 + this.hexDigit(at + 5),
            );
            at += 4;
            break;
          default:
            throw GIVE_UP; // an invalid escape, or the end of the text
        }
        at += 2;
        chunk = at;
        continue;
      }
      if (code < 32 /* ' ' */) throw GIVE_UP;
      at++;
    }
    throw GIVE_UP; // unterminated
  }

  private hexDigit(at: number): number {
    const code = this.codeAt(at);
    if (code >= 48 /* '0' */ && code <= 57 /* '9' */) return code - 48 /* '0' */;
    if (code >= 65 /* 'A' */ && code <= 70 /* 'F' */) return code - 65 /* 'A' */ + 10;
    if (code >= 97 /* 'a' */ && code <= 102 /* 'f' */) return code - 97 /* 'a' */ + 10;
    throw GIVE_UP;
  }

  /**
   * A number by JSON's grammar, as jsonc-parser scans it: no leading zeros, digits after `.` and
   * after the exponent. The value is `Number(raw)`, as jsonc-parser computes it; short integers
   * are accumulated directly, which gives the same double.
   */
  private parseNumber(): ScalarNode {
    const offset = this.pos;
    let at = offset;
    let code = this.codeAt(at);
    if (code === 45 /* '-' */) {
      code = this.codeAt(++at);
      if (!isDigit(code)) throw GIVE_UP;
    }
    let integer = 0;
    if (code === 48 /* '0' */) {
      code = this.codeAt(++at);
    } else {
      do {
        integer = integer * 10 + (code - 48 /* '0' */);
        code = this.codeAt(++at);
      } while (isDigit(code));
    }
    let plain = true;
    if (code === 46 /* '.' */) {
      plain = false;
      code = this.codeAt(++at);
      if (!isDigit(code)) throw GIVE_UP;
      do code = this.codeAt(++at);
      while (isDigit(code));
    }
    if (code === 69 /* 'E' */ || code === 101 /* 'e' */) {
      plain = false;
      code = this.codeAt(++at);
      if (code === 43 /* '+' */ || code === 45 /* '-' */) code = this.codeAt(++at);
      if (!isDigit(code)) throw GIVE_UP;
      do code = this.codeAt(++at);
      while (isDigit(code));
    }
    this.pos = at;
    const length = at - offset;
    const raw = this.text.slice(offset, at);
    // Up to 15 digits (16 characters with a minus) an integer is exact in a double; -0 stays -0.
    const value = plain && length < 16 ? (this.text.charCodeAt(offset) === 45 /* '-' */ ? -integer : integer) : Number(raw);
    return { kind: 'number', offset, length, value, raw };
  }
}
