import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { JsonValue } from '@aslkit/core';
import {
  checkIntrinsic,
  checkJsonata,
  checkJsonPath,
  checkPayloadTemplate,
  evaluateIntrinsic,
  evaluateJsonata,
  evaluatePath,
  evaluatePayloadTemplate,
  parseIntrinsic,
  parseJsonata,
  parseJsonPath,
  applyResultPath,
} from '@aslkit/expressions';

/** Strings biased towards the characters that matter to each grammar. */
const pathish = fc.stringMatching(/^\$[$a-z.[\]'"*?()@=<>!&|, 0-9:~\-/\\]{0,30}$/);
const intrinsicish = fc
  .array(fc.constantFrom('States.', 'Format', 'Array', '(', ')', ',', "'", '\\', '{}', '$.a', '$$', '1', '-2.5', 'true', 'null', ' ', 'States.UUID()', 'x'), { maxLength: 20 })
  .map((parts) => parts.join(''));
const jsonataish = fc
  .array(fc.constantFrom('$', 'states', '.', 'input', '(', ')', '[', ']', '{', '}', '?', ':', '??', '?:', '"', "'", ',', '+', 'function', '$x', ':=', ';', '1', ' ', '~>', '$sum', '$eval'), { maxLength: 20 })
  .map((parts) => parts.join(''));

function offsetsInside(text: string, result: { ok: boolean; error?: { offset?: number } }): void {
  if (!result.ok) {
    const offset = result.error?.offset ?? 0;
    expect(offset).toBeGreaterThanOrEqual(0);
    expect(offset).toBeLessThanOrEqual(text.length);
  }
}

describe('parsers never throw and report offsets inside the text', () => {
  it('parseJsonPath / checkJsonPath', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), pathish), (text) => {
        offsetsInside(text, parseJsonPath(text, { mode: 'path' }));
        offsetsInside(text, parseJsonPath(text, { mode: 'reference' }));
        checkJsonPath(text);
      }),
      { numRuns: 2000 },
    );
  });
  it('parseIntrinsic / checkIntrinsic', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), intrinsicish), (text) => {
        offsetsInside(text, parseIntrinsic(text));
        checkIntrinsic(text);
      }),
      { numRuns: 2000 },
    );
  });
  it('parseJsonata / checkJsonata', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), jsonataish), (text) => {
        offsetsInside(text, parseJsonata(text));
        checkJsonata(text);
      }),
      { numRuns: 1000 },
    );
  });
});

const PATHS = ['$', '$.a', '$.a.b', '$.a[0]', '$[*]', '$..*', '$..a', '$.a[?(@.b > 1)]', '$[1:3]', "$['a','b']", '$.*.*', '$[-1]', '$..[0]', '$[?(@ == 1)]'];
const INTRINSICS = [
  'States.JsonToString($)',
  'States.Format(\'{}\', $)',
  'States.ArrayLength($.a)',
  'States.ArrayUnique($)',
  'States.StringToJson($.a)',
  'States.Hash($, \'SHA-1\')',
  'States.JsonMerge($, $.a, false)',
  'States.ArrayContains($, $.a)',
  'States.ArrayPartition($, 2)',
  "States.StringSplit($, ',')",
];

describe('evaluators terminate on arbitrary JSON without throwing', () => {
  it('evaluatePath', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (input) => {
        for (const path of PATHS) evaluatePath(path, input as JsonValue);
      }),
      { numRuns: 500 },
    );
  });
  it('evaluateIntrinsic', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (input) => {
        for (const text of INTRINSICS) evaluateIntrinsic(text, input as JsonValue);
      }),
      { numRuns: 500 },
    );
  });
  it('payload templates and ResultPath', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 3 }), (template, input) => {
        evaluatePayloadTemplate(template as JsonValue, input as JsonValue);
        evaluatePayloadTemplate({ 'x.$': '$.a', 'y.$': 'States.JsonToString($)', z: [template as JsonValue] }, input as JsonValue);
        checkPayloadTemplate(template as JsonValue);
        applyResultPath(input as JsonValue, template as JsonValue, '$.a.b');
      }),
      { numRuns: 300 },
    );
  });
  it('evaluateJsonata on arbitrary expressions and inputs', async () => {
    await fc.assert(
      fc.asyncProperty(jsonataish, fc.jsonValue({ maxDepth: 3 }), async (text, input) => {
        const result = await evaluateJsonata(text, { input: input as JsonValue }, { jsonataLimits: { timeoutMs: 500 } });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
