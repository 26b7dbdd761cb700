import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { query } from 'jsonpath-rfc9535';
import type { JsonValue } from '@aslkit/core';
import { evaluatePath, parseJsonPath } from '@aslkit/expressions';

/**
 * Differential test against jsonpath-rfc9535 on the subset where RFC 9535 and Jayway agree: names, indexes,
 * wildcards, index unions, slices without negative starts in two-bound form, deep scan (compared as
 * multisets: RFC 9535 leaves the order of object members open) and filters on arrays of objects.
 * Where Jayway differs by design (a definite path returns the value, or fails when nothing matches), the
 * comparison maps value → [value] and failure → [].
 */
const PATHS: [jayway: string, rfc: string, unordered?: boolean][] = [
  ['$', '$'],
  ['$.n', '$.n'],
  ['$.items', '$.items'],
  ['$.items[0]', '$.items[0]'],
  ['$.items[-1]', '$.items[-1]'],
  ['$.items[0].x', '$.items[0].x'],
  ["$['items'][1]['y']", "$['items'][1]['y']"],
  ['$.items[*]', '$.items[*]'],
  ['$.items.*', '$.items.*'],
  ['$.items[*].x', '$.items[*].x'],
  ['$.items[*].tags[*]', '$.items[*].tags[*]'],
  ['$.items[0,2]', '$.items[0,2]'],
  ['$.items[1:3]', '$.items[1:3]'],
  ['$.items[:2]', '$.items[:2]'],
  ['$.items[-2:]', '$.items[-2:]'],
  ['$.items[:-1]', '$.items[:-1]'],
  ['$.items[1:]', '$.items[1:]'],
  ['$..x', '$..x', true],
  ['$..tags', '$..tags', true],
  ['$..*', '$..*', true],
  ['$.meta.*', '$.meta.*'],
  ['$.items[?(@.x > 1)]', '$.items[?@.x > 1]'],
  ['$.items[?(@.x == 2)].y', '$.items[?@.x == 2].y'],
  ['$.items[?(@.x >= 0 && @.x < 3)]', '$.items[?@.x >= 0 && @.x < 3]'],
  ['$.items[?(@.x < 0 || @.x > 4)].x', '$.items[?@.x < 0 || @.x > 4].x'],
  ['$.items[?(@.y)]', '$.items[?@.y]'],
  ['$.items[?(!(@.x <= 1))].x', '$.items[?!(@.x <= 1)].x'],
  ["$.items[?(@.y == 'a')]", "$.items[?@.y == 'a']"],
  ['$.items[?(@.x != 3)].x', '$.items[?@.x != 3].x'],
];

const item = fc.record(
  {
    x: fc.integer({ min: -5, max: 5 }),
    y: fc.constantFrom('a', 'b', ''),
    tags: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 3 }),
  },
  { requiredKeys: ['x'] },
);
const documentArb = fc.record({
  items: fc.array(item, { maxLength: 6 }),
  n: fc.integer(),
  meta: fc.dictionary(fc.constantFrom('p', 'q', 'r', 's'), fc.oneof(fc.integer(), fc.string({ maxLength: 3 }), fc.constant(null))),
});

function sorted(values: unknown[]): string[] {
  return values.map((value) => JSON.stringify(value)).sort();
}

describe('JSONPath differential test against RFC 9535 (agreeing subset)', () => {
  it.each(PATHS)('%s', (jayway, rfc, unordered) => {
    const parsed = parseJsonPath(jayway);
    expect(parsed.ok).toBe(true);
    const definite = parsed.ok && parsed.value.definite;
    fc.assert(
      fc.property(documentArb, (document) => {
        const ours = evaluatePath(jayway, document as JsonValue);
        const theirs = query(document, rfc) as unknown[];
        const oursList = ours.ok ? (definite ? [ours.value] : (ours.value as JsonValue[])) : [];
        if (unordered) expect(sorted(oursList)).toEqual(sorted(theirs));
        else expect(oursList).toEqual(theirs);
      }),
      { numRuns: 150 },
    );
  });
});
