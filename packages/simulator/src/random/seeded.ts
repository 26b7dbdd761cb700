/**
 * Deterministic randomness under a seed: UUIDs (v4 layout), task tokens, `States.MathRandom`,
 * `$random()` and retry jitter all draw from one generator per simulator, so a seed replays a run.
 */
export interface RandomSource {
  /** Uniform in [0, 1). */
  next(): number;
  uuid(): string;
  /** `length` hex characters. */
  hex(length: number): string;
}

/** FNV-1a over the seed's text, to turn any seed into 32 bits. */
function hashSeed(seed: number | string): number {
  const text = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A small, fast PRNG (sfc32) seeded from the hash; period far beyond any run. */
export function seededRandom(seed: number | string = 0): RandomSource {
  let a = hashSeed(seed);
  let b = hashSeed(`${seed}:b`);
  let c = hashSeed(`${seed}:c`);
  let d = 1;
  const nextU32 = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) nextU32();
  const hex = (length: number): string => {
    let out = '';
    while (out.length < length) out += nextU32().toString(16).padStart(8, '0');
    return out.slice(0, length);
  };
  return {
    next: () => nextU32() / 4294967296,
    hex,
    uuid: () => {
      const h = hex(32);
      const variant = ((parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
  };
}
