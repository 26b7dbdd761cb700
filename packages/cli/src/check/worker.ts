import { parentPort } from 'node:worker_threads';
import { checkFile, type CheckSettings, type FileInput } from './engine.js';
import { nodeFileSystem } from './node-fs.js';

/** A worker thread of the parallel check: receives files, answers with their results. */
interface Job {
  id: number;
  cwd: string;
  input: FileInput;
  settings: CheckSettings;
}

parentPort?.on('message', (job: Job) => {
  const check = checkFile(job.input, job.settings, nodeFileSystem(job.cwd));
  parentPort?.postMessage({ id: job.id, check });
});
