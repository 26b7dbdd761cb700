import type { JsonObject, JsonValue } from '@aslkit/core';
import { isJsonObject } from '@aslkit/core';
import type { ItemReaderInvocation, ItemReaderOutcome } from '@aslkit/test-state';
import { CSV_DELIMITERS, parseCsvRows, rowsToObjects } from './csv.js';
import type { LocalS3Store } from './s3-store.js';

const FAILED = 'States.ItemReaderFailed';

function fail(cause: string): ItemReaderOutcome {
  return { ok: false, error: FAILED, cause };
}

/**
 * Reads a distributed Map's items from the local S3 store: `s3:getObject` with InputType JSON, JSONL,
 * CSV (headers FIRST_ROW or GIVEN, any CSVDelimiter) or MANIFEST (S3 inventory / Athena manifests), and
 * `s3:listObjectsV2` (object descriptions, or with Transformation LOAD_AND_FLATTEN the items of every
 * listed object). MaxItems is applied when the config carries it as a positive number.
 */
export function readItemsFromStore(request: ItemReaderInvocation, store: LocalS3Store): ItemReaderOutcome {
  const params = isJsonObject(request.parameters) ? request.parameters : {};
  const config = request.readerConfig;
  const bucket = typeof params['Bucket'] === 'string' ? params['Bucket'] : '';
  const action = request.resource.replace(/^arn:aws[\w-]*:states:::/, '').replace(/^aws-sdk:/, '');
  let result: ItemReaderOutcome;
  if (/^s3:listObjectsV2$/i.test(action)) {
    const prefix = typeof params['Prefix'] === 'string' ? params['Prefix'] : '';
    const listed = store.list(bucket, prefix);
    if (config['Transformation'] === 'LOAD_AND_FLATTEN') {
      const items: JsonValue[] = [];
      for (const o of listed) {
        const read = parseObject(o.body, config);
        if (!read.ok) return read;
        items.push(...read.items);
      }
      result = { ok: true, items };
    } else {
      result = {
        ok: true,
        items: listed.map((o) => ({
          Etag: `"${pseudoEtag(o.body)}"`,
          Key: o.key,
          LastModified: o.lastModified.toISOString(),
          Size: o.size,
          StorageClass: 'STANDARD',
        })),
      };
    }
  } else if (/^s3:getObject$/i.test(action)) {
    const key = typeof params['Key'] === 'string' ? params['Key'] : '';
    const body = store.get(bucket, key);
    if (body === undefined) return fail(`The specified key does not exist. (Bucket: ${bucket}, Key: ${key})`);
    if (config['InputType'] === 'MANIFEST') result = readManifest(body, config, store);
    else result = parseObject(body, config);
  } else {
    return fail(`The ItemReader resource ${request.resource} is not supported by the simulator (use s3:getObject or s3:listObjectsV2).`);
  }
  if (!result.ok) return result;
  const maxItems = (request as { maxItems?: number }).maxItems ?? config['MaxItems'];
  return { ok: true, items: applyMaxItems(result.items, maxItems) };
}

function applyMaxItems(items: JsonValue[], maxItems: JsonValue | undefined): JsonValue[] {
  return typeof maxItems === 'number' && maxItems > 0 && maxItems < items.length ? items.slice(0, maxItems) : items;
}

/** One object's items by InputType (JSON when absent). */
export function parseObject(body: string, config: JsonObject): ItemReaderOutcome {
  const inputType = typeof config['InputType'] === 'string' ? config['InputType'] : 'JSON';
  switch (inputType) {
    case 'JSON': {
      let doc: JsonValue;
      try {
        doc = JSON.parse(body) as JsonValue;
      } catch {
        return fail('Attempting to map over non-iterable node.');
      }
      if (!Array.isArray(doc)) return fail('Attempting to map over non-iterable node.');
      return { ok: true, items: doc };
    }
    case 'JSONL': {
      const items: JsonValue[] = [];
      for (const line of body.split(/\r?\n/)) {
        if (line.trim() === '') continue;
        try {
          items.push(JSON.parse(line) as JsonValue);
        } catch {
          return fail(`A JSONL line is not valid JSON: ${line.slice(0, 100)}`);
        }
      }
      return { ok: true, items };
    }
    case 'CSV':
      return parseCsvItems(body, config);
    default:
      return fail(`InputType ${inputType} is not supported by the simulator's ItemReader.`);
  }
}

function parseCsvItems(body: string, config: JsonObject): ItemReaderOutcome {
  const delimiterName = typeof config['CSVDelimiter'] === 'string' ? config['CSVDelimiter'] : 'COMMA';
  const rows = parseCsvRows(body, CSV_DELIMITERS[delimiterName] ?? ',');
  let headers: string[];
  if (config['CSVHeaderLocation'] === 'GIVEN') {
    const given = config['CSVHeaders'];
    headers = Array.isArray(given) ? given.map(String) : [];
  } else {
    headers = rows.shift() ?? [];
  }
  if (new Set(headers).size !== headers.length) return fail('CSV headers cannot contain duplicates.');
  return { ok: true, items: rowsToObjects(rows, headers) };
}

/** S3 inventory (`manifest.json` with files and fileSchema) or Athena (`s3://…` URI per line) manifests. */
function readManifest(body: string, config: JsonObject, store: LocalS3Store): ItemReaderOutcome {
  const uris: { bucket: string; key: string }[] = [];
  let inventory: JsonValue | undefined;
  try {
    inventory = JSON.parse(body) as JsonValue;
  } catch {
    inventory = undefined;
  }
  if (isJsonObject(inventory) && Array.isArray(inventory['files'])) {
    const bucket = String(inventory['destinationBucket'] ?? '').replace(/^arn:aws[\w-]*:s3:::/, '');
    const schema = String(inventory['fileSchema'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const items: JsonValue[] = [];
    for (const file of inventory['files']) {
      if (!isJsonObject(file) || typeof file['key'] !== 'string') continue;
      const text = store.get(bucket, file['key']);
      if (text === undefined) return fail(`The manifest lists ${file['key']}, which is not in the local store (gzip files must be stored decompressed).`);
      items.push(...rowsToObjects(parseCsvRows(text, ','), schema));
    }
    return { ok: true, items };
  }
  for (const line of body.split(/\r?\n/)) {
    const m = /^s3:\/\/([^/]+)\/(.+)$/.exec(line.trim());
    if (m) uris.push({ bucket: m[1] as string, key: m[2] as string });
  }
  const items: JsonValue[] = [];
  const fileType = config['ManifestType'] === 'ATHENA_DATA' ? { ...config, InputType: config['CSVHeaderLocation'] ? 'CSV' : 'JSONL' } : { ...config, InputType: 'JSON' };
  for (const uri of uris) {
    const text = store.get(uri.bucket, uri.key);
    if (text === undefined) return fail(`The manifest lists s3://${uri.bucket}/${uri.key}, which is not in the local store.`);
    const read = parseObject(text, fileType);
    if (!read.ok) return read;
    items.push(...read.items);
  }
  return { ok: true, items };
}

/** A stable 32-hex-digit tag for an object body (not MD5; only its shape matters offline). */
function pseudoEtag(body: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).repeat(2);
}
