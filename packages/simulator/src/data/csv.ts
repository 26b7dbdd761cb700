/** Delimiters of ItemReader's ReaderConfig.CSVDelimiter. */
export const CSV_DELIMITERS: Record<string, string> = { COMMA: ',', PIPE: '|', SEMICOLON: ';', SPACE: ' ', TAB: '\t' };

/**
 * Splits CSV text into rows of fields (RFC 4180 quoting with `"`; `""` is an escaped quote).
 * A final empty line is not a row; whitespace-only lines are (AWS keeps them).
 */
export function parseCsvRows(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  let rowHasContent = false;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"') {
        if (text.charAt(i + 1) === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      rowHasContent = true;
      i++;
    } else if (ch === delimiter) {
      row.push(field);
      field = '';
      rowHasContent = true;
      i++;
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      rowHasContent = false;
      i += ch === '\r' && text.charAt(i + 1) === '\n' ? 2 : 1;
    } else {
      field += ch;
      rowHasContent = true;
      i++;
    }
  }
  if (rowHasContent || field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows to objects keyed by `headers`: extra fields are dropped, missing ones are "". */
export function rowsToObjects(rows: string[][], headers: readonly string[]): Record<string, string>[] {
  return rows.map((row) => {
    const item: Record<string, string> = {};
    headers.forEach((h, i) => {
      item[h] = row[i] ?? '';
    });
    return item;
  });
}
