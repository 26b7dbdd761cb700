import type { JsonValue } from '@aslkit/core';
import { isJsonObject } from '@aslkit/core';
import type { LocalS3Store } from './s3-store.js';

/**
 * Writes a distributed Map's results like ResultWriter does: `<Prefix>/<run id>/manifest.json`,
 * `SUCCEEDED_0.json` (and FAILED_0.json) in the local store; WriterConfig.OutputType JSONL writes one
 * result per line. Returns the ResultWriterDetails ({ Bucket, Key } of the manifest), or undefined.
 */
export function writeResults(store: LocalS3Store, writer: unknown, mapRunArn: string, results: JsonValue[], runId: string): { Bucket: string; Key: string } | undefined {
  if (!isJsonObject(writer as JsonValue)) return undefined;
  const w = writer as Record<string, JsonValue>;
  const params = (isJsonObject(w['Parameters'] ?? null) ? w['Parameters'] : isJsonObject(w['Arguments'] ?? null) ? w['Arguments'] : {}) as Record<string, JsonValue>;
  const bucket = typeof params['Bucket'] === 'string' ? params['Bucket'] : '';
  if (!bucket) return undefined;
  const prefix = typeof params['Prefix'] === 'string' ? params['Prefix'].replace(/\/$/, '') : '';
  const base = `${prefix ? `${prefix}/` : ''}${runId}`;
  const config = isJsonObject(w['WriterConfig'] ?? null) ? (w['WriterConfig'] as Record<string, JsonValue>) : {};
  const jsonl = config['OutputType'] === 'JSONL';
  const succeeded = results.filter((r) => !(isJsonObject(r) && 'Error' in r && 'Cause' in r));
  const failed = results.filter((r) => isJsonObject(r) && 'Error' in r && 'Cause' in r);
  const files: { key: string; items: JsonValue[] }[] = [{ key: `${base}/SUCCEEDED_0.${jsonl ? 'jsonl' : 'json'}`, items: succeeded }];
  if (failed.length) files.push({ key: `${base}/FAILED_0.${jsonl ? 'jsonl' : 'json'}`, items: failed });
  for (const f of files) store.put(bucket, f.key, jsonl ? f.items.map((i) => JSON.stringify(i)).join('\n') : JSON.stringify(f.items));
  const manifest = {
    DestinationBucket: bucket,
    MapRunArn: mapRunArn,
    ResultFiles: {
      FAILED: failed.length ? [{ Key: `${base}/FAILED_0.json`, Size: 0 }] : [],
      PENDING: [],
      SUCCEEDED: [{ Key: `${base}/SUCCEEDED_0.json`, Size: 0 }],
    },
  };
  store.put(bucket, `${base}/manifest.json`, JSON.stringify(manifest));
  return { Bucket: bucket, Key: `${base}/manifest.json` };
}
