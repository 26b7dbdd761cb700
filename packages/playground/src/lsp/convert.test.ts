import { describe, expect, it } from 'vitest';
import { completionKindName, diagnosticKey, hoverMarkdown, toEditorPosition, toEditorRange, toEditorSymbolKind, toLspPosition, toLspRange, toMarkerSeverity } from './convert.js';

describe('LSP ↔ Monaco conversions', () => {
  it('shifts lines and characters by one both ways', () => {
    expect(toEditorPosition({ line: 0, character: 4 })).toEqual({ lineNumber: 1, column: 5 });
    expect(toLspPosition({ lineNumber: 1, column: 5 })).toEqual({ line: 0, character: 4 });
    const range = { start: { line: 2, character: 3 }, end: { line: 4, character: 0 } };
    expect(toLspRange(toEditorRange(range))).toEqual(range);
  });

  it('maps severities, kinds and symbol kinds', () => {
    expect([1, 2, 3, 4, undefined].map((s) => toMarkerSeverity(s as 1 | 2 | 3 | 4 | undefined))).toEqual([8, 4, 2, 1, 8]);
    expect(completionKindName(10)).toBe('Property');
    expect(completionKindName(15)).toBe('Snippet');
    expect(completionKindName(undefined)).toBe('Text');
    expect(toEditorSymbolKind(1)).toBe(0);
  });

  it('turns hover contents into Markdown', () => {
    expect(hoverMarkdown({ contents: { kind: 'markdown', value: '**A**' } })).toEqual(['**A**']);
    expect(hoverMarkdown({ contents: { kind: 'plaintext', value: 'a*b' } })).toEqual(['a\\*b']);
    expect(hoverMarkdown({ contents: ['x', { language: 'json', value: '{}' }] })).toEqual(['x', '```json\n{}\n```']);
  });

  it('keys diagnostics by what markers keep', () => {
    const range = { startLineNumber: 1, startColumn: 2, endLineNumber: 1, endColumn: 5 };
    expect(diagnosticKey(range, 'CODE', 'msg')).toBe(diagnosticKey({ ...range }, 'CODE', 'msg'));
    expect(diagnosticKey(range, undefined, 'msg')).not.toBe(diagnosticKey(range, 'CODE', 'msg'));
  });
});
