/** Races `work` against the server closing and a deadline; cleans up its timer and listener. */
import type { EndpointContext } from '../context.js';

export async function raceWithClose<T>(context: EndpointContext, work: Promise<T>, deadlineMs: number): Promise<T | 'closed'> {
  const signal = context.closing.signal;
  if (signal.aborted) return 'closed';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const closed = new Promise<'closed'>((resolve) => {
    onAbort = () => resolve('closed');
    timer = setTimeout(onAbort, deadlineMs);
    timer.unref();
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, closed]);
  } finally {
    if (timer) clearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}
