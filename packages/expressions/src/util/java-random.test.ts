import { describe, expect, it } from 'vitest';
import { JavaRandom } from './java-random.js';

// Values printed by OpenJDK's java.util.Random.
describe('JavaRandom', () => {
  it('matches the JVM', () => {
    expect(new JavaRandom(42).next(32)).toBe(-1170105035);
    expect(new JavaRandom(0).next(32)).toBe(-1155484576);
    expect(new JavaRandom(42).nextInt(10)).toBe(0);
    expect(new JavaRandom(3).nextInt(999)).toBe(239);
    expect(new JavaRandom(-5).nextInt(16)).toBe(4);
    expect(new JavaRandom(42).nextDouble()).toBe(0.7275636800328681);
    expect(new JavaRandom(7).nextDouble()).toBe(0.7306990420600421);
  });
});
