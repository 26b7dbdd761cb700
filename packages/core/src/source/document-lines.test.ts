import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDocument } from './document.js';
import { LineIndex } from './line-index.js';

describe('SourceDocument.lines', () => {
  it('is built on first use, once, and answers like an index built up front', () => {
    const text = '{\r\n  "StartAt": "A",\n  "States": {}\r}';
    const document = loadDocument(text, { format: 'json' });
    const lines = document.lines;
    expect(lines).toBeInstanceOf(LineIndex);
    expect(document.lines).toBe(lines);
    const eager = new LineIndex(text);
    expect(lines.lineCount).toBe(eager.lineCount);
    for (let offset = 0; offset <= text.length; offset++) expect(lines.positionAt(offset)).toEqual(eager.positionAt(offset));
    expect(document.rangeOf(['StartAt'])).toEqual({ start: { line: 1, character: 13 }, end: { line: 1, character: 16 } });
  });

  it('is read-only to TypeScript', () => {
    const document = loadDocument('{}', { format: 'json' });
    // @ts-expect-error `lines` has no setter
    expect(() => (document.lines = new LineIndex(''))).toThrow(TypeError);
  });
});

/** Line starts by the definition: after each `\r\n`, lone `\r` and lone `\n`. */
function referenceLineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length);
  return starts;
}

describe('LineIndex', () => {
  it('finds the same lines with \\n only (indexOf path) and with \\r breaks (scan path)', () => {
    const piece = fc.constantFrom('a', '\n', '\r', '\r\n', '\n\r', 'é', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const index = new LineIndex(text);
        const starts = referenceLineStarts(text);
        expect(index.lineCount).toBe(starts.length);
        starts.forEach((start, line) => {
          expect(index.positionAt(start)).toEqual({ line, character: 0 });
          expect(index.offsetAt({ line, character: 0 })).toBe(start);
        });
      }),
      { numRuns: 500 },
    );
  });
});
