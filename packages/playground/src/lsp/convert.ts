/**
 * Pure conversions between LSP's shapes (0-based lines and characters) and Monaco's (1-based lines
 * and columns). Monaco's enums are passed in by name so this module has no editor dependency.
 */
import type { Diagnostic, Hover, MarkupContent, Position, Range } from 'vscode-languageserver-protocol';

export interface EditorPosition {
  lineNumber: number;
  column: number;
}

export interface EditorRange {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

export function toEditorPosition(position: Position): EditorPosition {
  return { lineNumber: position.line + 1, column: position.character + 1 };
}

export function toLspPosition(position: EditorPosition): Position {
  return { line: position.lineNumber - 1, character: position.column - 1 };
}

export function toEditorRange(range: Range): EditorRange {
  return {
    startLineNumber: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLineNumber: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

export function toLspRange(range: EditorRange): Range {
  return {
    start: { line: range.startLineNumber - 1, character: range.startColumn - 1 },
    end: { line: range.endLineNumber - 1, character: range.endColumn - 1 },
  };
}

/** Monaco's MarkerSeverity values (Hint 1, Info 2, Warning 4, Error 8) for LSP's severities 1–4. */
export function toMarkerSeverity(severity: Diagnostic['severity']): 1 | 2 | 4 | 8 {
  switch (severity) {
    case 2:
      return 4;
    case 3:
      return 2;
    case 4:
      return 1;
    default:
      return 8;
  }
}

/** A key that identifies a diagnostic by what Monaco keeps of it (range, code, message). */
export function diagnosticKey(range: EditorRange, code: string | number | undefined, message: string): string {
  return `${range.startLineNumber}:${range.startColumn}:${range.endLineNumber}:${range.endColumn}|${code ?? ''}|${message}`;
}

/** Hover contents as a list of Markdown strings. */
export function hoverMarkdown(hover: Hover): string[] {
  const parts = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
  return parts.map((part) => {
    if (typeof part === 'string') return part;
    if ('kind' in part) return (part as MarkupContent).kind === 'markdown' ? part.value : escapeMarkdown(part.value);
    return '```' + part.language + '\n' + part.value + '\n```';
  });
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

/** LSP CompletionItemKind (1-based) → the name of Monaco's CompletionItemKind member. */
const COMPLETION_KIND_NAMES = [
  'Text', 'Method', 'Function', 'Constructor', 'Field', 'Variable', 'Class', 'Interface', 'Module', 'Property', 'Unit',
  'Value', 'Enum', 'Keyword', 'Snippet', 'Color', 'File', 'Reference', 'Folder', 'EnumMember', 'Constant', 'Struct',
  'Event', 'Operator', 'TypeParameter',
] as const;

export type CompletionKindName = (typeof COMPLETION_KIND_NAMES)[number];

export function completionKindName(kind: number | undefined): CompletionKindName {
  return COMPLETION_KIND_NAMES[(kind ?? 1) - 1] ?? 'Text';
}

/** LSP SymbolKind is Monaco's SymbolKind plus one. */
export function toEditorSymbolKind(kind: number): number {
  return Math.max(0, kind - 1);
}
