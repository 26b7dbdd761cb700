import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../source/document.js';
import { formatDocument } from './index.js';

const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/corpus');
const present = existsSync(CORPUS);
if (!present) console.warn(`format corpus test skipped: ${CORPUS} is absent`);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(json|ya?ml)$/i.test(name) ? [path] : [];
  });
}

describe.skipIf(!present)('formatter over the shared corpus', () => {
  it('is idempotent and converts JSON ↔ YAML with equal values', () => {
    let checked = 0;
    for (const path of files(CORPUS)) {
      const document = loadDocument(readFileSync(path, 'utf8'), { fileName: path });
      if (!document.root || document.problems.length > 0) continue; // duplicate keys: see format.test.ts
      checked++;
      for (const order of ['preserve', 'asl'] as const) {
        const asJson = formatDocument(document, { to: 'json', order }) ?? '';
        const asYaml = formatDocument(document, { to: 'yaml', order }) ?? '';
        const fromJson = loadDocument(asJson, { format: 'json' });
        const fromYaml = loadDocument(asYaml, { format: 'yaml' });
        expect(fromJson.problems, path).toEqual([]);
        expect(fromYaml.problems, path).toEqual([]);
        expect(fromJson.value, path).toEqual(document.value);
        expect(fromYaml.value, path).toEqual(document.value);
        expect(formatDocument(fromJson, { to: 'json', order }), path).toBe(asJson);
        expect(formatDocument(fromYaml, { to: 'yaml', order }), path).toBe(asYaml);
        // Through YAML, strings lose their JSON escapes (\u0022 → \"); values and number text stay.
        const backToJson = formatDocument(fromYaml, { to: 'json', order }) ?? '';
        expect(loadDocument(backToJson, { format: 'json' }).value, path).toEqual(document.value);
        expect(backToJson.replace(/"(?:[^"\\]|\\.)*"/g, '""'), path).toBe(asJson.replace(/"(?:[^"\\]|\\.)*"/g, '""'));
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
