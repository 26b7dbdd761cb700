import { describe, expect, it } from 'vitest';
import { loadDocument } from './document.js';
import { toAwsLocation, toJsonPointer, fromAwsLocation, fromJsonPointer } from './path.js';

describe('loadDocument (JSON)', () => {
  it('builds the value and positions in one pass', () => {
    const doc = loadDocument('{\n  "StartAt": "A",\n  "States": {"A": {"Type": "Pass", "End": true}}\n}', { fileName: 'x.asl.json' });
    expect(doc.problems).toEqual([]);
    expect(doc.value).toEqual({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
    expect(doc.rangeOf(['StartAt'])).toEqual({ start: { line: 1, character: 13 }, end: { line: 1, character: 16 } });
    expect(doc.rangeOf(['States', 'A', 'Type'], { key: true }).start).toEqual({ line: 2, character: 19 });
  });

  it('reports comments and trailing commas in .json but accepts them in .jsonc', () => {
    const text = '{ // hi\n "a": [1, 2,],\n}';
    const strict = loadDocument(text, { fileName: 'x.json' });
    expect(strict.problems.map((p) => p.kind)).toEqual(['comment', 'trailing-comma', 'trailing-comma']);
    expect(strict.value).toEqual({ a: [1, 2] });
    expect(loadDocument(text, { fileName: 'x.jsonc' }).problems).toEqual([]);
  });

  it('reports duplicate keys and keeps the last value', () => {
    const doc = loadDocument('{"a": 1, "a": 2}');
    expect(doc.problems).toMatchObject([{ kind: 'duplicate-key', key: 'a', offset: 9, firstOffset: 1 }]);
    expect(doc.value).toEqual({ a: 2 });
  });

  it('keeps number source text and treats __proto__ as data', () => {
    const doc = loadDocument('{"n": 1.0, "__proto__": {"x": 1}}');
    expect(doc.nodeAt(['n'])).toMatchObject({ kind: 'number', raw: '1.0', value: 1 });
    expect(Object.keys(doc.value as object)).toEqual(['n', '__proto__']);
  });

  it('reports syntax errors and empty documents', () => {
    expect(loadDocument('not json', { format: 'json' }).problems[0]).toMatchObject({ kind: 'syntax', offset: 0 });
    expect(loadDocument('   ', { format: 'json' }).problems).toMatchObject([{ kind: 'empty' }]);
  });
});

describe('loadDocument (YAML)', () => {
  it('resolves aliases, keeps positions and reports duplicates', () => {
    const text = 'StartAt: A\nStates:\n  A: &pass\n    Type: Pass\n    End: true\n  B: *pass\n  A: {Type: Succeed}\n';
    const doc = loadDocument(text, { fileName: 'm.asl.yaml' });
    expect(doc.format).toBe('yaml');
    expect((doc.value as { States: Record<string, unknown> }).States['B']).toEqual({ Type: 'Pass', End: true });
    expect(doc.problems).toMatchObject([{ kind: 'duplicate-key', key: 'A' }]);
    expect(doc.rangeOf(['StartAt']).start).toEqual({ line: 0, character: 9 });
  });

  it('is YAML 1.2: yes/no are strings', () => {
    expect(loadDocument('a: yes\nb: true\n', { format: 'yaml' }).value).toEqual({ a: 'yes', b: true });
  });
});

describe('paths', () => {
  it('renders AWS locations and JSON pointers', () => {
    const path = ['States', 'C/D', 'Choices', 0, 'Condition'];
    expect(toAwsLocation(path)).toBe('/States/C/D/Choices[0]/Condition');
    expect(toJsonPointer(path)).toBe('/States/C~1D/Choices/0/Condition');
    expect(toAwsLocation([])).toBe('/');
    expect(fromAwsLocation('/States/C/Choices[0]/Condition')).toEqual(['States', 'C', 'Choices', 0, 'Condition']);
    expect(fromJsonPointer('/a~1b/~0')).toEqual(['a/b', '~']);
  });
});
