// The definitions the per-definition benches run over: the well-formed JSON files of
// ../shared/corpus (real-world and valid fixtures), or the repository's fixtures when ../shared is
// absent. Only well-formed JSON, so every tool compared does comparable work.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.name.endsWith('.json')) out.push(path);
  }
  return out;
}

/** The corpus texts; `suite` names the bench in the notice printed when ../shared is absent. */
export function wellFormedCorpus(suite) {
  const shared = join(repo, '..', 'shared', 'corpus');
  const sources = existsSync(shared) ? [join(shared, 'real-world'), join(shared, 'fixtures-valid')] : [join(repo, 'fixtures')];
  if (!existsSync(shared)) console.log(`bench/${suite}: ../shared is absent; using the repository fixtures only`);
  const texts = [];
  for (const source of sources) {
    for (const file of walk(source, [])) {
      const text = readFileSync(file, 'utf8');
      try {
        JSON.parse(text);
        texts.push(text);
      } catch {
        // not well-formed: left out
      }
    }
  }
  const totalChars = texts.reduce((sum, text) => sum + text.length, 0);
  console.log(`corpus: ${texts.length} JSON definitions, ${(totalChars / 1024).toFixed(0)} KiB`);
  return texts;
}
