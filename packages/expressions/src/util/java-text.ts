import type { JsonValue } from '@aslkit/core';

/**
 * A number as Java's `toString` prints the value Jackson would hold: integers plainly, other numbers as a
 * Double (`1.5`, `1.0E21`, `1.0E-5`).
 */
export function javaNumberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
  const abs = Math.abs(value);
  if (abs >= 1e-3 && abs < 1e7) {
    const text = String(value);
    return text.includes('.') ? text : `${text}.0`;
  }
  // Scientific: Java prints d.dddE±n with at least one fractional digit.
  const [mantissa = '0', exponent = '0'] = value.toExponential().split('e');
  const fixedMantissa = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  return `${fixedMantissa}E${exponent.startsWith('+') ? exponent.slice(1) : exponent}`;
}

/** A JSON value as Java's `toString` renders maps and lists: `{k=v, k2=[1, 2]}`, strings unquoted. */
export function javaText(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return javaNumberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map(javaText).join(', ')}]`;
  return `{${Object.keys(value)
    .map((key) => `${key}=${javaText(value[key])}`)
    .join(', ')}}`;
}

/** The Java class Jackson's provider would hold for a value (as Jayway names it in messages). */
export function javaClassName(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return 'java.lang.String';
  if (typeof value === 'boolean') return 'java.lang.Boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'java.lang.Integer' : 'java.lang.Double';
  if (Array.isArray(value)) return 'java.util.ArrayList';
  return 'java.util.LinkedHashMap';
}
