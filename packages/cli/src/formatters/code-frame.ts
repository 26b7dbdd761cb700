import type { Range } from '@aslkit/core';

export interface FramePaint {
  gutter(text: string): string;
  marker(text: string): string;
}

const plain: FramePaint = { gutter: (t) => t, marker: (t) => t };

/** A few lines of source around `range`, the first line of the range underlined with `^`. */
export function codeFrame(text: string, range: Range, paint: FramePaint = plain, context = 1): string {
  const lines = text.split(/\r?\n|\r/);
  const first = Math.max(0, range.start.line - context);
  const last = Math.min(lines.length - 1, range.start.line + context);
  const width = String(last + 1).length;
  const out: string[] = [];
  // Long lines (JSON in a string literal) are shown as a window around the range's start.
  const windowStart = range.start.character > 100 ? range.start.character - 60 : 0;
  for (let line = first; line <= last; line++) {
    const source = (lines[line] ?? '').replace(/\t/g, ' ');
    const current = line === range.start.line;
    const number = String(line + 1).padStart(width);
    const head = windowStart > 0 ? '…' : '';
    const body = source.slice(windowStart, windowStart + 160);
    const clipped = head + body + (source.length > windowStart + 160 ? '…' : '');
    out.push(`${current ? paint.marker('>') : ' '} ${paint.gutter(`${number} |`)}${clipped ? ' ' + clipped : ''}`);
    if (current) {
      const start = range.start.character - windowStart + head.length;
      const end = range.end.line === line ? range.end.character - windowStart + head.length : clipped.length;
      const length = Math.max(1, Math.min(end, head.length + 160) - start);
      out.push(`  ${paint.gutter(`${' '.repeat(width)} |`)} ${' '.repeat(Math.max(0, start))}${paint.marker('^'.repeat(length))}`);
    }
  }
  return out.join('\n');
}
