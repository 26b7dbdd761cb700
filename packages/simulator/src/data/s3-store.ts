import { utf8ByteLength } from '@aslkit/core';
import type { LocalS3Object } from '../types.js';

/** The local S3 used by ItemReader, ResultWriter and s3 tasks: bucket → key → body text. */
export class LocalS3Store {
  private readonly buckets = new Map<string, Map<string, { body: string; lastModified: Date }>>();

  constructor(objects: readonly LocalS3Object[] = [], private readonly now: () => number = () => 0) {
    for (const o of objects) this.put(o.Bucket, o.Key, o.Body);
  }

  put(bucket: string, key: string, body: string): void {
    let b = this.buckets.get(bucket);
    if (!b) this.buckets.set(bucket, (b = new Map()));
    b.set(key, { body, lastModified: new Date(this.now()) });
  }

  get(bucket: string, key: string): string | undefined {
    return this.buckets.get(bucket)?.get(key)?.body;
  }

  /** Keys of a bucket under a prefix, in lexicographic order (as ListObjectsV2). */
  list(bucket: string, prefix = ''): { key: string; size: number; lastModified: Date; body: string }[] {
    const b = this.buckets.get(bucket);
    if (!b) return [];
    return [...b.entries()]
      .filter(([k]) => k.startsWith(prefix))
      .sort(([a], [c]) => (a < c ? -1 : a > c ? 1 : 0))
      .map(([key, v]) => ({ key, size: utf8ByteLength(v.body), lastModified: v.lastModified, body: v.body }));
  }

  hasBucket(bucket: string): boolean {
    return this.buckets.has(bucket);
  }

  /** Everything stored (ResultWriter output, for tests). */
  objects(): LocalS3Object[] {
    const out: LocalS3Object[] = [];
    for (const [bucket, keys] of this.buckets) for (const [key, v] of keys) out.push({ Bucket: bucket, Key: key, Body: v.body });
    return out;
  }
}
