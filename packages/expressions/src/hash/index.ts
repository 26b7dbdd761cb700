export type HashAlgorithm = 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

/** Hex digest of the UTF-8 bytes of `text`. */
export function hashText(algorithm: HashAlgorithm, text: string): string {
  void algorithm;
  void text;
  throw new Error('not implemented');
}
