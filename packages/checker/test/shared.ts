/** Locating ../shared (beside the repository) for tests that read it; absent in a fresh clone. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const sharedRoot = fileURLToPath(new URL('../../../../shared/', import.meta.url));
export const hasShared = existsSync(sharedRoot);
export const skipMessage = `skipped: ${sharedRoot} is absent (the shared corpus and conformance data sit beside the repository as ../shared)`;

export interface ManifestRow {
  path: string;
  expectation: 'valid' | 'invalid' | 'unknown';
  notes: string;
}

export function parseManifest(text: string): ManifestRow[] {
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.split('\t');
      return { path: columns[0] ?? '', expectation: (columns[4] ?? 'unknown') as ManifestRow['expectation'], notes: columns[5] ?? '' };
    });
}

/** `${Name}` DefinitionSubstitutions placeholders (AWS sees the definition only after substitution). */
export function hasSubstitutions(text: string): boolean {
  return /\$\{[^\s{}]+\}/.test(text);
}

/** Values filled in by a test suite at run time (`__tbd__`, `%…_PLACEHOLDER%`, `_tbd_`): not deployable as they stand. */
export function hasTestTimeValues(path: string, text: string, notes: string): boolean {
  return /tb[cd]/i.test(path) || /__tb[cd]__|_tbd_|%[A-Z_]+%/i.test(text) || /other-placeholders|__tbd__ placeholder/.test(notes);
}
