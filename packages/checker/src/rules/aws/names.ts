/**
 * Naming rules shared by state machine names and Map Labels (AWS: no whitespace, brackets,
 * wildcards, special characters or control characters).
 */
const FORBIDDEN = new Set([...'<>{}[]?*"#%\\^|~`$&,;:/']);

/** The first character AWS does not allow in a state machine name or label, or undefined. */
export function firstInvalidNameCharacter(name: string): string | undefined {
  for (const char of name) {
    const code = char.codePointAt(0) as number;
    if (FORBIDDEN.has(char) || /\s/u.test(char) || code < 0x20 || (code >= 0x7f && code <= 0x9f)) return char;
  }
  return undefined;
}

/** Length in Unicode code points, as AWS counts characters. */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** Control characters are the only characters a state name cannot hold. */
export function hasControlCharacter(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f-\u009f]/.test(text);
}
