import { toHex, utf8Encode } from './bytes.js';
import { md5 } from './md5.js';
import { sha1 } from './sha1.js';
import { sha256 } from './sha256.js';
import { sha384, sha512 } from './sha512.js';

export type HashAlgorithm = 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

export const HASH_ALGORITHMS: readonly HashAlgorithm[] = ['MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'];

const DIGESTS: Record<HashAlgorithm, (bytes: Uint8Array) => Uint8Array> = {
  MD5: md5,
  'SHA-1': sha1,
  'SHA-256': sha256,
  'SHA-384': sha384,
  'SHA-512': sha512,
};

/** Hex digest of the UTF-8 bytes of `text`. */
export function hashText(algorithm: HashAlgorithm, text: string): string {
  return toHex(DIGESTS[algorithm](utf8Encode(text)));
}
