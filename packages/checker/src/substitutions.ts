/**
 * `${Name}` placeholders of CloudFormation/SAM DefinitionSubstitutions (and Terraform templates).
 * AWS only ever sees the definition after substitution; the checker can substitute from a map or
 * tolerate the placeholders where they stand.
 */

/** `${Name}`: a name without whitespace or braces. */
export const PLACEHOLDER_PATTERN = /\$\{[^\s{}]+\}/g;
const PLACEHOLDER_TEST = /\$\{[^\s{}]+\}/;

export function hasPlaceholder(text: string): boolean {
  return text.includes('${') && PLACEHOLDER_TEST.test(text);
}

/** The placeholders of a text, in order of appearance (with duplicates), without `${ }`. */
export function findPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[0].slice(2, -1));
}

/** Replaces `${Name}` by the map's value (as text, exactly as CloudFormation does); unknown names stay. */
export function applySubstitutions(text: string, substitutions: Readonly<Record<string, string | number | boolean>>): string {
  return text.replace(PLACEHOLDER_PATTERN, (match) => {
    const name = match.slice(2, -1);
    return Object.prototype.hasOwnProperty.call(substitutions, name) ? String(substitutions[name]) : match;
  });
}

/**
 * Makes unquoted placeholders (`"MaxAttempts": ${Retries}`) parse: each becomes the number `1`
 * padded with spaces to the same length, so every offset in the text stays where it was.
 * Placeholders inside strings are left alone.
 */
export function neutralizeBarePlaceholders(text: string): string {
  if (!text.includes('${')) return text;
  let out = '';
  let last = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 92 /* \ */) i++;
      else if (char === 34 /* " */) inString = false;
      continue;
    }
    if (char === 34) {
      inString = true;
      continue;
    }
    if (char === 36 /* $ */ && text.charCodeAt(i + 1) === 123 /* { */) {
      const end = text.indexOf('}', i + 2);
      if (end < 0) break;
      const name = text.slice(i + 2, end);
      if (name.length === 0 || /[\s{}"]/.test(name)) continue;
      out += text.slice(last, i) + '1' + ' '.repeat(end - i);
      last = end + 1;
      i = end;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}
