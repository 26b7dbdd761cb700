import { describe, expect, it } from 'vitest';
import type { JsonValue } from '@aslkit/core';
import { evaluatePayloadTemplate } from './evaluate.js';
import { checkPayloadTemplate } from './check.js';

const input: JsonValue = { a: 1, list: [{ id: 'x' }, { id: 'y' }], s: 'hello' };
const env = { context: { Map: { Item: { Index: 2 } } }, variables: { user: { name: 'Ann' } } };

describe('evaluatePayloadTemplate', () => {
  it('evaluates .$ keys (path, context, variable, intrinsic) through objects and arrays', () => {
    const template: JsonValue = {
      'a.$': '$.a',
      'ids.$': '$.list[*].id',
      'index.$': '$$.Map.Item.Index',
      'name.$': '$user.name',
      'upper.$': "States.Format('{}!', $.s)",
      literal: 'keep $.a',
      nested: { deeper: [{ 'v.$': '$.a' }, 'plain', 3] },
    };
    expect(evaluatePayloadTemplate(template, input, env)).toEqual({
      ok: true,
      value: { a: 1, ids: ['x', 'y'], index: 2, name: 'Ann', upper: 'hello!', literal: 'keep $.a', nested: { deeper: [{ v: 1 }, 'plain', 3] } },
    });
  });

  it('fails with AWS texts', () => {
    expect(evaluatePayloadTemplate({ 'value.$': '$.no_such_jsonpath' }, { x: 1 })).toEqual({
      ok: false,
      error: { code: 'States.Runtime', message: `The JSONPath '$.no_such_jsonpath' specified for the field 'value.$' could not be found in the input '{"x":1}'` },
    });
    // Recorded on AWS re:Post: path functions parse but never find a value.
    expect(evaluatePayloadTemplate({ 'Jobs.$': '$.Jobs.sum()' }, { Jobs: [0, 1] })).toEqual({
      ok: false,
      error: { code: 'States.Runtime', message: `The JSONPath '$.Jobs.sum()' specified for the field 'Jobs.$' could not be found in the input '{"Jobs":[0,1]}'` },
    });
    const intrinsic = evaluatePayloadTemplate({ 'v.$': 'States.ArrayLength($.a)' }, input);
    expect(intrinsic.ok).toBe(false);
    const notString = evaluatePayloadTemplate({ 'v.$': 3 }, input);
    expect(notString.ok).toBe(false);
  });
});

describe('checkPayloadTemplate', () => {
  it('reports duplicate keys after stripping .$, bad values and nested paths', () => {
    const findings = checkPayloadTemplate({ a: 1, 'a.$': '$.x', b: { 'c.$': 'nope', 'd.$': '$..[', 'e.$': 'States.Nope()', list: [{ 'f.$': 5 }] } });
    expect(findings.map((finding) => [finding.code, finding.path])).toEqual([
      ['template.duplicateKey', ['a.$']],
      ['template.valueType', ['b', 'c.$']],
      ['jsonpath.syntax', ['b', 'd.$']],
      ['intrinsic.unknown', ['b', 'e.$']],
      ['template.valueType', ['b', 'list', 0, 'f.$']],
    ]);
  });
  it('accepts valid templates', () => {
    expect(checkPayloadTemplate({ 'a.$': '$.a', 'b.$': '$$.Execution.Id', 'c.$': 'States.UUID()', d: { 'e.$': '$v' } })).toEqual([]);
  });
});
