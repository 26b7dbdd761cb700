import type { ExprResult, IntrinsicArg, IntrinsicCall } from '../types.js';
import { parseJsonPath } from '../jsonpath/parse.js';

/** Maximum nesting of intrinsic calls AWS accepts. */
export const MAX_INTRINSIC_NESTING = 10;

class IntrinsicSyntaxError {
  constructor(
    readonly message: string,
    readonly offset: number,
    readonly length = 1,
  ) {}
}

const CALL_SHAPE = /^\s*States\.[A-Za-z0-9]+\s*\(/;

/** True when the text looks like an intrinsic call (`States.Name(`…`)`), the test a `.$` value needs. */
export function isIntrinsicCall(text: string): boolean {
  return CALL_SHAPE.test(text) && text.trimEnd().endsWith(')');
}

const cache = new Map<string, ExprResult<IntrinsicCall>>();

/** Parse an intrinsic call (nesting ≤ 10). Never throws; syntax errors carry offsets. Results are cached. */
export function parseIntrinsic(text: string): ExprResult<IntrinsicCall> {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  let result: ExprResult<IntrinsicCall>;
  try {
    const parser = new IntrinsicParser(text);
    parser.skipSpaces();
    const call = parser.parseCall(1);
    parser.skipSpaces();
    if (parser.pos < text.length) parser.fail(`Unexpected text after the closing ')': '${text.slice(parser.pos)}'.`, parser.pos, text.length - parser.pos);
    result = { ok: true, value: call };
  } catch (caught) {
    if (!(caught instanceof IntrinsicSyntaxError)) throw caught;
    result = { ok: false, error: { code: 'SyntaxError', message: caught.message, offset: caught.offset, length: caught.length } };
  }
  if (cache.size > 2000) cache.clear();
  cache.set(text, result);
  return result;
}

class IntrinsicParser {
  pos = 0;
  constructor(readonly text: string) {}

  fail(message: string, offset = this.pos, length = 1): never {
    throw new IntrinsicSyntaxError(message, offset, length);
  }

  skipSpaces(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  parseCall(depth: number): IntrinsicCall {
    const start = this.pos;
    const match = /^States\.[A-Za-z0-9]+/.exec(this.text.slice(this.pos));
    if (match === null) this.fail("An intrinsic function call must start with 'States.' followed by a function name.", start, Math.max(1, Math.min(7, this.text.length - start)));
    if (depth > MAX_INTRINSIC_NESTING) this.fail(`Intrinsic functions may be nested at most ${MAX_INTRINSIC_NESTING} levels deep.`, start, match[0].length);
    const name = match[0];
    this.pos += name.length;
    this.skipSpaces();
    if (this.text[this.pos] !== '(') this.fail(`Expected '(' after ${name}.`);
    const open = this.pos;
    this.pos++;
    const args: IntrinsicArg[] = [];
    this.skipSpaces();
    if (this.text[this.pos] === ')') {
      this.pos++;
      return { kind: 'call', name, args, offset: start, length: this.pos - start };
    }
    for (;;) {
      this.skipSpaces();
      args.push(this.parseArg(depth));
      this.skipSpaces();
      const ch = this.text[this.pos];
      if (ch === ',') {
        this.pos++;
        continue;
      }
      if (ch === ')') {
        this.pos++;
        return { kind: 'call', name, args, offset: start, length: this.pos - start };
      }
      if (ch === undefined) this.fail(`Missing ')' to close ${name}(.`, open);
      this.fail(`Expected ',' or ')' but found '${ch}'.`);
    }
  }

  parseArg(depth: number): IntrinsicArg {
    const start = this.pos;
    const ch = this.text[this.pos];
    if (ch === undefined) this.fail('Expected an argument.');
    if (ch === "'") return this.parseString();
    if (ch === '$') return this.parsePathArg();
    if (this.text.startsWith('States.', this.pos)) return this.parseCall(depth + 1);
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (number !== null) {
      this.pos += number[0].length;
      this.expectArgEnd();
      return { kind: 'number', value: Number(number[0]), raw: number[0], offset: start, length: number[0].length };
    }
    for (const word of ['true', 'false', 'null'] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        this.expectArgEnd();
        if (word === 'null') return { kind: 'null', offset: start, length: 4 };
        return { kind: 'boolean', value: word === 'true', offset: start, length: word.length };
      }
    }
    if (ch === '"') this.fail("String literals in intrinsic functions use single quotes: '…'.");
    this.fail(`Unexpected character '${ch}': an argument must be a 'string', a number, true, false, null, a path or an intrinsic function.`);
  }

  expectArgEnd(): void {
    const save = this.pos;
    this.skipSpaces();
    const ch = this.text[this.pos];
    if (ch !== ',' && ch !== ')' && ch !== undefined) this.fail(`Unexpected character '${ch}' in an argument.`);
    this.pos = save;
  }

  parseString(): IntrinsicArg {
    const start = this.pos;
    this.pos++;
    let value = '';
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined) this.fail('Unterminated string literal.', start, this.pos - start);
      if (ch === '\\') {
        const next = this.text[this.pos + 1];
        if (next === "'" || next === '{' || next === '}' || next === '\\') {
          value += next;
          this.pos += 2;
          continue;
        }
        // AWS accepts only these four escapes (recorded: a backslash before a double quote makes a definition invalid).
        this.fail(`Invalid escape '\\${next ?? ''}' in a string literal: only \\', \\{, \\} and \\\\ are allowed.`, this.pos, next === undefined ? 1 : 2);
      }
      if (ch === "'") break;
      value += ch;
      this.pos++;
    }
    const raw = this.text.slice(start + 1, this.pos);
    this.pos++;
    this.expectArgEnd();
    return { kind: 'string', value, raw, offset: start, length: this.pos - start };
  }

  parsePathArg(): IntrinsicArg {
    const start = this.pos;
    let depth = 0;
    let quote: string | null = null;
    for (; this.pos < this.text.length; this.pos++) {
      const ch = this.text[this.pos];
      if (quote !== null) {
        if (ch === '\\') this.pos++;
        else if (ch === quote) quote = null;
        continue;
      }
      if (ch === "'" || ch === '"') quote = ch;
      else if (ch === '[' || ch === '(') depth++;
      else if (ch === ']' || (ch === ')' && depth > 0)) depth--;
      else if (depth === 0 && (ch === ',' || ch === ')')) break;
    }
    const text = this.text.slice(start, this.pos).trimEnd();
    const parsed = parseJsonPath(text, { mode: 'path' });
    if (!parsed.ok) this.fail(parsed.error.message, start + (parsed.error.offset ?? 0), parsed.error.length ?? 1);
    return { kind: 'path', path: parsed.value, offset: start, length: text.length };
  }
}
