import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadDocument } from '../source/document.js';
import { formatDocument, printAst, yamlFormattingHazard, yamlString } from './index.js';

const json = (text: string) => loadDocument(text, { format: 'json' });
const yaml = (text: string) => loadDocument(text, { format: 'yaml' });
const print = (text: string, options: Parameters<typeof formatDocument>[1] = {}) => formatDocument(json(text), options) ?? '';

describe('printAst: JSON', () => {
  it('pretty-prints and is stable (JSON → JSON round trip)', () => {
    const source = '{"StartAt":"A","States":{"A":{"Type":"Pass","Result":{"b":[1,{"c":null}],"a":true},"End":true}}}';
    const once = print(source);
    expect(once).toBe('{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": "Pass",\n      "Result": {\n        "b": [\n          1,\n          {\n            "c": null\n          }\n        ],\n        "a": true\n      },\n      "End": true\n    }\n  }\n}\n');
    expect(print(once)).toBe(once);
    expect(JSON.parse(once)).toEqual(JSON.parse(source));
  });

  it('keeps number text and string escapes as written', () => {
    const out = print('{"a":1.0,"b":12345678901234567890,"c":1e3,"d":"\\u00e9\\n","e":-0}');
    expect(out).toContain('"a": 1.0');
    expect(out).toContain('"b": 12345678901234567890');
    expect(out).toContain('"c": 1e3');
    expect(out).toContain('"d": "\\u00e9\\n"');
    expect(out).toContain('"e": -0');
  });

  it('prints empty objects and arrays inline, tabs and CRLF on request, no final newline on request', () => {
    expect(print('{"a":{},"b":[]}')).toBe('{\n  "a": {},\n  "b": []\n}\n');
    expect(print('{"a":[1]}', { indent: '\t', eol: '\r\n', finalNewline: false })).toBe('{\r\n\t"a": [\r\n\t\t1\r\n\t]\r\n}');
    expect(print('[]')).toBe('[]\n');
    expect(print('{ "a" : [1.0, {"b": {}}], "c": "\\u00e9" }', { indent: 0 })).toBe('{"a":[1.0,{"b":{}}],"c":"\\u00e9"}\n');
    expect(print('"x"')).toBe('"x"\n');
  });

  it('keeps unicode', () => {
    expect(print('{"é":"☃ 😀"}')).toBe('{\n  "é": "☃ 😀"\n}\n');
    expect(formatDocument(json('{"é":"☃ 😀"}'), { to: 'yaml' })).toBe('é: ☃ 😀\n');
  });

  it('keeps duplicate keys in preserve order and only the last one otherwise', () => {
    expect(print('{"a":1,"a":2}')).toBe('{\n  "a": 1,\n  "a": 2\n}\n');
    expect(print('{"a":1,"b":0,"a":2}', { order: 'asl' })).toBe('{\n  "b": 0,\n  "a": 2\n}\n');
    expect(print('{"a":1,"a":2}', { to: 'yaml' })).toBe('a: 2\n');
  });
});

describe('printAst: ASL order', () => {
  const source = JSON.stringify({
    States: {
      Z: { Next: 'A', Parameters: { z: 1, a: 2, Type: 'kept' }, Type: 'Task', Resource: 'arn', Retry: [{ MaxAttempts: 2, ErrorEquals: ['E'] }] },
      A: { End: true, Type: 'Map', ItemProcessor: { States: { I: { End: true, Type: 'Pass' } }, StartAt: 'I', ProcessorConfig: { Mode: 'INLINE' } } },
      C: { Type: 'Choice', Default: 'A', Choices: [{ Next: 'A', Not: { StringEquals: 'x', Variable: '$.v' } }] },
    },
    StartAt: 'Z',
    Comment: 'c',
  });
  const value = (text: string) => loadDocument(text, { format: 'json' }).value;

  it('sorts ASL fields, keeps state names and payloads in their order', () => {
    const out = print(source, { order: 'asl' });
    expect(value(out)).toEqual(JSON.parse(source));
    const keys = (o: unknown) => Object.keys(o as object);
    const parsed = JSON.parse(out) as Record<string, Record<string, Record<string, unknown>>>;
    expect(keys(parsed)).toEqual(['Comment', 'StartAt', 'States']);
    expect(keys(parsed.States)).toEqual(['Z', 'A', 'C']);
    const z = parsed.States!.Z!;
    expect(keys(z)).toEqual(['Type', 'Resource', 'Parameters', 'Retry', 'Next']);
    expect(keys(z.Parameters)).toEqual(['z', 'a', 'Type']);
    expect(keys((z.Retry as unknown[])[0])).toEqual(['ErrorEquals', 'MaxAttempts']);
    const a = parsed.States!.A!;
    expect(keys(a.ItemProcessor)).toEqual(['StartAt', 'States', 'ProcessorConfig']);
    expect(keys((a.ItemProcessor as Record<string, Record<string, unknown>>).States!.I)).toEqual(['Type', 'End']);
    const choice = (parsed.States!.C!.Choices as Record<string, unknown>[])[0]!;
    expect(keys(choice)).toEqual(['Next', 'Not']); // Not is no FIELD_ORDER field: it follows them
    expect(keys(choice.Not)).toEqual(['Variable', 'StringEquals']);
    expect(print(out, { order: 'asl' })).toBe(out);
  });

  it('preserve order never reorders', () => {
    expect(Object.keys(JSON.parse(print(source)) as object)).toEqual(['States', 'StartAt', 'Comment']);
  });
});

describe('printAst: YAML', () => {
  it('converts JSON → YAML → JSON with equal values', () => {
    const source = '{"Comment":"a: b","StartAt":"A","States":{"A":{"Type":"Pass","Result":{"s":["true","1","null","","yes","~","#x"," x","multi\\nline",true,1.5,null,[],{}],"n":{"x":[[1,2],{"y":[3]}]}},"End":true}}}';
    const y = formatDocument(json(source), { to: 'yaml' }) ?? '';
    expect(parseYaml(y, { version: '1.2' })).toEqual(JSON.parse(source));
    expect(parseYaml(y, { version: '1.1' })).toEqual(JSON.parse(source));
    const back = formatDocument(yaml(y), { to: 'json' }) ?? '';
    expect(JSON.parse(back)).toEqual(JSON.parse(source));
    expect(formatDocument(yaml(y))).toBe(y);
  });

  it('prints block style with nested sequences', () => {
    expect(print('{"a":[{"b":1,"c":[2,3]},[4]],"d":{}}', { to: 'yaml' })).toBe('a:\n  - b: 1\n    c:\n      - 2\n      - 3\n  - - 4\nd: {}\n');
    expect(print('{"a":{"b":[1]}}', { to: 'yaml', indent: 4 })).toBe('a:\n    b:\n        - 1\n');
  });

  it('keeps number text both ways', () => {
    expect(print('{"a":1.0,"b":12345678901234567890,"c":1e3}', { to: 'yaml' })).toBe('a: 1.0\nb: 12345678901234567890\nc: 1e3\n');
    expect(formatDocument(yaml('a: 1.0\nb: 12345678901234567890\nc: 0x1F\nd: .inf\n'), { to: 'json' })).toBe('{\n  "a": 1.0,\n  "b": 12345678901234567890,\n  "c": 31,\n  "d": null\n}\n');
    expect(formatDocument(yaml('c: 0x1F\n'))).toBe('c: 0x1F\n');
  });

  it('quotes strings that would read as something else', () => {
    for (const s of ['1', '1.0', 'true', 'False', 'null', '~', 'yes', 'off', '', ' lead', 'a: b', '- x', '#c', '0x10', '.inf']) {
      expect(parseYaml(`k: ${yamlString(s)}`, { version: '1.1' })).toEqual({ k: s });
      expect(parseYaml(`k: ${yamlString(s)}`, { version: '1.2' })).toEqual({ k: s });
    }
    for (const s of ["it's\n\"quoted\"", 'a\n\nb', 'tab\tand\r\n', "States.Format('one {}\\ntwo {}')"]) {
      expect(yamlString(s)).not.toContain('\n');
      expect(parseYaml(`k: ${yamlString(s)}`, { version: '1.2' })).toEqual({ k: s });
    }
    expect(yamlString('plain words')).toBe('plain words');
    expect(print('{"1":"x","true":"y"}', { to: 'yaml' })).toBe('"1": x\n"true": "y"\n');
  });

  it('prints scalars at the root', () => {
    expect(formatDocument(json('"true"'), { to: 'yaml' })).toBe('"true"\n');
    expect(formatDocument(json('{}'), { to: 'yaml' })).toBe('{}\n');
  });

  it('returns undefined without a syntax tree', () => {
    expect(formatDocument(json(''))).toBeUndefined();
    expect(printAst({ kind: 'null', offset: 0, length: 4, value: null }, { text: 'null', format: 'json' })).toBe('null\n');
  });
});

describe('yamlFormattingHazard', () => {
  it('finds what printing from the value would lose', () => {
    expect(yamlFormattingHazard('a: 1\nb: [x, "y # z"]\n')).toBeUndefined();
    expect(yamlFormattingHazard('# top\na: 1\n')).toBe('comments');
    expect(yamlFormattingHazard('a: 1 # trailing\n')).toBe('comments');
    expect(yamlFormattingHazard('a:\n  # inside\n  b: 1\n')).toBe('comments');
    expect(yamlFormattingHazard('a: !Sub "x"\n')).toBe('tags');
    expect(yamlFormattingHazard('a: &x 1\nb: *x\n')).toBeDefined();
    expect(yamlFormattingHazard('a: 1\n---\nb: 2\n')).toBe('several documents');
  });
});
