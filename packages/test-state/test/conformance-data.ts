/**
 * Reading ../shared/conformance and comparing answers the way its README says (structural JSON,
 * placeholder wildcards). Test-only: Node's fs is fine here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED_CONFORMANCE = fileURLToPath(new URL('../../../../shared/conformance/', import.meta.url));

export function sharedAvailable(file: string): boolean {
  return existsSync(SHARED_CONFORMANCE + file);
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(SHARED_CONFORMANCE + file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

const TOKEN = /<[A-Za-z0-9_.:-]+>/g;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Does an expected string (with `<…>` tokens) match the actual one? */
export function stringMatches(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  if (!TOKEN.test(expected)) return false;
  TOKEN.lastIndex = 0;
  const pattern = expected
    .split(TOKEN)
    .map(escapeRegex)
    .join('[\\s\\S]+?');
  return new RegExp(`^${pattern}$`).test(actual);
}

/** Structural comparison (key order ignored) with the placeholder rules of the README. */
export function jsonMatches(expected: unknown, actual: unknown, placeholders: readonly string[] = []): boolean {
  if (typeof expected === 'string' && placeholders.includes(expected) && (actual === null || typeof actual !== 'object')) return true;
  if (typeof expected === 'string' && ['date', 'datetime', 'timestamp'].includes(expected) && typeof actual === 'string') return true;
  if (typeof expected === 'string') return typeof actual === 'string' && stringMatches(expected, actual);
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((item, index) => jsonMatches(item, actual[index], placeholders));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const expectedKeys = Object.keys(expected);
    const actualKeys = Object.keys(actual);
    if (expectedKeys.length !== actualKeys.length) return false;
    return expectedKeys.every((key) => key in actual && jsonMatches((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], placeholders));
  }
  return expected === actual;
}

/** Make a request's placeholders concrete, as the README suggests (`<region>` → us-east-1, `<x>` → x). */
export function concretise(text: string): string {
  return text.replace(/<region>/g, 'us-east-1').replace(/<([A-Za-z0-9_.:-]+)>/g, '$1');
}
