/**
 * Where records live between restarts. `MemoryRecordStore` keeps nothing; `FileRecordStore` keeps one JSON
 * file per record under `<dataDir>/<collection>/`, written atomically (temp file, fsync, rename, fsync of the
 * directory) before the request that changed it is answered, so a crash mid-write loses nothing acknowledged.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

export type Collection = 'state-machines' | 'activities' | 'executions' | 'map-runs';
export const COLLECTIONS: readonly Collection[] = ['state-machines', 'activities', 'executions', 'map-runs'];

export interface RecordStore {
  put(collection: Collection, key: string, value: unknown): Promise<void>;
  remove(collection: Collection, key: string): Promise<void>;
  loadAll(collection: Collection): Promise<unknown[]>;
  /** Waits for every write in flight. */
  flush(): Promise<void>;
}

export class MemoryRecordStore implements RecordStore {
  async put(): Promise<void> {}
  async remove(): Promise<void> {}
  async loadAll(): Promise<unknown[]> {
    return [];
  }
  async flush(): Promise<void> {}
}

function fileNameOf(key: string): string {
  return `${createHash('sha256').update(key).digest('hex').slice(0, 40)}.json`;
}

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on directories; the rename is still atomic there.
  } finally {
    await handle.close();
  }
}

export class FileRecordStore implements RecordStore {
  /** Writes to one file are chained so that the last acknowledged value is the one on disk. */
  private readonly chains = new Map<string, Promise<void>>();
  private sequence = 0;

  private constructor(private readonly dataDir: string) {}

  /** Creates the directories; rejects when the data dir is unusable. */
  static async open(dataDir: string): Promise<FileRecordStore> {
    for (const collection of COLLECTIONS) await mkdir(join(dataDir, collection), { recursive: true });
    return new FileRecordStore(dataDir);
  }

  private enqueue(path: string, work: () => Promise<void>): Promise<void> {
    const previous = this.chains.get(path) ?? Promise.resolve();
    const next = previous.then(work, work);
    this.chains.set(path, next);
    void next.finally(() => {
      if (this.chains.get(path) === next) this.chains.delete(path);
    }).catch(() => undefined);
    return next;
  }

  put(collection: Collection, key: string, value: unknown): Promise<void> {
    const directory = join(this.dataDir, collection);
    const path = join(directory, fileNameOf(key));
    const text = JSON.stringify(value);
    return this.enqueue(path, async () => {
      const temp = `${path}.${process.pid}.${++this.sequence}.tmp`;
      const handle = await open(temp, 'w');
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, path);
      await fsyncPath(directory);
    });
  }

  remove(collection: Collection, key: string): Promise<void> {
    const directory = join(this.dataDir, collection);
    const path = join(directory, fileNameOf(key));
    return this.enqueue(path, async () => {
      await rm(path, { force: true });
      await fsyncPath(directory);
    });
  }

  async loadAll(collection: Collection): Promise<unknown[]> {
    const directory = join(this.dataDir, collection);
    const names = (await readdir(directory)).filter((name) => name.endsWith('.json')).sort();
    const records: unknown[] = [];
    for (const name of names) {
      try {
        records.push(JSON.parse(await readFile(join(directory, name), 'utf8')));
      } catch {
        // A file that does not parse was never acknowledged (writes go through a rename); skip it.
      }
    }
    return records;
  }

  async flush(): Promise<void> {
    await Promise.allSettled([...this.chains.values()]);
  }
}
