import type { Diagnostic, SourceDocument } from '@aslkit/core';

/**
 * Inline suppression comments in JSONC (`//`, `/* *\/`) and YAML (`#`) definitions:
 *
 * - `aslkit-disable-next-line [ids]`: the next line
 * - `aslkit-disable-line [ids]`: the comment's own line
 * - `aslkit-disable [ids]` … `aslkit-enable [ids]`: a region (to the end of the file when not closed)
 *
 * `ids` are rule ids or AWS codes separated by commas or spaces; none means every rule. Text after
 * `--` is a free description. Lines are zero-based, as in diagnostics' ranges.
 */
export interface SuppressionComment {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  /** Rule ids; empty for all rules. */
  ruleIds: string[];
  /** The zero-based line the comment is on. */
  line: number;
  offset: number;
  length: number;
}

export interface Suppressions {
  comments: SuppressionComment[];
  /** Whether a finding of `ruleId` (or AWS `code`) starting on `line` is suppressed. */
  isSuppressed(ruleId: string, line: number | undefined): boolean;
}

interface RawComment {
  text: string;
  offset: number;
  length: number;
}

/** `//` and block comments of JSON/JSONC text, skipping strings. */
function jsonComments(text: string): RawComment[] {
  const comments: RawComment[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (char === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      comments.push({ text: text.slice(i + 2, stop), offset: i, length: stop - i });
      i = stop;
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      comments.push({ text: text.slice(i + 2, end < 0 ? text.length : end), offset: i, length: stop - i });
      i = stop - 1;
    }
  }
  return comments;
}

/** `#` comments of YAML text: a `#` at a line start or after whitespace, outside quotes on that line. */
function yamlComments(text: string): RawComment[] {
  const comments: RawComment[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    let quote: string | undefined;
    for (let i = lineStart; i < lineEnd; i++) {
      const char = text[i];
      if (quote) {
        if (quote === '"' && char === '\\') i++;
        else if (char === quote) quote = undefined;
      } else if ((char === '"' || char === "'") && (i === lineStart || /[\s:,[{-]/.test(text[i - 1] ?? ''))) {
        quote = char;
      } else if (char === '#' && (i === lineStart || /\s/.test(text[i - 1] ?? ''))) {
        comments.push({ text: text.slice(i + 1, lineEnd).replace(/\r$/, ''), offset: i, length: lineEnd - i });
        break;
      }
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return comments;
}

const DIRECTIVE = /^\s*aslkit-(disable-next-line|disable-line|disable|enable)(?=\s|$)([^]*)$/;

function lineOf(text: string, offset: number, lineStarts: number[]): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Finds the suppression comments of a definition's text. */
export function parseSuppressionComments(text: string, format: 'json' | 'jsonc' | 'yaml'): SuppressionComment[] {
  const raw = format === 'yaml' ? yamlComments(text) : jsonComments(text);
  if (raw.length === 0) return [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const comments: SuppressionComment[] = [];
  for (const comment of raw) {
    const match = DIRECTIVE.exec(comment.text.replace(/\*\/$/, ''));
    if (!match) continue;
    const list = (match[2] ?? '').split('--')[0] ?? '';
    const ruleIds = list.split(/[\s,]+/).filter((id) => id.length > 0);
    comments.push({
      kind: match[1] as SuppressionComment['kind'],
      ruleIds,
      line: lineOf(text, comment.offset, lineStarts),
      offset: comment.offset,
      length: comment.length,
    });
  }
  return comments;
}

/** Builds the suppression lookup of a definition's text. */
export function parseSuppressions(text: string, format: 'json' | 'jsonc' | 'yaml'): Suppressions {
  const comments = parseSuppressionComments(text, format);
  const byLine = new Map<number, SuppressionComment[]>();
  const regions = comments.filter((comment) => comment.kind === 'disable' || comment.kind === 'enable');
  for (const comment of comments) {
    if (comment.kind !== 'disable-line' && comment.kind !== 'disable-next-line') continue;
    const line = comment.kind === 'disable-line' ? comment.line : comment.line + 1;
    const list = byLine.get(line) ?? [];
    list.push(comment);
    byLine.set(line, list);
  }
  const names = (comment: SuppressionComment, ruleId: string): boolean => comment.ruleIds.length === 0 || comment.ruleIds.includes(ruleId);
  return {
    comments,
    isSuppressed(ruleId: string, line: number | undefined): boolean {
      if (line === undefined) return false;
      if (byLine.get(line)?.some((comment) => names(comment, ruleId))) return true;
      let disabled = false;
      for (const region of regions) {
        if (region.line > line) break;
        if (names(region, ruleId)) disabled = region.kind === 'disable';
      }
      return disabled;
    },
  };
}

/**
 * Splits diagnostics into those kept and those suppressed by comments. A diagnostic is matched by
 * its `ruleId` or its `code`, on the line where its range starts; those without a range are kept.
 */
export function applySuppressions<T extends Diagnostic>(diagnostics: readonly T[], suppressions: Suppressions): { kept: T[]; suppressed: T[] } {
  const kept: T[] = [];
  const suppressed: T[] = [];
  if (suppressions.comments.length === 0) return { kept: [...diagnostics], suppressed };
  for (const diagnostic of diagnostics) {
    const line = diagnostic.range?.start.line;
    const hit =
      suppressions.isSuppressed(diagnostic.code, line) ||
      (diagnostic.ruleId !== undefined && suppressions.isSuppressed(diagnostic.ruleId, line));
    (hit ? suppressed : kept).push(diagnostic);
  }
  return { kept, suppressed };
}

/** The suppressions of a loaded definition (its text and format). */
export function suppressionsOf(document: Pick<SourceDocument, 'text' | 'format'>): Suppressions {
  return parseSuppressions(document.text, document.format);
}
