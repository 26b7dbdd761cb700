import type { JsonValue } from '@aslkit/core';

/** A runtime error raised while a state runs: an ASL error name and its cause text. */
export interface StateFailure {
  error: string;
  cause: string;
  /**
   * Neither Retry nor Catch applies (AWS: States.Runtime from the data flow, and a state's own output
   * over the payload limit, end the execution whatever the handlers say).
   */
  uncatchable?: boolean;
  /** A Fail state without Error / Cause: AWS's response leaves the field out. */
  errorAbsent?: boolean;
  causeAbsent?: boolean;
}

/** Either a value or the failure that prevented it. */
export type Step<T> = { ok: true; value: T } | { ok: false; failure: StateFailure };

/** A failure reported by a port: absent error/cause stay absent (AWS shows them as null or leaves them out). */
export function portFailure(error: string | undefined, cause: string | undefined): StateFailure {
  return {
    error: error ?? '',
    cause: cause ?? '',
    ...(error === undefined || error === '' ? { errorAbsent: true } : {}),
    ...(cause === undefined ? { causeAbsent: true } : {}),
  };
}

export function succeed<T>(value: T): Step<T> {
  return { ok: true, value };
}

export function failWith(error: string, cause: string): { ok: false; failure: StateFailure } {
  return { ok: false, failure: { error, cause } };
}

/** Message of anything thrown, without a stack trace. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  return typeof thrown === 'string' ? thrown : 'internal error';
}

/** A deep copy of a JSON value (so callers never share mutable structure with the engine). */
export function cloneJson<T extends JsonValue>(value: T): T {
  return structuredCloneJson(value) as T;
}

function structuredCloneJson(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(structuredCloneJson);
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, JsonValue> = {};
    for (const key of Object.keys(value)) {
      Object.defineProperty(copy, key, { value: structuredCloneJson(value[key] as JsonValue), enumerable: true, writable: true, configurable: true });
    }
    return copy;
  }
  return value;
}
