/**
 * What the loader found wrong with the text itself. The checker turns these into AWS's
 * INVALID_JSON_DESCRIPTION diagnostics; editors show them where they are.
 */
export type ParseProblemKind =
  /** The text is not JSON/YAML at this point (`detail` says what the parser expected). */
  | 'syntax'
  /** A `//` or block comment in a `.json` file (AWS's parser rejects comments). */
  | 'comment'
  /** A trailing comma before `}` or `]` in a `.json` file. */
  | 'trailing-comma'
  /** The same key twice in one object; the value is the last one. */
  | 'duplicate-key'
  /** Only whitespace (or nothing). */
  | 'empty';

export interface ParseProblem {
  kind: ParseProblemKind;
  message: string;
  /** Start of the offending text (UTF-16 offset). */
  offset: number;
  length: number;
  /** For `syntax`: the parser's own name for the problem, e.g. `ValueExpected`. */
  detail?: string;
  /** For `duplicate-key`: the key, and the offset of its first occurrence. */
  key?: string;
  firstOffset?: number;
}
