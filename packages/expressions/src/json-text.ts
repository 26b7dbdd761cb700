import type { JsonValue } from '@aslkit/core';

/** JSON text as AWS prints values inside causes: compact, no spaces. */
export function stringifyJson(value: JsonValue): string {
  return JSON.stringify(value);
}
