import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { FileSystemAccess } from './engine.js';

/** Paths as printed: relative to the working directory when inside it, `/`-separated. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  const shown = rel === '' || rel.startsWith('..') ? path : rel;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

export function nodeFileSystem(cwd: string): FileSystemAccess {
  return {
    readText: (path) => readFileSync(path, 'utf8'),
    resolve: (from, target) => resolve(dirname(from), target),
    display: (path) => displayPath(cwd, path),
  };
}
