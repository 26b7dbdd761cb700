import { MAX_PAYLOAD_BYTES, StatesErrors, utf8ByteLength, type JsonValue } from '@aslkit/core';
import type { Step } from '../engine/failure.js';

/**
 * An upper bound of the UTF-8 size of a value's JSON text, stopping as soon as it passes `limit`:
 * every character of a string counted as 6 bytes (`\uXXXX`), numbers as 24. Cheaper than serialising.
 */
function sizeUpperBound(value: JsonValue, limit: number): number {
  let total = 0;
  const stack: JsonValue[] = [value];
  while (stack.length > 0) {
    const current = stack.pop() as JsonValue;
    if (typeof current === 'string') total += current.length * 6 + 2;
    else if (typeof current === 'number') total += 24;
    else if (current === null || typeof current === 'boolean') total += 5;
    else if (Array.isArray(current)) {
      total += 2 + current.length;
      for (const item of current) stack.push(item);
    } else {
      const keys = Object.keys(current);
      total += 2 + keys.length * 2;
      for (const key of keys) {
        total += key.length * 6 + 2;
        stack.push(current[key] as JsonValue);
      }
    }
    if (total > limit) return total;
  }
  return total;
}

/** The UTF-8 size of a value's JSON text. */
export function payloadBytes(value: JsonValue): number {
  try {
    return utf8ByteLength(JSON.stringify(value) ?? 'null');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** The 256 KiB payload limit: a larger value fails with States.DataLimitExceeded, as AWS words it. */
export function checkPayloadLimit(value: JsonValue, ownerName: string): Step<JsonValue> {
  if (sizeUpperBound(value, MAX_PAYLOAD_BYTES) <= MAX_PAYLOAD_BYTES || payloadBytes(value) <= MAX_PAYLOAD_BYTES) return { ok: true, value };
  return {
    ok: false,
    failure: {
      error: StatesErrors.DataLimitExceeded,
      cause: `The state/task '${ownerName}' returned a result with a size exceeding the maximum number of bytes service limit.`,
    },
  };
}
