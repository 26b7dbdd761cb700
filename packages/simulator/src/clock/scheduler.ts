import { hostClearTimeout, hostSetTimeout } from './globals.js';

/**
 * The simulator's clock and cooperative scheduler.
 *
 * Every piece of running work (an execution, a Parallel branch, a Map iteration) is a *fiber*: an
 * async function that blocks only through this scheduler (`sleep`, `external`, `join`). The scheduler
 * counts runnable fibers; when none is runnable and no external work (a handler's promise, a callback
 * awaiting its token, an activity worker) is pending, the virtual clock jumps to the earliest timer and
 * fires it. Virtual time therefore passes instantly and deterministically. In real mode timers are real
 * (divided by `timeScale`).
 */
export interface Timer {
  readonly at: number;
  cancel(): void;
}

interface PendingTimer {
  at: number;
  seq: number;
  fire: () => void;
  cancelled: boolean;
  handle?: unknown;
}

export class Scheduler {
  private current: number;
  private runnable = 0;
  private externals = 0;
  private readonly timers: PendingTimer[] = [];
  private seq = 0;
  private advancing = false;

  constructor(
    readonly mode: 'virtual' | 'real',
    start: number,
    private readonly timeScale = 1,
  ) {
    this.current = mode === 'real' ? Date.now() : start;
  }

  /** Milliseconds since the epoch on this clock. */
  now(): number {
    if (this.mode === 'real') return Date.now();
    return this.current;
  }

  private cachedDate = new Date(Number.NaN);

  /**
   * The current time as a Date, shared while the clock stands still (virtual time rarely moves between
   * events, so thousands of events share one object). Treat it as read-only.
   */
  date(): Date {
    const now = this.now();
    if (this.cachedDate.getTime() !== now) this.cachedDate = new Date(now);
    return this.cachedDate;
  }

  /** A fiber starts running (call before its first await). */
  enter(): void {
    this.runnable++;
  }

  /** A fiber ended. */
  leave(): void {
    this.runnable--;
    this.maybeAdvance();
  }

  /** Blocks the calling fiber for `ms` of clock time. Resolves with `true`, or `false` if cancelled. */
  sleep(ms: number, onTimer?: (timer: Timer) => void): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      let blocked = false;
      const pending: PendingTimer = {
        at: this.now() + Math.max(0, ms),
        seq: this.seq++,
        cancelled: false,
        fire: () => {
          this.runnable++;
          resolve(true);
        },
      };
      const timer: Timer = {
        at: pending.at,
        cancel: () => {
          if (pending.cancelled) return;
          pending.cancelled = true;
          if (pending.handle !== undefined) hostClearTimeout(pending.handle);
          this.removeTimer(pending);
          if (blocked) this.runnable++;
          resolve(false);
        },
      };
      onTimer?.(timer);
      if (pending.cancelled) return;
      blocked = true;
      this.runnable--;
      if (this.mode === 'real') {
        pending.handle = hostSetTimeout(() => {
          if (pending.cancelled) return;
          pending.cancelled = true;
          this.removeTimer(pending);
          pending.fire();
        }, Math.max(0, ms) / this.timeScale);
      }
      this.insertTimer(pending);
      this.maybeAdvance();
    });
  }

  /**
   * Blocks the calling fiber on a promise from outside the simulation (a handler, a callback, an
   * activity worker). While it is pending the virtual clock does not move unless `timers` are the
   * only way forward (`letTimersFire`, used for callbacks whose timeout should be able to expire).
   */
  async external<T>(promise: Promise<T>, letTimersFire = false): Promise<T> {
    this.runnable--;
    if (!letTimersFire) this.externals++;
    this.maybeAdvance();
    try {
      return await promise.then(
        (value) => {
          this.wake(letTimersFire);
          return value;
        },
        (error: unknown) => {
          this.wake(letTimersFire);
          throw error;
        },
      );
    } finally {
      // nothing: wake() already accounted for the resumption
    }
  }

  private wake(letTimersFire: boolean): void {
    this.runnable++;
    if (!letTimersFire) this.externals--;
  }

  /** A promise that a fiber awaits and that simulation code (not the outside) settles. */
  signal<T>(): { promise: Promise<T>; resolve(value: T): void } {
    let resolveFn!: (value: T) => void;
    let settled = false;
    const promise = new Promise<T>((resolve) => {
      resolveFn = resolve;
    });
    return {
      promise: promise.then((v) => v),
      resolve: (value: T) => {
        if (settled) return;
        settled = true;
        this.runnable++;
        resolveFn(value);
      },
    };
  }

  /** Blocks the calling fiber until `signal` is resolved (by other fibers or timers). */
  async wait<T>(signal: { promise: Promise<T> }): Promise<T> {
    this.runnable--;
    this.maybeAdvance();
    return signal.promise;
  }

  private insertTimer(timer: PendingTimer): void {
    // keep sorted by (at, seq); most inserts go at the end
    let i = this.timers.length;
    while (i > 0) {
      const prev = this.timers[i - 1] as PendingTimer;
      if (prev.at < timer.at || (prev.at === timer.at && prev.seq < timer.seq)) break;
      i--;
    }
    this.timers.splice(i, 0, timer);
  }

  private removeTimer(timer: PendingTimer): void {
    const i = this.timers.indexOf(timer);
    if (i >= 0) this.timers.splice(i, 1);
  }

  /** In virtual mode: when nothing can run, jump to the earliest timer(s) and fire them. */
  private maybeAdvance(): void {
    if (this.mode !== 'virtual' || this.advancing) return;
    this.advancing = true;
    try {
      while (this.runnable <= 0 && this.externals <= 0 && this.timers.length > 0) {
        const next = this.timers.shift() as PendingTimer;
        if (next.cancelled) continue;
        next.cancelled = true;
        if (next.at > this.current) this.current = next.at;
        next.fire();
      }
    } finally {
      this.advancing = false;
    }
  }

  /**
   * A timer outside the fiber accounting, for timeouts of work that waits on the outside (callbacks,
   * activities). Real mode only: in virtual mode such waits hold the clock, so it returns undefined.
   */
  watchdog(ms: number, fire: () => void): (() => void) | undefined {
    if (this.mode !== 'real') return undefined;
    const handle = hostSetTimeout(fire, Math.max(0, ms) / this.timeScale);
    return () => hostClearTimeout(handle);
  }

  /** Pending timers (for tests and diagnostics). */
  pendingTimers(): number {
    return this.timers.length;
  }
}
