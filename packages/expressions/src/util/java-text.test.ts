import { describe, expect, it } from 'vitest';
import { javaNumberText, javaText } from './java-text.js';

// Expected texts printed by OpenJDK 17's Double.toString / Map.toString.
describe('Java renderings', () => {
  it.each([
    [1.1, '1.1'],
    [0.001, '0.001'],
    [0.0001, '1.0E-4'],
    [1e-5, '1.0E-5'],
    [9999999.5, '9999999.5'],
    [12345678.9, '1.23456789E7'],
    [1.5e300, '1.5E300'],
    [2.5e-300, '2.5E-300'],
    [1 / 3, '0.3333333333333333'],
    [123456789012.5, '1.234567890125E11'],
    [42, '42'],
    [-7, '-7'],
  ])('%d → %s', (value, text) => {
    expect(javaNumberText(value)).toBe(text);
  });

  it('renders maps and lists as Java does', () => {
    expect(javaText({ a: 1, b: [1, 'x', null], c: { d: true } })).toBe('{a=1, b=[1, x, null], c={d=true}}');
    expect(javaText([])).toBe('[]');
    expect(javaText({})).toBe('{}');
  });
});
