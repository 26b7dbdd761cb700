import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckSettings, FileCheck } from './engine.js';

interface CacheFile {
  stamp: string;
  entries: Record<string, { key: string; check: FileCheck }>;
}

/** Where the cache lives by default: node_modules/.cache/aslkit when there is a node_modules, else .aslkit-cache. */
export function defaultCacheDirectory(cwd: string): string {
  return existsSync(join(cwd, 'node_modules')) ? join(cwd, 'node_modules', '.cache', 'aslkit') : join(cwd, '.aslkit-cache');
}

/** The content key of one file's check: its text and every setting that can change the answer. */
export function cacheKey(text: string, settings: CheckSettings): string {
  return createHash('sha256').update(JSON.stringify(settings)).update('\0').update(text).digest('hex');
}

/**
 * Results of unchanged files, keyed by path and content hash, in one JSON file. `stamp` (the build
 * of aslkit) invalidates everything when the checker changes. A broken cache is an empty cache.
 */
export class ResultCache {
  private data: CacheFile;
  private dirty = false;
  private readonly file: string;

  constructor(
    private readonly directory: string,
    private readonly stamp: string,
  ) {
    this.file = join(directory, 'results-v1.json');
    this.data = { stamp, entries: {} };
    try {
      const loaded = JSON.parse(readFileSync(this.file, 'utf8')) as CacheFile;
      if (loaded && loaded.stamp === stamp && typeof loaded.entries === 'object') this.data = loaded;
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  get(file: string, key: string): FileCheck | undefined {
    const entry = this.data.entries[file];
    return entry && entry.key === key ? entry.check : undefined;
  }

  set(file: string, key: string, check: FileCheck): void {
    this.data.entries[file] = { key, check };
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    try {
      mkdirSync(this.directory, { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(this.data));
      renameSync(temporary, this.file);
    } catch {
      // The cache is an optimisation: failing to write it is not an error.
    }
  }
}
