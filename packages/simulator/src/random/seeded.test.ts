import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded.js';

describe('seededRandom', () => {
  it('replays the same sequence for the same seed', () => {
    const a = seededRandom('s');
    const b = seededRandom('s');
    expect([a.next(), a.uuid(), a.hex(10)]).toEqual([b.next(), b.uuid(), b.hex(10)]);
  });
  it('makes v4-shaped UUIDs and values in [0,1)', () => {
    const r = seededRandom(7);
    for (let i = 0; i < 1000; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
    }
    expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
