import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** `../shared` relative to the repository root (packages/expressions/test → ../../..). */
export const SHARED_DIR = resolve(here, '..', '..', '..', '..', 'shared');
export const CONFORMANCE_DIR = resolve(SHARED_DIR, 'conformance');
export const HAVE_SHARED = existsSync(resolve(CONFORMANCE_DIR, 'executions.jsonl'));
if (!HAVE_SHARED) console.warn(`[expressions] ../shared/conformance not found at ${CONFORMANCE_DIR}: conformance tests are skipped.`);

export interface ExecutionCase {
  id: string;
  definition: { QueryLanguage?: string; StartAt: string; States: Record<string, Record<string, unknown>> };
  input: unknown;
  expected: { status: string; output?: unknown; error?: string; cause?: string };
}

export function readJsonl<T>(name: string): T[] {
  if (!HAVE_SHARED) return [];
  return readFileSync(resolve(CONFORMANCE_DIR, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** The cause without the executor's prefix "An error occurred while executing the state 'X' (entered at the event id #N). ". */
export function stripStatePrefix(cause: string): string {
  return cause.replace(/^An error occurred while executing the state '[^']*' \(entered at the event id #\d+\)\. /, '');
}

/** True when a recorded value holds LocalStack's placeholders (`<uuid:1>`, `RandomNumberGenerated`, …). */
export function hasPlaceholder(value: unknown): boolean {
  const text = JSON.stringify(value) ?? '';
  return /<[A-Za-z_]+[^>]*>|RandomNumberGenerated|generated-uuid/.test(text);
}

/** Compare an expression result with a recorded execution outcome (output, or error + cause). */
export function expectAsRecorded(
  result: { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } },
  expected: ExecutionCase['expected'],
): void {
  if (expected.status === 'SUCCEEDED') {
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (result.ok && !hasPlaceholder(expected.output)) expect(result.value).toEqual(expected.output);
    return;
  }
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(expected.error);
  if (expected.cause !== undefined && !hasPlaceholder(expected.cause)) expect(result.error.message).toBe(stripStatePrefix(expected.cause));
}
