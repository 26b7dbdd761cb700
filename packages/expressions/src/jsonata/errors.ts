/** `T1006: Attempted to invoke a non-function`, as AWS prints jsonata errors in causes. */
export function describeJsonataError(caught: unknown): string {
  if (typeof caught === 'object' && caught !== null) {
    const error = caught as { code?: unknown; message?: unknown };
    const message = typeof error.message === 'string' ? error.message : '';
    if (typeof error.code === 'string' && /^[A-Z]\d{4}$/.test(error.code)) return `${error.code}: ${message}`;
    return message;
  }
  return String(caught);
}
