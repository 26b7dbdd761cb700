import { firstJacksonError } from '@aslkit/checker';

/**
 * Why `text` is not acceptable JSON, worded as AWS words it (Jackson's parser message with its
 * `[Source: …; line: L, column: C]`), or undefined when it is one JSON value.
 */
export function jsonTextProblem(text: string): string | undefined {
  const jackson = firstJacksonError(text);
  if (jackson) return jackson.message;
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    // Jackson reads the first value and stops; JSON.parse also refuses what follows it.
    return error instanceof Error ? error.message : 'not JSON';
  }
}
