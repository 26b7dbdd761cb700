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

/** Message of anything thrown, without a stack trace. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  return typeof thrown === 'string' ? thrown : 'internal error';
}
