import type { JsonValue } from '@aslkit/core';
import type {
  ExprFinding,
  ExprResult,
  FilterExpression,
  FilterOperand,
  FilterOperator,
  JsonPathAst,
  ParsePathOptions,
  PathRoot,
  PathSegment,
  PathSelector,
} from '../types.js';

/** Thrown only inside this module and turned into an error value by {@link parseJsonPath}. */
class PathSyntaxError {
  constructor(
    readonly message: string,
    readonly offset: number,
    readonly length = 1,
  ) {}
}

const MAX_FILTER_DEPTH = 32;

/** Parse a JSONPath or a reference path. Never throws; a syntax error has `code: 'SyntaxError'` and an offset. */
export function parseJsonPath(text: string, options: ParsePathOptions = { mode: 'path' }): ExprResult<JsonPathAst> {
  try {
    const parser = new PathParser(text, 0, false, 0);
    const ast = parser.parseWhole(options);
    return { ok: true, value: ast };
  } catch (caught) {
    if (caught instanceof PathSyntaxError) {
      return { ok: false, error: { code: 'SyntaxError', message: caught.message, offset: caught.offset, length: caught.length } };
    }
    if (caught instanceof RangeError) {
      return { ok: false, error: { code: 'SyntaxError', message: 'The path is nested too deeply.', offset: 0, length: text.length } };
    }
    throw caught;
  }
}

/** Static check of a path: [] when it parses, else one `jsonpath.syntax` / `jsonpath.reference` finding. */
export function checkJsonPath(text: string, options: ParsePathOptions = { mode: 'path' }): ExprFinding[] {
  const parsed = parseJsonPath(text, options);
  if (parsed.ok) return [];
  const { message, offset = 0, length = 1 } = parsed.error;
  const code = message.startsWith('A reference path') ? 'jsonpath.reference' : 'jsonpath.syntax';
  return [{ code, severity: 'error', message, offset, length }];
}

const NAME_TERMINATORS_TOP = new Set(['.', '[', ' ', '(', '\t', '\n', '\r']);
const NAME_TERMINATORS_FILTER = new Set(['.', '[', ' ', '(', ')', '\t', '\n', '\r', '=', '!', '<', '>', '&', '|', ',', ']', '~']);

export function isVariableNameStart(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}_]/u.test(ch);
}
export function isVariableNamePart(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
}

class PathParser {
  pos: number;
  constructor(
    readonly text: string,
    start: number,
    /** Inside a filter: names stop at operators and `)`. */
    readonly inFilter: boolean,
    readonly depth: number,
  ) {
    this.pos = start;
  }

  fail(message: string, offset = this.pos, length = 1): never {
    throw new PathSyntaxError(message, offset, length);
  }

  peek(delta = 0): string | undefined {
    return this.text[this.pos + delta];
  }

  skipSpaces(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  parseWhole(options: ParsePathOptions): JsonPathAst {
    const { text } = this;
    if (text.trim().length === 0) this.fail('The path is empty.', 0, Math.max(text.length, 1));
    this.skipSpaces();
    const root = this.parseRoot(options);
    const segments = this.parseSegments();
    this.skipSpaces();
    if (this.pos < text.length) this.fail(`Unexpected character '${text[this.pos]}' at position ${this.pos}.`);
    if (options.mode === 'reference') checkReference(segments, text);
    return { text, root, segments, definite: isDefinitePath(segments) };
  }

  parseRoot(options: ParsePathOptions): PathRoot {
    const start = this.pos;
    if (this.peek() !== '$') this.fail("A path must start with '$'.", start);
    this.pos++;
    if (this.peek() === '$') {
      this.pos++;
      if (options.allowContext === false) this.fail("Context object paths ('$$') are not allowed here.", start, 2);
      return { kind: 'context' };
    }
    if (isVariableNameStart(this.peek())) {
      let end = this.pos + 1;
      while (isVariableNamePart(this.text[end])) end++;
      const name = this.text.slice(this.pos, end);
      if (options.allowVariables === false) this.fail(`Variable references ('$${name}') are not allowed here.`, start, end - start);
      this.pos = end;
      return { kind: 'variable', name };
    }
    return { kind: 'input' };
  }

  /** Segments until the end of the path (or, inside a filter, until a character that ends an operand). */
  parseSegments(): PathSegment[] {
    const segments: PathSegment[] = [];
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) break;
      if (ch === '.') {
        segments.push(this.parseDot());
      } else if (ch === '[') {
        const start = this.pos;
        const selector = this.parseBracket();
        segments.push({ deep: false, selector, offset: start, length: this.pos - start });
      } else {
        break;
      }
    }
    return segments;
  }

  parseDot(): PathSegment {
    const start = this.pos;
    let deep = false;
    if (this.peek(1) === '.') {
      deep = true;
      this.pos += 2;
      if (this.peek() === '.') this.fail("Character '.' is not valid here: a path cannot contain '...'.");
    } else {
      this.pos += 1;
      if (this.peek() === '.') this.fail("Character '.' is not valid here.");
    }
    const ch = this.peek();
    if (ch === undefined) this.fail("A path must not end with a '.' or '..'.", start, this.pos - start);
    if (ch === '[') {
      const selector = this.parseBracket();
      return { deep, selector, offset: start, length: this.pos - start };
    }
    if (ch === '*') {
      this.pos++;
      return { deep, selector: { kind: 'wildcard' }, offset: start, length: this.pos - start };
    }
    const nameStart = this.pos;
    const terminators = this.inFilter ? NAME_TERMINATORS_FILTER : NAME_TERMINATORS_TOP;
    while (this.pos < this.text.length && !terminators.has(this.text[this.pos] ?? '')) this.pos++;
    if (this.pos === nameStart) {
      if (this.peek() === ' ') this.fail("Use bracket notation ['my prop'] if a property name contains blank characters.");
      this.fail(`Character '${this.peek() ?? ''}' is not valid after '.'.`);
    }
    if (this.peek() === '(') {
      // Jayway path functions (`length()`, `sum()`…): AWS accepts the syntax but they never find a value
      // (recorded on re:Post: `$.Jobs.sum()` "could not be found in the input").
      const name = this.text.slice(nameStart, this.pos);
      let depth = 0;
      for (; this.pos < this.text.length; this.pos++) {
        const ch = this.text[this.pos];
        if (ch === '(') depth++;
        else if (ch === ')' && --depth === 0) break;
      }
      if (depth !== 0) this.fail(`Unclosed '(' in the path function ${name}().`, nameStart, this.pos - nameStart);
      this.pos++;
      return { deep, selector: { kind: 'function', name }, offset: start, length: this.pos - start };
    }
    if (!this.inFilter && this.peek() === ' ' && this.text.slice(this.pos).trim().length > 0) {
      this.fail("Use bracket notation ['my prop'] if a property name contains blank characters.");
    }
    const name = this.text.slice(nameStart, this.pos);
    return { deep, selector: { kind: 'name', names: [name] }, offset: start, length: this.pos - start };
  }

  parseBracket(): PathSelector {
    const open = this.pos;
    this.pos++; // [
    this.skipSpaces();
    const ch = this.peek();
    if (ch === undefined) this.fail("Unclosed '['.", open);
    let selector: PathSelector;
    if (ch === '?') {
      selector = this.parseFilterSelector(open);
    } else if (ch === '*') {
      this.pos++;
      selector = { kind: 'wildcard' };
    } else if (ch === "'" || ch === '"') {
      const names: string[] = [];
      for (;;) {
        names.push(this.parseQuoted());
        this.skipSpaces();
        if (this.peek() === ',') {
          this.pos++;
          this.skipSpaces();
          if (this.peek() !== "'" && this.peek() !== '"') this.fail('Expected a quoted property name after \',\'.');
          continue;
        }
        break;
      }
      selector = { kind: 'name', names };
    } else if (ch === '-' || ch === ':' || isDigit(ch)) {
      selector = this.parseIndexOrSlice();
    } else {
      this.fail(`Unexpected character '${ch}' after '['.`);
    }
    this.skipSpaces();
    if (this.peek() !== ']') this.fail(this.peek() === undefined ? "Unclosed '['." : `Expected ']' but found '${this.peek()}'.`, this.peek() === undefined ? open : this.pos);
    this.pos++;
    return selector;
  }

  parseQuoted(): string {
    const quote = this.peek();
    const start = this.pos;
    this.pos++;
    let value = '';
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) this.fail('Unterminated quoted property name.', start, this.pos - start);
      if (ch === quote) {
        this.pos++;
        return value;
      }
      // Jayway as AWS runs it: only the enclosing quote is escaped (recorded: `\"` inside '…' stays as written).
      if (ch === '\\' && this.peek(1) === quote) {
        value += quote;
        this.pos += 2;
        continue;
      }
      value += ch;
      this.pos++;
    }
  }

  readInteger(): number | null {
    const start = this.pos;
    if (this.peek() === '-') this.pos++;
    while (isDigit(this.peek())) this.pos++;
    const raw = this.text.slice(start, this.pos);
    if (raw === '' ) return null;
    if (raw === '-') this.fail('Expected digits after \'-\'.', start);
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || Math.abs(value) > 2147483647) this.fail(`Array index ${raw} is out of range.`, start, raw.length);
    return value;
  }

  parseIndexOrSlice(): PathSelector {
    const first = this.readInteger();
    this.skipSpaces();
    if (this.peek() === ':') {
      this.pos++;
      this.skipSpaces();
      const end = this.readInteger();
      this.skipSpaces();
      if (this.peek() === ':') this.fail('Slice steps are not supported.');
      return { kind: 'slice', start: first, end, step: null };
    }
    if (first === null) this.fail('Expected an array index.');
    const indexes = [first];
    while (this.peek() === ',') {
      this.pos++;
      this.skipSpaces();
      const next = this.readInteger();
      if (next === null) this.fail("Expected an array index after ','.");
      indexes.push(next);
      this.skipSpaces();
    }
    return { kind: 'index', indexes };
  }

  parseFilterSelector(open: number): PathSelector {
    this.pos++; // ?
    this.skipSpaces();
    if (this.peek() !== '(') this.fail("Expected '(' after '[?'.");
    this.pos++;
    const expression = this.parseOr();
    this.skipSpaces();
    if (this.peek() !== ')') this.fail(this.peek() === undefined ? 'Unclosed filter expression.' : `Expected ')' but found '${this.peek()}'.`, this.peek() === undefined ? open : this.pos);
    this.pos++;
    return { kind: 'filter', expression };
  }

  // ---- filter expressions ---------------------------------------------------------------------------
  parseOr(): FilterExpression {
    if (this.depth > MAX_FILTER_DEPTH) this.fail('The filter expression is nested too deeply.');
    let left = this.parseAnd();
    for (;;) {
      this.skipSpaces();
      if (this.peek() === '|' && this.peek(1) === '|') {
        this.pos += 2;
        const right = this.parseAnd();
        left = { kind: 'or', left, right };
      } else return left;
    }
  }

  parseAnd(): FilterExpression {
    let left = this.parseUnary();
    for (;;) {
      this.skipSpaces();
      if (this.peek() === '&' && this.peek(1) === '&') {
        this.pos += 2;
        const right = this.parseUnary();
        left = { kind: 'and', left, right };
      } else return left;
    }
  }

  parseUnary(): FilterExpression {
    this.skipSpaces();
    if (this.peek() === '!' && this.peek(1) !== '=') {
      this.pos++;
      return { kind: 'not', operand: this.parseUnary() };
    }
    if (this.peek() === '(') {
      this.pos++;
      const inner = this.nested().parseOrAt(this);
      this.skipSpaces();
      if (this.peek() !== ')') this.fail(`Expected ')' but found '${this.peek() ?? 'end of path'}'.`);
      this.pos++;
      return inner;
    }
    return this.parseComparison();
  }

  nested(): PathParser {
    return new PathParser(this.text, this.pos, true, this.depth + 1);
  }

  /** Parse an or-expression with a nested parser and move this parser past it. */
  parseOrAt(outer: PathParser): FilterExpression {
    this.pos = outer.pos;
    const result = this.parseOr();
    outer.pos = this.pos;
    return result;
  }

  parseComparison(): FilterExpression {
    const left = this.parseOperand();
    this.skipSpaces();
    const operatorStart = this.pos;
    const operator = this.readOperator();
    if (operator === null) {
      if (left.kind === 'regex') this.fail('A regular expression must follow =~.', operatorStart);
      return { kind: 'exists', operand: left };
    }
    this.skipSpaces();
    const right = this.parseOperand();
    if (operator === '=~' && right.kind !== 'regex') this.fail('The right side of =~ must be a regular expression /…/.', operatorStart, 2);
    return { kind: 'compare', operator, left, right };
  }

  readOperator(): FilterOperator | null {
    const rest = this.text.slice(this.pos, this.pos + 9);
    for (const op of ['==', '!=', '<=', '>=', '=~', '<', '>'] as const) {
      if (rest.startsWith(op)) {
        if (op === '==' && rest[2] === '=') this.fail("Operator '===' is not supported; use '=='.", this.pos, 3);
        this.pos += op.length;
        return op;
      }
    }
    const word = /^(nin|in|subsetof|anyof|noneof|size|empty)(?![\p{L}\p{N}_])/u.exec(rest);
    if (word?.[1] !== undefined) {
      this.pos += word[1].length;
      return word[1] as FilterOperator;
    }
    return null;
  }

  parseOperand(): FilterOperand {
    this.skipSpaces();
    const ch = this.peek();
    const start = this.pos;
    if (ch === undefined) this.fail('Expected a value in the filter expression.');
    if (ch === '@' || ch === '$') {
      const relative = ch === '@';
      const inner = new PathParser(this.text, this.pos + 1, true, this.depth + 1);
      let root: PathRoot = { kind: 'input' };
      if (!relative && inner.peek() === '$') {
        inner.pos++;
        root = { kind: 'context' };
      }
      const segments = inner.parseSegments();
      this.pos = inner.pos;
      const text = this.text.slice(start, this.pos);
      return { kind: 'path', relative, path: { text, root, segments, definite: isDefinitePath(segments) } };
    }
    if (ch === "'" || ch === '"') {
      return { kind: 'literal', value: this.parseQuoted() };
    }
    if (ch === '/') return this.parseRegex();
    if (ch === '-' || isDigit(ch)) {
      const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
      if (match === null) this.fail('Invalid number.');
      this.pos += match[0].length;
      return { kind: 'literal', value: Number(match[0]) };
    }
    if (ch === '[' || ch === '{') return { kind: 'literal', value: this.parseJsonLiteral() };
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.pos) && !isVariableNamePart(this.text[this.pos + word.length])) {
        this.pos += word.length;
        return { kind: 'literal', value };
      }
    }
    // AWS accepts bare words as string values (published samples: `@.status==Failure`).
    const word = /^[\p{L}_][\p{L}\p{N}_-]*/u.exec(this.text.slice(this.pos));
    if (word !== null) {
      this.pos += word[0].length;
      return { kind: 'literal', value: word[0] };
    }
    this.fail(`Unexpected character '${ch}' in the filter expression.`);
  }

  parseRegex(): FilterOperand {
    const start = this.pos;
    this.pos++;
    let source = '';
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) this.fail('Unterminated regular expression.', start, this.pos - start);
      if (ch === '\\' && this.peek(1) !== undefined) {
        source += ch + (this.peek(1) ?? '');
        this.pos += 2;
        continue;
      }
      if (ch === '/') break;
      source += ch;
      this.pos++;
    }
    this.pos++;
    let flags = '';
    while (/[a-zA-Z]/.test(this.peek() ?? '')) flags += this.text[this.pos++];
    if (/[^imsxu]/.test(flags)) this.fail(`Unsupported regular expression flag in '${flags}'.`, this.pos - flags.length, flags.length);
    try {
      new RegExp(source, flags.includes('x') ? flags.replace('x', '') : flags);
    } catch {
      this.fail('Invalid regular expression.', start, this.pos - start);
    }
    return { kind: 'regex', source, flags };
  }

  parseJsonLiteral(): JsonValue {
    const start = this.pos;
    let depth = 0;
    let inString: string | null = null;
    for (; this.pos < this.text.length; this.pos++) {
      const ch = this.text[this.pos];
      if (inString !== null) {
        if (ch === '\\') this.pos++;
        else if (ch === inString) inString = null;
        continue;
      }
      if (ch === '"' || ch === "'") inString = ch;
      else if (ch === '[' || ch === '{') depth++;
      else if (ch === ']' || ch === '}') {
        depth--;
        if (depth === 0) {
          this.pos++;
          const raw = this.text.slice(start, this.pos);
          const value = parseLooseJson(raw);
          if (value === undefined) this.fail('Invalid JSON literal in the filter expression.', start, raw.length);
          return value;
        }
      }
    }
    this.fail('Unterminated JSON literal in the filter expression.', start, this.pos - start);
  }
}

/** JSON with single-quoted strings allowed (Jayway accepts both quote styles in filter literals). */
function parseLooseJson(raw: string): JsonValue | undefined {
  try {
    return JSON.parse(raw) as JsonValue;
  } catch {
    // Convert single-quoted strings to double-quoted ones.
    let converted = '';
    let i = 0;
    while (i < raw.length) {
      const ch = raw[i];
      if (ch === '"') {
        const end = findStringEnd(raw, i, '"');
        converted += raw.slice(i, end + 1);
        i = end + 1;
      } else if (ch === "'") {
        const end = findStringEnd(raw, i, "'");
        const body = raw.slice(i + 1, end).replace(/\\'/g, "'").replace(/"/g, '\\"');
        converted += `"${body}"`;
        i = end + 1;
      } else {
        converted += ch;
        i++;
      }
    }
    try {
      return JSON.parse(converted) as JsonValue;
    } catch {
      return undefined;
    }
  }
}

function findStringEnd(raw: string, start: number, quote: string): number {
  for (let i = start + 1; i < raw.length; i++) {
    if (raw[i] === '\\') i++;
    else if (raw[i] === quote) return i;
  }
  return raw.length;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isDefiniteSegment(segment: PathSegment): boolean {
  if (segment.deep) return false;
  const { selector } = segment;
  switch (selector.kind) {
    case 'name':
      return true; // a multi-name leaf merges into one object; a non-leaf one is handled by the caller
    case 'index':
      return selector.indexes.length === 1;
    case 'function':
      return true; // Jayway's function tokens are definite
    default:
      return false;
  }
}

/** Jayway: definite when every token is; a multi-name token is definite only as the leaf (it merges). */
export function isDefinitePath(segments: readonly PathSegment[]): boolean {
  return segments.every(
    (segment, index) =>
      isDefiniteSegment(segment) &&
      !(segment.selector.kind === 'name' && segment.selector.names.length > 1 && index < segments.length - 1),
  );
}

function checkReference(segments: PathSegment[], text: string): void {
  for (const segment of segments) {
    const { selector } = segment;
    const ok =
      !segment.deep &&
      ((selector.kind === 'name' && selector.names.length === 1) ||
        (selector.kind === 'index' && selector.indexes.length === 1 && (selector.indexes[0] ?? 0) >= 0));
    if (!ok) {
      throw new PathSyntaxError(
        `A reference path may only contain property names and single non-negative array indexes; '${text.slice(segment.offset, segment.offset + segment.length)}' is not allowed.`,
        segment.offset,
        segment.length,
      );
    }
  }
}
