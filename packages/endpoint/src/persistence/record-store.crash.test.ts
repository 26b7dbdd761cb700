/**
 * A crash mid-write loses nothing acknowledged: a child process writes records as fast as it can and
 * reports each acknowledged write; it is killed with SIGKILL mid-stream; every acknowledged value must
 * then be on disk (or a later one), and every file must parse.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import { FileRecordStore } from './record-store.js';

it('keeps every acknowledged write when the process is killed mid-write', { timeout: 30_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'aslkit-crash-'));
  try {
    const storeModule = join(dir, 'record-store.mjs');
    await build({ entryPoints: [fileURLToPath(new URL('./record-store.ts', import.meta.url))], outfile: storeModule, bundle: true, platform: 'node', format: 'esm', logLevel: 'silent' });
    const writer = join(dir, 'writer.mjs');
    await writeFile(
      writer,
      `import { FileRecordStore } from ${JSON.stringify(storeModule)};
const store = await FileRecordStore.open(process.argv[2]);
const big = 'x'.repeat(64 * 1024);
for (let i = 1; ; i++) {
  await store.put('executions', 'record-' + (i % 5), { i, big });
  process.stdout.write('ack ' + i + '\\n');
}
`,
    );
    const data = join(dir, 'data');
    const child = spawn(process.execPath, [writer, data], { stdio: ['ignore', 'pipe', 'inherit'] });
    let lastAck = 0;
    const acked = new Map<number, number>();
    await new Promise<void>((resolve) => {
      let buffer = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          const i = Number(line.slice(4));
          acked.set(i % 5, i);
          lastAck = i;
          if (lastAck >= 40 && !child.killed) child.kill('SIGKILL');
        }
      });
      child.on('exit', () => resolve());
    });
    expect(lastAck).toBeGreaterThanOrEqual(40);
    const reopened = await FileRecordStore.open(data);
    const records = (await reopened.loadAll('executions')) as Array<{ i: number; big: string }>;
    for (const [slot, i] of acked) {
      const onDisk = records.find((record) => record.i % 5 === slot);
      expect(onDisk, `slot ${slot}`).toBeDefined();
      expect(onDisk?.i ?? 0).toBeGreaterThanOrEqual(i);
      expect(onDisk?.big.length).toBe(64 * 1024);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
