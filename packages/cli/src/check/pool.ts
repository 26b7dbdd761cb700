import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkFile, type CheckSettings, type FileCheck, type FileInput } from './engine.js';
import { nodeFileSystem } from './node-fs.js';

export interface CheckJob {
  input: FileInput;
  settings: CheckSettings;
}

/** Below this many files, starting threads costs more than it saves. */
export const PARALLEL_THRESHOLD = 48;

/** The worker script next to the bundle (absent when running from the TypeScript sources). */
function workerScript(): URL | undefined {
  if (!import.meta.url.startsWith('file:') || !import.meta.url.endsWith('.js')) return undefined;
  for (const candidate of ['./worker.js', '../worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/**
 * Checks files on all cores with worker threads when there are many (and the bundle's worker
 * script exists), else in this thread. Results come back in the order of `jobs`.
 */
export async function checkAll(jobs: readonly CheckJob[], cwd: string, requestedThreads?: number): Promise<FileCheck[]> {
  const script = workerScript();
  const threads = Math.min(requestedThreads ?? availableParallelism(), Math.ceil(jobs.length / 8));
  if (!script || threads < 2 || (requestedThreads === undefined && jobs.length < PARALLEL_THRESHOLD)) {
    const fs = nodeFileSystem(cwd);
    return jobs.map((job) => checkFile(job.input, job.settings, fs));
  }
  const results = new Array<FileCheck>(jobs.length);
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(script));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next >= jobs.length) {
                resolve();
                return;
              }
              const id = next++;
              const job = jobs[id] as CheckJob;
              worker.postMessage({ id, cwd, input: job.input, settings: job.settings });
            };
            worker.on('message', (message: { id: number; check: FileCheck }) => {
              results[message.id] = message.check;
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
