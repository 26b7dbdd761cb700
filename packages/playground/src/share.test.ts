import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare } from './share.js';

describe('share links', () => {
  it('round-trips a definition with non-ASCII text through the fragment', () => {
    const text = '{"Comment": "héllo → 世界 🚀", "StartAt": "A"}';
    const hash = encodeShare({ format: 'json', text });
    expect(hash).toMatch(/^#json=[A-Za-z0-9_-]+$/);
    expect(decodeShare(hash)).toEqual({ format: 'json', text });
    expect(decodeShare(hash.slice(1))).toEqual({ format: 'json', text });
  });

  it('keeps the YAML format', () => {
    expect(decodeShare(encodeShare({ format: 'yaml', text: 'StartAt: A\n' }))).toEqual({ format: 'yaml', text: 'StartAt: A\n' });
  });

  it('ignores fragments that carry no definition or a damaged one', () => {
    expect(decodeShare('')).toBeUndefined();
    expect(decodeShare('#section')).toBeUndefined();
    expect(decodeShare('#json=@@')).toBeUndefined();
    expect(decodeShare('#json=_w')).toBeUndefined(); // 0xFF is not UTF-8
  });
});
