import { CONFIG_FILE_NAME } from './schema.js';

/**
 * Pure path helpers for finding `aslkit.config.json` (the CLI and the language server do the file
 * system calls): the candidate config paths from a definition's folder up to the root, nearest first,
 * and a definition's path relative to the folder of the config that applies.
 */
function normalize(path: string): string {
  return path.replace(/\\/g, '/');
}

/** `/a/b/c/x.asl.json` → `/a/b/c/aslkit.config.json`, `/a/b/aslkit.config.json`, …, `/aslkit.config.json`. */
export function configCandidates(definitionPath: string, fileName: string = CONFIG_FILE_NAME): string[] {
  const parts = normalize(definitionPath).split('/');
  parts.pop();
  const candidates: string[] = [];
  while (parts.length > 0) {
    const folder = parts.join('/');
    candidates.push(`${folder === '' ? '' : folder}/${fileName}`);
    parts.pop();
    if (folder === '' || /^[A-Za-z]:$/.test(folder)) break;
  }
  return candidates;
}

/** The definition's path relative to the config file's folder, `/`-separated (what globs match against). */
export function pathRelativeToConfig(configPath: string, definitionPath: string): string {
  const folder = normalize(configPath).replace(/\/[^/]*$/, '');
  const file = normalize(definitionPath);
  return file.startsWith(`${folder}/`) ? file.slice(folder.length + 1) : file.replace(/^\/+/, '');
}
