import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AstNode } from './nodes.js';
import { parseJsonFast } from './parse-json-fast.js';
import { parseJsonWithVisitor } from './parse-json-visitor.js';
import { parseJsonWithPositions, type JsonParseOptions, type JsonParseResult } from './parse-json.js';

const STRICT: JsonParseOptions = {};
const LOOSE: JsonParseOptions = { allowComments: true };

/**
 * The first difference between two parse results, or undefined: own keys in order, primitives by
 * Object.is (so -0 is not 0), prototypes. (toStrictEqual is fooled by a JSON key named `constructor`.)
 */
function difference(a: unknown, b: unknown, at = '$'): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${at}: ${String(a)} vs ${String(b)}`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at}: different prototypes`;
  const keysA = Reflect.ownKeys(a);
  const keysB = Reflect.ownKeys(b);
  if (keysA.join('\u0000') !== keysB.join('\u0000')) return `${at}: keys ${JSON.stringify(keysA)} vs ${JSON.stringify(keysB)}`;
  for (const key of keysA) {
    const found = difference((a as Record<string | symbol, unknown>)[key], (b as Record<string | symbol, unknown>)[key], `${at}.${String(key)}`);
    if (found) return found;
  }
  return undefined;
}

/** Every value object is the one its parent's value holds (last property wins), as the visitor shares them. */
function expectSharedValues(node: AstNode | undefined): void {
  if (!node) return;
  if (node.kind === 'object') {
    const last = new Map<string, AstNode>();
    for (const property of node.properties) last.set(property.key, property.value);
    for (const [key, child] of last) expect(Object.is(node.value[key], child.value)).toBe(true);
    for (const property of node.properties) expectSharedValues(property.value);
  } else if (node.kind === 'array') {
    node.items.forEach((item, index) => {
      expect(Object.is(node.value[index], item.value)).toBe(true);
      expectSharedValues(item);
    });
  }
}

/**
 * The fast parser's answer, checked against the visitor's: when it does not give up, the tree,
 * the values (key order included) and the problems are the visitor's exactly.
 */
function compare(text: string, options: JsonParseOptions, label = text): JsonParseResult | undefined {
  const fast = parseJsonFast(text, options);
  const visitor = parseJsonWithVisitor(text, options);
  expect(difference(parseJsonWithPositions(text, options), visitor), label).toBeUndefined();
  if (fast) {
    expect(difference(fast, visitor), label).toBeUndefined();
    expectSharedValues(fast.root);
  }
  return fast;
}

/** Whether the visitor found nothing it had to recover from (the fast parser must then not give up). */
function clean(text: string, options: JsonParseOptions): boolean {
  return !parseJsonWithVisitor(text, options).problems.some((problem) => problem.kind === 'syntax');
}

describe('parseJsonFast: what it accepts, identically to the visitor', () => {
  const accepted = [
    '{}',
    '[]',
    '  {"a": 1, "b": [true, false, null], "c": {"d": "e"}}  ',
    '"root string"',
    '42',
    '\r\n\t{ "a" :\r\n 1 }\n',
    '{"Type": "Pass", "End": true, "Parameters": {"x.$": "$.y", "list": [1, 2.5, -3, 0, -0, 1e3]}}',
  ];
  it.each(accepted)('accepts %j', (text) => {
    expect(compare(text, STRICT)).toBeDefined();
    expect(compare(text, LOOSE)).toBeDefined();
  });

  it('reports comments in strict mode with the offsets and lengths the visitor gives', () => {
    const text = '// head\n{ /* a\nb */ "a": /**/ 1 // tail\r\n}/*end*/';
    const result = compare(text, STRICT);
    expect(result?.problems.map((p) => [p.kind, p.offset, p.length])).toEqual([
      ['comment', 0, 7],
      ['comment', 10, 9],
      ['comment', 25, 4],
      ['comment', 32, 7],
      ['comment', 42, 7],
    ]);
    expect(compare(text, LOOSE)?.problems).toEqual([]);
  });

  it('reports trailing commas at the comma', () => {
    const text = '{"a": [1, 2, /* c */ ], "b": {"x": 1,},\n}';
    const result = compare(text, STRICT);
    // The visitor reports a trailing comma when its container closes, after the comments before it.
    expect(result?.problems.map((p) => [p.kind, p.offset])).toEqual([
      ['comment', 13],
      ['trailing-comma', 11],
      ['trailing-comma', 36],
      ['trailing-comma', 38],
    ]);
    expect(compare(text, LOOSE)?.problems).toEqual([]);
  });

  it('reports duplicate keys (the last value wins, in the first key position) in text order', () => {
    const text = '{"a": 1, "b": {"x": [], "x": {"y": 1, "y": 2}}, "a": [3], "a": 4}';
    const result = compare(text, STRICT);
    expect(result?.problems.map((p) => [p.key, p.offset, p.length, p.firstOffset])).toEqual([
      ['x', 24, 3, 15],
      ['y', 38, 3, 30],
      ['a', 48, 3, 1],
      ['a', 58, 3, 1],
    ]);
    expect(JSON.stringify(result?.root?.value)).toBe('{"a":4,"b":{"x":{"y":2}}}');
  });

  it('keeps __proto__, constructor and numeric keys as data', () => {
    const result = compare('{"z": 0, "__proto__": {"polluted": true}, "constructor": 1, "1": 2, "__proto__": 3}', STRICT);
    const value = result?.root?.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['1', 'z', '__proto__', 'constructor']);
    expect(value['__proto__']).toBe(3);
    expect(result?.problems).toMatchObject([{ kind: 'duplicate-key', key: '__proto__' }]);
  });

  it('decodes escapes as jsonc-parser does, surrogate halves one by one', () => {
    const text = String.raw`["\"\\\/\b\f\n\r\t", "\u00e9\u00C9", "\ud83d\ude00", "\ud800", "x\udc00y", "a\u0000b"]`;
    const result = compare(text, STRICT);
    expect(result?.root?.value).toEqual(['"\\/\b\f\n\r\t', 'éÉ', '😀', '\ud800', 'x\udc00y', 'a\u0000b']);
    expect(compare('"\u2028\u2029 raw separators and 😀"', STRICT)).toBeDefined();
  });

  it('takes numbers as Number(text) with their source text', () => {
    const numbers = ['-0', '0', '1.0', '1e400', '-1e400', '1E+2', '1e-2', '12345678901234567890', '123456789012345', '-999999999999999', '0.1', '5e-324'];
    for (const raw of numbers) {
      const result = compare(raw, STRICT);
      expect(result?.root, raw).toStrictEqual({ kind: 'number', offset: 0, length: raw.length, value: Number(raw), raw });
    }
    expect(Object.is(parseJsonFast('-0')?.root?.value, -0)).toBe(true);
  });

  it('reports an empty or comment-only document as the visitor does', () => {
    for (const text of ['', '   \n', '// only a comment', '/* c */ ']) {
      for (const options of [STRICT, LOOSE]) expect(compare(text, options), JSON.stringify(text)).toBeDefined();
    }
    expect(parseJsonFast('  ')?.problems).toMatchObject([{ kind: 'empty', offset: 0, length: 2 }]);
  });
});

describe('parseJsonFast: gives up where the visitor must recover', () => {
  const broken = [
    '{', '[1,', '{"a" 1}', '{"a": }', '[1 2]', '{,}', '[,]', '{"a": 1}}', '{"a": 1} x', 'tru', 'truex', 'nul', 'falsy',
    '01', '-', '-a', '1.', '1.e3', '1e', '1e+', '.5', '+1', '0x10', 'NaN', 'Infinity', '"unterminated', '"line\nbreak"',
    '"tab\there"', '"\\x"', '"\\u12"', '"\\u12g4"', '"\\', '/ 1', '1 /* open', '\ufeff{}', '\u00a0{}', '\v{}', "{'a': 1}",
    '{a: 1}', '[1,,2]', '{"a": 1,,}', '[1] [2]', '{"a":1 "b":2}', '1/',
  ];
  it.each(broken)('gives up on %j', (text) => {
    expect(compare(text, STRICT)).toBeUndefined();
    expect(compare(text, LOOSE)).toBeUndefined();
  });

  it('gives up, rather than throwing, on nesting deeper than its stack allows', () => {
    for (const depth of [100, 20_000]) {
      const deep = '['.repeat(depth) + ']'.repeat(depth);
      expect(() => parseJsonFast(deep)).not.toThrow();
    }
    const nested = '['.repeat(100) + ']'.repeat(100);
    expect(compare(nested, STRICT)).toBeDefined();
  });
});

// ---- the shared corpus and the fixtures --------------------------------------------------------------
const here = dirname(fileURLToPath(import.meta.url));
const CORPUS = resolve(here, '../../../../../shared/corpus');
const FIXTURES = resolve(here, '../../../../fixtures');
const corpusPresent = existsSync(CORPUS);
if (!corpusPresent) console.warn(`parse-json-fast corpus test skipped: ${CORPUS} is absent`);

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : /\.jsonc?$/i.test(name) ? [path] : [];
  });
}

const fixtureTexts = jsonFiles(FIXTURES).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const corpusTexts = corpusPresent ? jsonFiles(CORPUS).map((path) => ({ path, text: readFileSync(path, 'utf8') })) : [];

function compareFiles(files: { path: string; text: string }[]): void {
  let fast = 0;
  for (const { path, text } of files) {
    for (const options of [STRICT, LOOSE]) {
      const result = compare(text, options, path);
      if (result) fast++;
      else expect(clean(text, options), `${path}: the fast parser gave up on text the visitor parses cleanly`).toBe(false);
    }
  }
  expect(fast).toBeGreaterThan(0);
}

describe('parseJsonFast against the visitor on real files', () => {
  it('agrees on every JSON/JSONC fixture of the repository', () => {
    expect(fixtureTexts.length).toBeGreaterThan(100);
    compareFiles(fixtureTexts);
  });

  it.skipIf(!corpusPresent)('agrees on every JSON/JSONC file of ../shared/corpus', () => {
    expect(corpusTexts.length).toBeGreaterThan(500);
    compareFiles(corpusTexts);
  });
});

// ---- properties ----------------------------------------------------------------------------------
/** What a generated document is made of; printing it chooses white space, comments and escapes. */
type Doc =
  | { t: 'number'; raw: string }
  | { t: 'string'; value: string }
  | { t: 'word'; word: 'true' | 'false' | 'null' }
  | { t: 'array'; items: Doc[] }
  | { t: 'object'; entries: [string, Doc][] };

const char16 = fc.oneof(
  fc.constantFrom('a', 'Z', ' ', '"', '\\', '/', '\n', '\t', '\u0000', '\u001f', 'é', '😀', '\u2028', '$', '.'),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
);
const text16 = fc.array(char16, { maxLength: 8 }).map((chars) => chars.join(''));
const keyArb = fc.oneof(fc.constantFrom('a', 'b', 'Type', '__proto__', 'constructor', 'toString', '1', '0', ''), text16);
const numberArb = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.constant('0'), fc.stringMatching(/^[1-9][0-9]{0,24}$/)),
    fc.option(fc.stringMatching(/^[0-9]{1,6}$/)),
    fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.stringMatching(/^[0-9]{1,3}$/))),
  )
  .map(([negative, integer, fraction, exponent]) => ({
    t: 'number' as const,
    raw: `${negative ? '-' : ''}${integer}${fraction === null ? '' : `.${fraction}`}${exponent === null ? '' : exponent.join('')}`,
  }));
const docArb: fc.Arbitrary<Doc> = fc.letrec<{ doc: Doc; array: Doc; object: Doc }>((tie) => ({
  doc: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    numberArb,
    text16.map((value) => ({ t: 'string' as const, value })),
    fc.constantFrom('true', 'false', 'null').map((word) => ({ t: 'word' as const, word })),
    tie('array'),
    tie('object'),
  ),
  array: fc.array(tie('doc'), { maxLength: 5 }).map((items) => ({ t: 'array' as const, items })),
  object: fc.array(fc.tuple(keyArb, tie('doc')), { maxLength: 5 }).map((entries) => ({ t: 'object' as const, entries })),
})).doc;

/** A small deterministic generator for the printing choices (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TRIVIA = ['', '', '', ' ', '\n  ', '\t', '\r\n', '\r', '/* c */', '/**/', '// line\n', '//\r\n', '/* a\n * b */', ' // x\u2028y\n'];
const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '/': '\\/' };

function print(doc: Doc, seed: number): string {
  const next = random(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const trivia = (): string => (next() < 0.5 ? '' : pick(TRIVIA));
  const unicode = (char: string): string => {
    const hex = char.charCodeAt(0).toString(16).padStart(4, '0');
    return `\\u${next() < 0.5 ? hex : hex.toUpperCase()}`;
  };
  const quote = (value: string): string => {
    let out = '"';
    for (const char of value.split('')) {
      const code = char.charCodeAt(0);
      const mustEscape = char === '"' || char === '\\' || code < 0x20;
      if (mustEscape || next() < 0.1) out += SHORT_ESCAPES[char] !== undefined && next() < 0.7 ? SHORT_ESCAPES[char] : unicode(char);
      else out += char;
    }
    return `${out}"`;
  };
  const value = (node: Doc): string => {
    switch (node.t) {
      case 'number':
        return node.raw;
      case 'string':
        return quote(node.value);
      case 'word':
        return node.word;
      case 'array': {
        const items = node.items.map((item) => trivia() + value(item) + trivia());
        return `[${items.join(',')}${items.length > 0 && next() < 0.2 ? `,${trivia()}` : trivia()}]`;
      }
      case 'object': {
        const entries = node.entries.map(([key, item]) => `${trivia()}${quote(key)}${trivia()}:${trivia()}${value(item)}${trivia()}`);
        return `{${entries.join(',')}${entries.length > 0 && next() < 0.2 ? `,${trivia()}` : trivia()}}`;
      }
    }
  };
  return trivia() + value(doc) + trivia();
}

const mutationArb = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '/', '*', '\\', ' ', '\n', '0', '-', '.', 'e', '+', 't', 'u', 'x', '\u0000', '\ufeff', '//', '/*', '*/', ',]', ',}', '"a":1,'),
  }),
);
type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const mutation of mutations) {
    const at = out.length === 0 ? 0 : mutation.at % (out.length + 1);
    if (mutation.op === 'truncate') out = out.slice(0, at);
    else if (mutation.op === 'delete') out = out.slice(0, at) + out.slice(at + mutation.count);
    else out = out.slice(0, at) + mutation.text + out.slice(at);
  }
  return out;
}

describe('parseJsonFast against the visitor on generated text', () => {
  it('never gives up on printed JSONC and agrees with the visitor (comments, trailing commas, duplicates, escapes)', () => {
    fc.assert(
      fc.property(docArb, fc.integer(), (doc, seed) => {
        const text = print(doc, seed);
        expect(compare(text, STRICT)).toBeDefined();
        expect(compare(text, LOOSE)).toBeDefined();
      }),
      { numRuns: 1500 },
    );
  });

  it('agrees with the visitor on mutations of printed text', () => {
    fc.assert(
      fc.property(docArb, fc.integer(), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (doc, seed, mutations) => {
        const text = mutate(print(doc, seed), mutations);
        compare(text, STRICT);
        compare(text, LOOSE);
      }),
      { numRuns: 1500 },
    );
  });

  const sample = [...corpusTexts, ...fixtureTexts].filter((_, index) => index % 7 === 0).map((file) => file.text);
  it('agrees with the visitor on mutations of corpus and fixture texts', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (index, mutations) => {
        const text = mutate(sample[index % sample.length] ?? '{}', mutations);
        compare(text, STRICT);
        compare(text, LOOSE);
      }),
      { numRuns: 400 },
    );
  });
});
