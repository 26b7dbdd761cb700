import { describe, expect, it } from 'vitest';
import { parseCsvRows } from './csv.js';
import { readItemsFromStore } from './item-reader.js';
import { writeResults } from './result-writer.js';
import { LocalS3Store } from './s3-store.js';

const store = new LocalS3Store([
  { Bucket: 'b', Key: 'a.csv', Body: 'Col1,Col2\nv1,"q,""x"""\n,,,\n   \n' },
  { Bucket: 'b', Key: 'p.psv', Body: 'v1|v2\n' },
  { Bucket: 'b', Key: 'a.json', Body: '[{"n":1},{"n":2},{"n":3}]' },
  { Bucket: 'b', Key: 'obj.json', Body: '{"not":"a list"}' },
  { Bucket: 'b', Key: 'dir/1.jsonl', Body: '{"n":1}\n{"n":2}\n' },
  { Bucket: 'b', Key: 'dir/2.jsonl', Body: '{"n":3}\n' },
  { Bucket: 'b', Key: 'manifest.csv', Body: 's3://b/dir/1.jsonl\ns3://b/dir/2.jsonl\n' },
]);
const get = (Key: string, readerConfig: Record<string, unknown>) =>
  readItemsFromStore({ stateName: 'M', resource: 'arn:aws:states:::s3:getObject', parameters: { Bucket: 'b', Key }, readerConfig: readerConfig as never }, store);

describe('ItemReader from the local store', () => {
  it('reads CSV with first-row headers, quotes, short and blank rows', () => {
    expect(get('a.csv', { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' })).toEqual({
      ok: true,
      items: [
        { Col1: 'v1', Col2: 'q,"x"' },
        { Col1: '', Col2: '' },
        { Col1: '   ', Col2: '' },
      ],
    });
  });
  it('reads CSV with given headers and other delimiters; rejects duplicate headers', () => {
    expect(get('p.psv', { InputType: 'CSV', CSVHeaderLocation: 'GIVEN', CSVHeaders: ['A', 'B'], CSVDelimiter: 'PIPE' })).toEqual({ ok: true, items: [{ A: 'v1', B: 'v2' }] });
    expect(get('p.psv', { InputType: 'CSV', CSVHeaderLocation: 'GIVEN', CSVHeaders: ['A', 'A'] })).toEqual({ ok: false, error: 'States.ItemReaderFailed', cause: 'CSV headers cannot contain duplicates.' });
  });
  it('reads JSON arrays with MaxItems, and fails on non-arrays as AWS does', () => {
    expect(get('a.json', { InputType: 'JSON', MaxItems: 2 })).toEqual({ ok: true, items: [{ n: 1 }, { n: 2 }] });
    expect(get('obj.json', { InputType: 'JSON' })).toEqual({ ok: false, error: 'States.ItemReaderFailed', cause: 'Attempting to map over non-iterable node.' });
  });
  it('reads manifests and lists objects, with LOAD_AND_FLATTEN', () => {
    expect(get('manifest.csv', { InputType: 'MANIFEST', ManifestType: 'ATHENA_DATA' })).toEqual({ ok: true, items: [{ n: 1 }, { n: 2 }, { n: 3 }] });
    const list = (readerConfig: Record<string, unknown>) =>
      readItemsFromStore({ stateName: 'M', resource: 'arn:aws:states:::s3:listObjectsV2', parameters: { Bucket: 'b', Prefix: 'dir/' }, readerConfig: readerConfig as never }, store);
    const plain = list({});
    expect(plain.ok && plain.items.map((i) => (i as { Key: string }).Key)).toEqual(['dir/1.jsonl', 'dir/2.jsonl']);
    expect(list({ InputType: 'JSONL', Transformation: 'LOAD_AND_FLATTEN' })).toEqual({ ok: true, items: [{ n: 1 }, { n: 2 }, { n: 3 }] });
  });
  it('keeps whitespace-only CSV lines but drops the final newline', () => {
    expect(parseCsvRows('a\n \n')).toEqual([['a'], [' ']]);
  });
  it('writes ResultWriter files and a manifest', () => {
    const s = new LocalS3Store();
    const details = writeResults(s, { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'out', Prefix: 'runs' } }, 'arn:run', [1, { Error: 'E', Cause: 'c' }], 'id-1');
    expect(details).toEqual({ Bucket: 'out', Key: 'runs/id-1/manifest.json' });
    expect(s.get('out', 'runs/id-1/SUCCEEDED_0.json')).toBe('[1]');
    expect(s.get('out', 'runs/id-1/FAILED_0.json')).toBe('[{"Error":"E","Cause":"c"}]');
  });
});
