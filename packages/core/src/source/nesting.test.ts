import { describe, expect, it } from 'vitest';
import { MAX_JSON_NESTING_DEPTH } from '../limits.js';
import { loadDocument } from './document.js';
import { firstTooDeepOpening, nestsDeeperThan } from './nesting.js';

const arrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const objects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

describe('JSON nesting depth', () => {
  it('loads text nested exactly as deep as AWS allows', () => {
    for (const text of [arrays(MAX_JSON_NESTING_DEPTH), objects(MAX_JSON_NESTING_DEPTH)]) {
      const document = loadDocument(text, { format: 'json' });
      expect(document.problems).toEqual([]);
      expect(document.root).toBeDefined();
    }
  });

  it('gives one NestingTooDeep problem, and no tree, one level deeper — and at any depth, without running out of stack', () => {
    for (const depth of [MAX_JSON_NESTING_DEPTH + 1, 20_000, 400_000]) {
      for (const [text, offset] of [[arrays(depth), MAX_JSON_NESTING_DEPTH], [objects(depth), MAX_JSON_NESTING_DEPTH * 5], ['['.repeat(depth), MAX_JSON_NESTING_DEPTH]] as const) {
        for (const format of ['json', 'jsonc'] as const) {
          const document = loadDocument(text, { format });
          expect(document.root).toBeUndefined();
          expect(document.problems).toEqual([{ kind: 'syntax', message: `Nesting deeper than ${MAX_JSON_NESTING_DEPTH} levels`, offset, length: 1, detail: 'NestingTooDeep' }]);
        }
      }
    }
  });

  it('counts only brackets outside strings and comments', () => {
    const inString = `["${'['.repeat(5000)}"]`;
    expect(firstTooDeepOpening(inString)).toBe(-1);
    const inComments = `// ${'['.repeat(5000)}\n/* ${'{'.repeat(5000)} */ [1]`;
    expect(firstTooDeepOpening(inComments)).toBe(-1);
    expect(firstTooDeepOpening(`"a\\"${'['.repeat(3)}"`, 2)).toBe(-1);
    expect(firstTooDeepOpening('[[[', 2)).toBe(2);
  });

  it('YAML nested beyond what the parser can recurse into is a problem, not an exception', () => {
    for (const depth of [5_000]) {
      const document = loadDocument(arrays(depth), { format: 'yaml' });
      expect(document.problems.length).toBeGreaterThan(0);
      expect(document.problems[0]).toMatchObject({ kind: 'syntax' });
    }
  });
});

describe('nestsDeeperThan', () => {
  it('measures values iteratively, top value at level 1', () => {
    const deep = (depth: number): unknown => { let value: unknown = 1; for (let i = 0; i < depth; i++) value = [value]; return value; };
    expect(nestsDeeperThan(deep(1000))).toBe(false);
    expect(nestsDeeperThan(deep(1001))).toBe(true);
    expect(nestsDeeperThan(deep(200_000))).toBe(true);
    expect(nestsDeeperThan({ a: { b: [1] } }, 3)).toBe(false);
    expect(nestsDeeperThan({ a: { b: [[1]] } }, 3)).toBe(true);
    expect(nestsDeeperThan('text', 0)).toBe(false);
  });
});
