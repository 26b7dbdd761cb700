import { describe, expect, it } from 'vitest';
import type { JsonValue } from '@aslkit/core';
import { evaluatePath, formatJaywayPath } from './evaluate.js';
import { parseJsonPath } from './parse.js';

const store: JsonValue = {
  store: {
    book: [
      { category: 'reference', author: 'Nigel Rees', title: 'Sayings of the Century', price: 8.95 },
      { category: 'fiction', author: 'Evelyn Waugh', title: 'Sword of Honour', price: 12.99 },
      { category: 'fiction', author: 'Herman Melville', title: 'Moby Dick', isbn: '0-553-21311-3', price: 8.99 },
      { category: 'fiction', author: 'J. R. R. Tolkien', title: 'The Lord of the Rings', isbn: '0-395-19395-8', price: 22.99 },
    ],
    bicycle: { color: 'red', price: 19.95 },
  },
  expensive: 10,
  'a-b': 1,
  'with space': 2,
  "quo'te": 3,
  tags: ['x', 'y', 'z'],
  nested: { arr: [[1, 2], [3, 4]] },
  nothing: null,
};

const ok: [string, JsonValue][] = [
  ['$', store],
  ['$.expensive', 10],
  ['$.a-b', 1],
  ["$['with space']", 2],
  ['$["with space"]', 2],
  ["$['quo\\'te']", 3],
  ['$.store.bicycle.color', 'red'],
  ['$.store.book[0].author', 'Nigel Rees'],
  ['$.store.book[-1].author', 'J. R. R. Tolkien'],
  ['$.tags[1]', 'y'],
  ['$.tags[0,2]', ['x', 'z']],
  ['$.tags[1:]', ['y', 'z']],
  ['$.tags[:2]', ['x', 'y']],
  ['$.tags[-2:]', ['y', 'z']],
  ['$.tags[:-1]', ['x', 'y']],
  ['$.tags[0:1]', ['x']],
  ['$.tags[*]', ['x', 'y', 'z']],
  ['$.tags.*', ['x', 'y', 'z']],
  ['$.store.book[*].author', ['Nigel Rees', 'Evelyn Waugh', 'Herman Melville', 'J. R. R. Tolkien']],
  ['$..author', ['Nigel Rees', 'Evelyn Waugh', 'Herman Melville', 'J. R. R. Tolkien']],
  ['$.store..price', [8.95, 12.99, 8.99, 22.99, 19.95]],
  ['$..book[2].title', ['Moby Dick']],
  ['$..book[?(@.isbn)].title', ['Moby Dick', 'The Lord of the Rings']],
  ['$.store.book[?(@.price < 10)].title', ['Sayings of the Century', 'Moby Dick']],
  ['$.store.book[?(@.price <= 8.99)].title', ['Sayings of the Century', 'Moby Dick']],
  ['$.store.book[?(@.price > $.expensive)].price', [12.99, 22.99]],
  ['$.store.book[?(@.price >= 12.99)].price', [12.99, 22.99]],
  ["$.store.book[?(@.category == 'reference')].price", [8.95]],
  ["$.store.book[?(@.category != 'fiction')].price", [8.95]],
  ["$.store.book[?(@.category == 'fiction' && @.price < 10)].title", ['Moby Dick']],
  ["$.store.book[?(@.category == 'reference' || @.price > 20)].title", ['Sayings of the Century', 'The Lord of the Rings']],
  ['$.store.book[?(!@.isbn)].title', ['Sayings of the Century', 'Sword of Honour']],
  ['$.store.book[?(@.author =~ /.*REES/i)].title', ['Sayings of the Century']],
  ['$.store.book[?(@.author =~ /Rees/)].title', []],
  ["$.store.book[?(@.category in ['reference', 'x'])].price", [8.95]],
  ["$.store.book[?(@.category nin ['fiction'])].price", [8.95]],
  ["$.store.book[?(@.title size 9)].title", ['Moby Dick']],
  ['$.nested.arr[?(@ subsetof [1, 2, 3])]', [[1, 2]]],
  ['$.nested.arr[?(@ anyof [4, 9])]', [[3, 4]]],
  ['$.nested.arr[?(@ noneof [4, 9])]', [[1, 2]]],
  ['$.nested.arr[?(@ empty false)]', [[1, 2], [3, 4]]],
  ["$['store']['bicycle']['color','price']", { color: 'red', price: 19.95 }],
  ['$.nested.arr[1][0]', 3],
  ['$.nothing', null],
  ['$.tags[5:]', []],
  ['$.tags[?(@ == "y")]', ['y']],
  ['$.missing[*]', []],
  ['$.expensive[*]', []],
  ['$.store.bicycle[?(@.color == "red")].price', [19.95]],
];

describe('evaluatePath (Jayway semantics)', () => {
  it.each(ok)('%s', (path, expected) => {
    const result = evaluatePath(path, store);
    expect(result).toEqual({ ok: true, value: expected });
  });

  const failures: [string, JsonValue, string][] = [
    ['$.x', {}, "No results for path: $['x']"],
    ['$.a.b', { a: {} }, "No results for path: $['a']['b']"],
    ['$.no.such.result.path', {}, "Missing property in path $['no']"],
    ['$.a[3]', { a: [1] }, "No results for path: $['a'][3]"],
    ['$.a[0]', { a: null }, "The path $['a'] is null"],
    ['$.a.length()', { a: [1, 2] }, "No results for path: $['a'].length()"],
    ['$.a[0]', { a: { b: 1 } }, "Filter: [0] can only be applied to arrays. Current context is: {b=1}"],
    [
      '$.a.b',
      { a: 5 },
      "Expected to find an object with property ['b'] in path $['a'] but found 'java.lang.Integer'. This is not a json object according to the JsonProvider: 'com.jayway.jsonpath.spi.json.JacksonJsonProvider'.",
    ],
  ];
  it.each(failures)('%s on %j fails with Jayway text', (path, input, message) => {
    expect(evaluatePath(path, input)).toEqual({ ok: false, error: { code: 'States.Runtime', message } });
  });

  it('reads the context object and variables', () => {
    const env = { context: { Execution: { Id: 'e1' } }, variables: { v: { x: [1, 2] } } };
    expect(evaluatePath('$$.Execution.Id', {}, env)).toEqual({ ok: true, value: 'e1' });
    expect(evaluatePath('$v.x[1]', {}, env)).toEqual({ ok: true, value: 2 });
    expect(evaluatePath('$v', {}, env)).toEqual({ ok: true, value: { x: [1, 2] } });
    expect(evaluatePath('$w', {}, env).ok).toBe(false);
  });

  it('formats Jayway normalized paths', () => {
    expect(formatJaywayPath('$.a[0].b')).toBe("$['a'][0]['b']");
    expect(formatJaywayPath("$['x y']")).toBe("$['x y']");
  });
});

describe('parseJsonPath', () => {
  const bad: [string, number][] = [
    ['', 0],
    ['a.b', 0],
    ['$.', 1],
    ['$..', 1],
    ['$[', 1],
    ['$.a[?(@.b ==)]', 12],
    ["$['a", 2],
    ['$.a[0', 3],
    ['$...a', 3],
    ['$.a b', 3],
  ];
  it('accepts bare words as string values in filters, as AWS does', () => {
    expect(parseJsonPath('$.items[?(@.status==Failure)]').ok).toBe(true);
    expect(evaluatePath('$.items[?(@.status==Failure)].id', { items: [{ status: 'Failure', id: 1 }, { status: 'OK', id: 2 }] } as JsonValue)).toEqual({ ok: true, value: [1] });
  });

  it.each(bad)('%j is a syntax error at %i', (text, offset) => {
    const result = parseJsonPath(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('SyntaxError');
      expect(result.error.offset).toBe(offset);
    }
  });

  it('reference mode accepts names and single indexes only', () => {
    expect(parseJsonPath('$.a.b[0]', { mode: 'reference' }).ok).toBe(true);
    expect(parseJsonPath("$['a']", { mode: 'reference' }).ok).toBe(true);
    for (const text of ['$.a[*]', '$..a', '$.a[0,1]', '$.a[1:2]', '$.a[?(@.x)]', '$.a[-1]']) {
      const result = parseJsonPath(text, { mode: 'reference' });
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/reference path/);
    }
  });

  it('knows definite from indefinite paths', () => {
    const definite = (text: string) => {
      const result = parseJsonPath(text);
      return result.ok && result.value.definite;
    };
    expect(definite('$.a[0].b')).toBe(true);
    expect(definite("$['a','b']")).toBe(true);
    expect(definite("$['a','b'].c")).toBe(false);
    expect(definite('$.a[*]')).toBe(false);
    expect(definite('$..a')).toBe(false);
    expect(definite('$.a[0:1]')).toBe(false);
  });

  it('parses $$ and variables, and can forbid them', () => {
    expect(parseJsonPath('$$.Map.Item.Value').ok).toBe(true);
    expect(parseJsonPath('$$.Map', { mode: 'path', allowContext: false }).ok).toBe(false);
    expect(parseJsonPath('$myVar.x', { mode: 'path', allowVariables: false }).ok).toBe(false);
  });
});
