import { describe, expect, it } from 'vitest';
import type { JsonValue } from '@aslkit/core';
import { evaluateIntrinsic } from './evaluate.js';
import { checkIntrinsic } from './check.js';
import { isIntrinsicCall, parseIntrinsic } from './parse.js';
import { INTRINSIC_FUNCTIONS } from './catalogue.js';

const input: JsonValue = { arr: [1, 2, 2, { a: 1 }, { a: 1 }], s: 'a,b;;c', n: 7, obj: { k: 'v', list: [1, 'x'] }, big: 'x'.repeat(10_001) };
const env = { random: () => 0.5, uuid: () => 'uuid-1', context: { Execution: { Name: 'run-1' } }, variables: { v: [3, 4] } };

const ok: [string, JsonValue][] = [
  ["States.Format('a{}b{}c', 1, 'x')", 'a1bxc'],
  ["States.Format('{} and {}', $.obj, $.arr)", '{k=v, list=[1, x]} and [1, 2, 2, {a=1}, {a=1}]'],
  ["States.Format('esc \\{\\} {} \\' \\\\', null)", "esc {} null ' \\"],
  ["States.Format('{}', 1.5)", '1.5'],
  ["States.Format('{}', true)", 'true'],
  ["States.StringToJson('{\"a\": [1, 2]}')", { a: [1, 2] }],
  ["States.StringToJson('  ')", null],
  ['States.JsonToString($.obj)', '{"k":"v","list":[1,"x"]}'],
  ["States.Array(1, 'a', true, null, $.n)", [1, 'a', true, null, 7]],
  ['States.Array()', []],
  ['States.ArrayPartition($.arr, 2)', [[1, 2], [2, { a: 1 }], [{ a: 1 }]]],
  ['States.ArrayContains($.arr, $.obj)', false],
  ['States.ArrayContains($.arr, 2)', true],
  ['States.ArrayRange(1, 9, 2)', [1, 3, 5, 7, 9]],
  ['States.ArrayRange(5, 1, -2)', [5, 3, 1]],
  ['States.ArrayRange(1, 0, 1)', []],
  ['States.ArrayGetItem($.arr, 3)', { a: 1 }],
  ['States.ArrayLength($.arr)', 5],
  ['States.ArrayUnique($.arr)', [1, 2, { a: 1 }]],
  ["States.Base64Encode('Data to encode')", 'RGF0YSB0byBlbmNvZGU='],
  ["States.Base64Decode('RGF0YSB0byBlbmNvZGU=')", 'Data to encode'],
  ["States.Hash('input data', 'MD5')", '812f45842bc6d66ee14572ce20db8e86'],
  ["States.JsonMerge($.obj, States.StringToJson('{\"k\": 2}'), false)", { k: 2, list: [1, 'x'] }],
  ['States.MathAdd(1.5, -2.5)', 0],
  ['States.MathAdd($.n, -10)', -3],
  ['States.MathRandom(0, 10)', 5],
  ["States.StringSplit($.s, ',;')", ['a', 'b', 'c']],
  ["States.StringSplit('', ',')", []],
  ['States.UUID()', 'uuid-1'],
  ["States.Format('{}', $$.Execution.Name)", 'run-1'],
  ['States.ArrayLength($v)', 2],
  ["States.ArrayGetItem(States.StringSplit('a-b-c', '-'), States.MathAdd(States.ArrayLength(States.StringSplit('a-b-c', '-')), -1))", 'c'],
];

describe('evaluateIntrinsic', () => {
  it.each(ok)('%s', (text, expected) => {
    expect(evaluateIntrinsic(text, input, env)).toEqual({ ok: true, value: expected });
  });

  it('gives reproducible seeded MathRandom values (java.util.Random)', () => {
    const first = evaluateIntrinsic('States.MathRandom(0, 999, 3)', input);
    const second = evaluateIntrinsic('States.MathRandom(0, 999, 3)', input);
    expect(first).toEqual(second);
    // new java.util.Random(3).nextInt(999) == 239 on a JVM (checked with OpenJDK)
    expect(first).toEqual({ ok: true, value: 239 });
  });

  const failures: [string, RegExp][] = [
    ["States.Format('{} {}', 1)", /States\.Format.*2 placeholder.*1 value/],
    ['States.StringToJson($.n)', /States\.StringToJson.*first argument must be a string, but was number 7/],
    ["States.StringToJson('{')", /not valid JSON/],
    ['States.ArrayPartition($.arr, 0)', /States\.ArrayPartition.*second argument.*greater than 0/],
    ['States.ArrayPartition($.n, 1)', /States\.ArrayPartition.*first argument must be an array/],
    ['States.ArrayRange(0, 1000, 1)', /1001 items.*1000/],
    ['States.ArrayRange(0, 10, 0)', /step.*not be 0/],
    ['States.ArrayRange(0.5, 10, 1)', /first argument must be an integer/],
    ['States.ArrayGetItem($.arr, 5)', /out of bounds/],
    ['States.Base64Encode($.big)', /at most 10000 characters/],
    ['States.Base64Decode($.big)', /at most 10000 characters/],
    ["States.Base64Decode('%%%')", /not valid base64/],
    ['States.Hash($.big, \'MD5\')', /at most 10000 characters/],
    ["States.Hash('x', 'SHA-3')", /algorithm.*MD5, SHA-1, SHA-256, SHA-384, SHA-512/],
    ['States.JsonMerge($.obj, $.obj, true)', /must be false/],
    ['States.JsonMerge($.obj, $.arr, false)', /second argument must be an object/],
    ['States.MathAdd($.s, 1)', /States\.MathAdd.*first argument must be a number/],
    ['States.MathRandom(5, 5)', /end \(5\) must be greater than the start \(5\)/],
    ['States.UUID(1)', /Invalid number of arguments in States\.UUID: expected 0, but got 1/],
    ['States.ArrayLength()', /expected 1, but got 0/],
    ['States.Nope(1)', /not supported/],
    ['States.ArrayLength($.missing)', /Invalid path '\$\.missing' : No results for path: \$\['missing'\]/],
  ];
  it.each(failures)('%s fails as States.Runtime', (text, message) => {
    const result = evaluateIntrinsic(text, input, env);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('States.Runtime');
      expect(result.error.message).toMatch(message);
    }
  });
});

describe('parseIntrinsic', () => {
  it('parses nested calls, literals and paths with offsets', () => {
    const parsed = parseIntrinsic("States.Format('x{}', States.ArrayLength($.a[0]), -1.5e2, true, null, $$.Map.Item.Index, $myVar.x)");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.args.map((arg) => arg.kind)).toEqual(['string', 'call', 'number', 'boolean', 'null', 'path', 'path']);
    expect(parsed.value.args[1]).toMatchObject({ kind: 'call', name: 'States.ArrayLength', offset: 21 });
  });

  const bad: [string, number][] = [
    ['States.Format(', 14],
    ["States.Format('x)", 14],
    ['States.Format("x")', 14],
    ['States.X(1 2)', 11],
    ['States.X(1))', 11],
    ['Format(1)', 0],
    ["States.Format('\\n')", 15],
    // AWS rejects a backslash before a double quote (recorded): only \', \{, \} and \\ are escapes.
    ["States.Format('say \\\"hi\\\"')", 19],
    ['States.A(States.A(States.A(States.A(States.A(States.A(States.A(States.A(States.A(States.A(States.A()))))))))))', 90],
    ['States.X($.a[)', 13],
  ];
  it.each(bad)('%j is a syntax error at %i', (text, offset) => {
    const parsed = parseIntrinsic(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe('SyntaxError');
      expect(parsed.error.offset).toBe(offset);
    }
  });

  it("accepts exactly the escapes \\', \\{, \\} and \\\\ in string literals", () => {
    const parsed = parseIntrinsic("States.Format('\\' \\{ \\} \\\\')");
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.args[0]).toMatchObject({ kind: 'string', value: "' { } \\" });
    expect(checkIntrinsic("States.Format('a \\\" b')").some((finding) => finding.severity === 'error')).toBe(true);
  });

  it('recognizes intrinsic calls', () => {
    expect(isIntrinsicCall('States.UUID()')).toBe(true);
    expect(isIntrinsicCall(' States.Format(\'x\') ')).toBe(true);
    expect(isIntrinsicCall('$.a')).toBe(false);
    expect(isIntrinsicCall('States.Format')).toBe(false);
  });
});

describe('checkIntrinsic', () => {
  const codes = (text: string) => checkIntrinsic(text).map((finding) => finding.code);
  it.each([
    ["States.Format('{}', $.a)", []],
    ['States.Nope()', ['intrinsic.unknown']],
    ['States.ArrayLength(1, 2)', ['intrinsic.arity']],
    ["States.ArrayLength('x')", ['intrinsic.argumentType']],
    ['States.MathAdd(States.UUID(), 1)', ['intrinsic.argumentType']],
    ["States.Format('{} {}', 1)", ['intrinsic.argumentType']],
    ['States.ArrayRange(1, 2000, 1)', ['intrinsic.argumentType']],
    ['States.JsonMerge($.a, $.b, true)', ['intrinsic.argumentType']],
    ["States.Hash($.a, 'SHA-3')", ['intrinsic.argumentType']],
    ['States.Format(', ['intrinsic.syntax']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it('catalogues all 18 functions', () => {
    expect(INTRINSIC_FUNCTIONS).toHaveLength(18);
  });
});
