import { MAX_PAYLOAD_BYTES, StatesErrors, utf8ByteLength, type JsonValue } from '@aslkit/core';
import type { Step } from '../engine/failure.js';

/** The 256 KiB payload limit: a larger value fails with States.DataLimitExceeded, as AWS words it. */
export function checkPayloadLimit(value: JsonValue, ownerName: string): Step<JsonValue> {
  let size: number;
  try {
    size = utf8ByteLength(JSON.stringify(value) ?? 'null');
  } catch {
    size = Number.POSITIVE_INFINITY;
  }
  if (size > MAX_PAYLOAD_BYTES) {
    return {
      ok: false,
      failure: {
        error: StatesErrors.DataLimitExceeded,
        cause: `The state/task '${ownerName}' returned a result with a size exceeding the maximum number of bytes service limit.`,
      },
    };
  }
  return { ok: true, value };
}
