import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileRecordStore } from './record-store.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'aslkit-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('FileRecordStore', () => {
  it('keeps the last acknowledged value of each record across reopen', async () => {
    const dir = await tempDir();
    const store = await FileRecordStore.open(dir);
    await Promise.all([store.put('state-machines', 'a', { v: 1 }), store.put('state-machines', 'a', { v: 2 }), store.put('state-machines', 'b', { v: 3 })]);
    await store.put('activities', 'x', { name: 'x' });
    await store.remove('activities', 'x');
    const reopened = await FileRecordStore.open(dir);
    expect(await reopened.loadAll('state-machines')).toEqual(expect.arrayContaining([{ v: 2 }, { v: 3 }]));
    expect(await reopened.loadAll('activities')).toEqual([]);
  });

  it('ignores temp files a crash left behind (never renamed, never acknowledged)', async () => {
    const dir = await tempDir();
    const store = await FileRecordStore.open(dir);
    await store.put('executions', 'e', { ok: true });
    await writeFile(join(dir, 'executions', 'deadbeef.json.123.1.tmp'), '{"half":');
    const reopened = await FileRecordStore.open(dir);
    expect(await reopened.loadAll('executions')).toEqual([{ ok: true }]);
    expect((await readdir(join(dir, 'executions'))).filter((name) => name.endsWith('.json'))).toHaveLength(1);
  });

  it('refuses an unusable data dir', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'file'), 'x');
    await expect(FileRecordStore.open(join(dir, 'file'))).rejects.toThrow();
  });
});
