/**
 * The first JSON syntax error as AWS reports it. AWS parses definitions with Jackson, which stops
 * at the first problem and words it in its own way; this scanner follows the strict JSON grammar
 * and words errors like Jackson 2.x, with Jackson's `[Source: (String)"…"; line: L, column: C]`
 * location (one-based line; column one past the offending character or token).
 *
 * Like Jackson's `readTree`, text after the first complete value is not looked at.
 */
import { MAX_JSON_NESTING_DEPTH } from '@aslkit/core';

export interface JacksonError {
  message: string;
  location: string;
  /** Zero-based offset and length of the offending text, for editors. */
  offset: number;
  length: number;
}

const TOKEN_LIST = "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";
const MAX_SOURCE_CHARS = 500;
/** Jackson's default StreamReadConstraints nesting limit (core's loader stops there too). */
export const MAX_NESTING_DEPTH = MAX_JSON_NESTING_DEPTH;

function sourceDescription(text: string): string {
  const shown = text.length > MAX_SOURCE_CHARS ? `${text.slice(0, MAX_SOURCE_CHARS)}"[truncated ${text.length - MAX_SOURCE_CHARS} chars]` : `${text}"`;
  return `[Source: (String)"${shown}`;
}

function describeChar(code: number): string {
  if (code < 32) return `(CTRL-CHAR, code ${code})`;
  return `'${String.fromCharCode(code)}' (code ${code})`;
}

function isIdentifierPart(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36 || code > 127;
}

function isIdentifierStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36 || code > 127;
}

class SyntaxStop {
  constructor(
    readonly message: string,
    /** Offset just past the offending text (Jackson's current position). */
    readonly position: number,
    readonly offset: number,
    readonly length: number,
  ) {}
}

class Scanner {
  private i = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  run(): void {
    this.skipWhitespace();
    if (this.i >= this.text.length) return;
    this.value();
  }

  private fail(message: string, position: number, offset: number, length: number): never {
    throw new SyntaxStop(message, position, offset, length);
  }

  private unexpected(expected: string): never {
    const code = this.text.charCodeAt(this.i);
    if (code === 47 /* / */ || code === 35 /* # */) {
      const feature = code === 47 ? "maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)" : "maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_YAML_COMMENTS' not enabled for parser)";
      this.fail(`Unexpected character (${describeChar(code)}): ${feature}`, this.i + 1, this.i, 1);
    }
    this.fail(`Unexpected character (${describeChar(code)}): ${expected}`, this.i + 1, this.i, 1);
  }

  private endOfInput(detail: string): never {
    this.fail(`Unexpected end-of-input${detail}`, this.text.length, Math.max(0, this.text.length - 1), 0);
  }

  private skipWhitespace(): void {
    const text = this.text;
    while (this.i < text.length) {
      const code = text.charCodeAt(this.i);
      if (code === 32 || code === 9 || code === 10 || code === 13) this.i++;
      else break;
    }
  }

  private nested(open: number, parse: () => void): void {
    if (++this.depth > MAX_NESTING_DEPTH) {
      this.fail(`Document nesting depth (${this.depth}) exceeds the maximum allowed (${MAX_NESTING_DEPTH}, from \`StreamReadConstraints.getMaxNestingDepth()\`)`, open + 1, open, 1);
    }
    parse();
    this.depth--;
  }

  private value(): void {
    const code = this.text.charCodeAt(this.i);
    if (code === 123) return this.nested(this.i, () => this.object());
    if (code === 91) return this.nested(this.i, () => this.array());
    if (code === 34) return this.string('in VALUE_STRING');
    if (code === 45 || (code >= 48 && code <= 57)) return this.number();
    if (isIdentifierStart(code)) return this.keyword();
    this.unexpected(`expected a valid value ${TOKEN_LIST}`);
  }

  private keyword(): void {
    const start = this.i;
    let end = start;
    while (end < this.text.length && isIdentifierPart(this.text.charCodeAt(end))) end++;
    const word = this.text.slice(start, end);
    if (word === 'true' || word === 'false' || word === 'null') {
      this.i = end;
      return;
    }
    const shown = word.length > 256 ? `${word.slice(0, 256)}...` : word;
    this.fail(`Unrecognized token '${shown}': was expecting ${TOKEN_LIST}`, end, start, end - start);
  }

  private number(): void {
    const text = this.text;
    const start = this.i;
    if (text.charCodeAt(this.i) === 45) this.i++;
    const first = text.charCodeAt(this.i);
    if (!(first >= 48 && first <= 57)) {
      if (this.i >= text.length) this.endOfInput(' in a Number value');
      this.fail(`Unexpected character (${describeChar(first)}) in numeric value: expected digit (0-9) to follow minus sign, for valid numeric value`, this.i + 1, this.i, 1);
    }
    if (first === 48 && text.charCodeAt(this.i + 1) >= 48 && text.charCodeAt(this.i + 1) <= 57) {
      this.fail('Invalid numeric value: Leading zeroes not allowed', this.i + 2, start, this.i + 2 - start);
    }
    while (this.isDigit()) this.i++;
    if (text.charCodeAt(this.i) === 46) {
      this.i++;
      if (!this.isDigit()) {
        if (this.i >= text.length) this.endOfInput(' in a Number value');
        this.fail(`Unexpected character (${describeChar(text.charCodeAt(this.i))}) in numeric value: Decimal point not followed by a digit`, this.i + 1, this.i, 1);
      }
      while (this.isDigit()) this.i++;
    }
    const e = text.charCodeAt(this.i);
    if (e === 101 || e === 69) {
      this.i++;
      const sign = text.charCodeAt(this.i);
      if (sign === 43 || sign === 45) this.i++;
      if (!this.isDigit()) {
        if (this.i >= text.length) this.endOfInput(' in a Number value');
        this.fail(`Unexpected character (${describeChar(text.charCodeAt(this.i))}) in numeric value: Exponent indicator not followed by a digit`, this.i + 1, this.i, 1);
      }
      while (this.isDigit()) this.i++;
    }
  }

  private isDigit(): boolean {
    const code = this.text.charCodeAt(this.i);
    return code >= 48 && code <= 57;
  }

  private string(context: string): void {
    const text = this.text;
    this.i++;
    for (;;) {
      if (this.i >= text.length) this.endOfInput(`: was expecting closing quote for a string value`);
      const code = text.charCodeAt(this.i);
      if (code === 34) {
        this.i++;
        return;
      }
      if (code === 92) {
        const next = text.charCodeAt(this.i + 1);
        if (this.i + 1 >= text.length) this.endOfInput(` ${context}`);
        if (next === 117 /* u */) {
          for (let k = 2; k < 6; k++) {
            const hex = text.charCodeAt(this.i + k);
            const ok = (hex >= 48 && hex <= 57) || (hex >= 65 && hex <= 70) || (hex >= 97 && hex <= 102);
            if (!ok) {
              if (this.i + k >= text.length) this.endOfInput(` ${context}`);
              this.fail(`Unexpected character (${describeChar(hex)}): expected a hex-digit for character escape sequence`, this.i + k + 1, this.i + k, 1);
            }
          }
          this.i += 6;
          continue;
        }
        if ('"\\/bfnrt'.includes(String.fromCharCode(next))) {
          this.i += 2;
          continue;
        }
        this.fail(`Unrecognized character escape ${describeChar(next)}`, this.i + 2, this.i, 2);
      }
      if (code < 32) {
        this.fail(`Illegal unquoted character (${describeChar(code)}): has to be escaped using backslash to be included in ${context === 'in field name' ? 'name' : 'string value'}`, this.i + 1, this.i, 1);
      }
      this.i++;
    }
  }

  private object(): void {
    const open = this.i;
    this.i++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.i) === 125) {
      this.i++;
      return;
    }
    for (;;) {
      if (this.i >= this.text.length) this.endOfInput(`: expected close marker for Object (start marker at ${this.positionOf(open)})`);
      if (this.text.charCodeAt(this.i) !== 34) this.unexpected('was expecting double-quote to start field name');
      this.string('in field name');
      this.skipWhitespace();
      if (this.i >= this.text.length) this.endOfInput(`: expected close marker for Object (start marker at ${this.positionOf(open)})`);
      if (this.text.charCodeAt(this.i) !== 58) this.unexpected('was expecting a colon to separate field name and value');
      this.i++;
      this.skipWhitespace();
      if (this.i >= this.text.length) this.endOfInput(`: expected close marker for Object (start marker at ${this.positionOf(open)})`);
      this.value();
      this.skipWhitespace();
      if (this.i >= this.text.length) this.endOfInput(`: expected close marker for Object (start marker at ${this.positionOf(open)})`);
      const code = this.text.charCodeAt(this.i);
      if (code === 125) {
        this.i++;
        return;
      }
      if (code !== 44) this.unexpected('was expecting comma to separate Object entries');
      this.i++;
      this.skipWhitespace();
    }
  }

  private array(): void {
    const open = this.i;
    this.i++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.i) === 93) {
      this.i++;
      return;
    }
    for (;;) {
      if (this.i >= this.text.length) this.endOfInput(`: expected close marker for Array (start marker at ${this.positionOf(open)})`);
      this.value();
      this.skipWhitespace();
      if (this.i >= this.text.length) this.endOfInput(`: expected close marker for Array (start marker at ${this.positionOf(open)})`);
      const code = this.text.charCodeAt(this.i);
      if (code === 93) {
        this.i++;
        return;
      }
      if (code !== 44) this.unexpected('was expecting comma to separate Array entries');
      this.i++;
      this.skipWhitespace();
    }
  }

  /** Jackson's `[Source: …; line: L, column: C]` of a token starting at `offset` (its own column). */
  positionOf(offset: number): string {
    return locationAt(this.text, offset);
  }
}

/** Jackson's location text for a parser position (the offset of the next character to read). */
function locationAt(text: string, position: number): string {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(position, text.length);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      line++;
      lineStart = i + 1;
    } else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10 && i + 1 < end) i++;
      line++;
      lineStart = i + 1;
    }
  }
  return `${sourceDescription(text)}; line: ${line}, column: ${position - lineStart + 1}]`;
}

/** The first syntax error Jackson would report for this text, or undefined when it parses. */
export function firstJacksonError(text: string): JacksonError | undefined {
  try {
    new Scanner(text).run();
    return undefined;
  } catch (error) {
    if (!(error instanceof SyntaxStop)) throw error;
    const location = locationAt(text, error.position);
    return { message: `${error.message}\n at ${location}`, location, offset: error.offset, length: error.length };
  }
}
