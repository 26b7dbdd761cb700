import { describe, expect, it } from 'vitest';
import { hashText, type HashAlgorithm } from './index.js';
import { base64Decode, base64Encode, utf8Decode, utf8Encode } from './bytes.js';

const vectors: [HashAlgorithm, string, string][] = [
  ['MD5', '', 'd41d8cd98f00b204e9800998ecf8427e'],
  ['MD5', 'abc', '900150983cd24fb0d6963f7d28e17f72'],
  ['MD5', 'input data', '812f45842bc6d66ee14572ce20db8e86'],
  ['SHA-1', '', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
  ['SHA-1', 'abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
  ['SHA-1', 'input data', 'aaff4a450a104cd177d28d18d74485e8cae074b7'],
  ['SHA-256', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['SHA-256', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['SHA-256', 'input data', 'b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3'],
  ['SHA-384', 'abc', 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7'],
  ['SHA-384', 'input data', 'd28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562'],
  ['SHA-512', 'abc', 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f'],
  ['SHA-512', 'input data', '6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4'],
];

describe('hashText', () => {
  it.each(vectors)('%s(%j)', (algorithm, text, hex) => {
    expect(hashText(algorithm, text)).toBe(hex);
  });

  it('agrees with node:crypto on multi-block and non-ASCII inputs', async () => {
    const { createHash } = await import('node:crypto');
    const names: Record<HashAlgorithm, string> = { MD5: 'md5', 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
    const samples = ['a'.repeat(55), 'a'.repeat(56), 'b'.repeat(64), 'c'.repeat(111), 'd'.repeat(112), 'é😀中'.repeat(300), 'x'.repeat(10000)];
    for (const algorithm of Object.keys(names) as HashAlgorithm[]) {
      for (const sample of samples) {
        expect(hashText(algorithm, sample), `${algorithm} ${sample.length}`).toBe(createHash(names[algorithm]).update(sample, 'utf8').digest('hex'));
      }
    }
  });
});

describe('UTF-8 and base64', () => {
  it('round-trips', () => {
    for (const text of ['', 'Data to encode', 'é😀中', 'a\u0000b']) {
      const bytes = utf8Encode(text);
      expect(Buffer.from(bytes).toString('utf8')).toBe(text);
      expect(utf8Decode(bytes)).toBe(text);
      expect(base64Encode(bytes)).toBe(Buffer.from(text, 'utf8').toString('base64'));
      expect(utf8Decode(base64Decode(base64Encode(bytes)) ?? new Uint8Array())).toBe(text);
    }
    expect(base64Decode('not base64!')).toBeNull();
  });
});
