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
/** What a fiber waits for outside the simulation (see `Scheduler.external`). */
export type ExternalKind = 'io' | 'handler' | 'answer';

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
  /** Bumped on every change of the fiber accounting; the grace check needs a quiet period. */
  private activity = 0;
  private graceHandle: unknown;
  private readonly lastResorts = new Set<{ at: number; fire: () => void }>();

  /**
   * `autoAdvance` (virtual mode): when nothing can run and only outside work is pending (handler
   * promises, callbacks, activities) and the host stayed quiet for `graceMs` real milliseconds, the
   * clock advances to the earliest timer anyway (a task deadline, a Wait, a backoff) — outside answers
   * are then late. Without it (the long-lived simulator) outside work holds the virtual clock.
   */
  constructor(
    readonly mode: 'virtual' | 'real',
    start: number,
    private readonly timeScale = 1,
    readonly autoAdvance = false,
    private readonly graceMs = 20,
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
    this.activity++;
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
   * Blocks the calling fiber on a promise from outside the simulation. While it is pending the virtual
   * clock does not move, except with `autoAdvance` (see the constructor), by kind:
   * - `io` (default; HTTP Tasks): real work that will end; it always holds the clock.
   * - `handler` (a local handler's promise): after the grace period timers may fire (the Task's
   *   TimeoutSeconds, Waits elsewhere, the execution's TimeoutSeconds).
   * - `answer` (a task token or activity awaiting SendTask*): as `handler`, and when no timer is left the
   *   last resorts fire (an execution's one-year maximum).
   */
  async external<T>(promise: Promise<T>, kind: ExternalKind = 'io'): Promise<T> {
    this.runnable--;
    this.externals++;
    this.pendingByKind[kind]++;
    this.maybeAdvance();
    return promise.then(
      (value) => {
        this.wake(kind);
        return value;
      },
      (error: unknown) => {
        this.wake(kind);
        throw error;
      },
    );
  }

  private readonly pendingByKind: Record<ExternalKind, number> = { io: 0, handler: 0, answer: 0 };

  private wake(kind: ExternalKind): void {
    this.activity++;
    this.runnable++;
    this.externals--;
    this.pendingByKind[kind]--;
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
        this.activity++;
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
    this.activity++;
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
    if (this.autoAdvance && this.runnable <= 0 && this.externals > 0 && this.pendingByKind.io === 0) this.armGrace();
  }

  private armGrace(): void {
    if (this.graceHandle !== undefined) return;
    const seen = this.activity;
    this.graceHandle = hostSetTimeout(() => {
      this.graceHandle = undefined;
      this.graceCheck(seen);
    }, this.graceMs);
  }

  /** Nothing ran for a grace period while outside work is pending: advance to the earliest timer. */
  private graceCheck(seen: number): void {
    if (!(this.runnable <= 0 && this.externals > 0 && this.pendingByKind.io === 0)) return;
    if (this.activity !== seen) {
      this.armGrace();
      return;
    }
    let next: { at: number; fire: () => void } | undefined;
    while (this.timers.length > 0) {
      const t = this.timers.shift() as PendingTimer;
      if (t.cancelled) continue;
      t.cancelled = true;
      next = t;
      break;
    }
    if (!next && this.pendingByKind.handler === 0) {
      for (const r of this.lastResorts) if (!next || r.at < next.at) next = r;
      if (next) this.lastResorts.delete(next as { at: number; fire: () => void });
    }
    if (!next) return; // only the outside (or a handler) can end this wait
    if (next.at > this.current) this.current = next.at;
    next.fire();
    this.maybeAdvance();
  }

  /**
   * A deadline on work that waits for the outside (a task's TimeoutSeconds or HeartbeatSeconds): a timer
   * outside the fiber accounting. Real mode: a real timer. Virtual mode with `autoAdvance`: a virtual
   * timer that fires when the clock reaches it (see the constructor). Otherwise undefined (never fires).
   * Returns a cancel function.
   */
  deadline(ms: number, fire: () => void): (() => void) | undefined {
    if (this.mode === 'real') return this.watchdog(ms, fire);
    if (!this.autoAdvance) return undefined;
    const pending: PendingTimer = { at: this.now() + Math.max(0, ms), seq: this.seq++, cancelled: false, fire };
    this.insertTimer(pending);
    return () => {
      if (pending.cancelled) return;
      pending.cancelled = true;
      this.removeTimer(pending);
    };
  }

  /**
   * Virtual mode with `autoAdvance`: `fire` runs (the clock set to `at`) only if the simulation is stuck
   * on outside work and no timer is left — e.g. an execution's maximum duration. Returns a cancel function.
   */
  lastResort(at: number, fire: () => void): (() => void) | undefined {
    if (this.mode !== 'virtual' || !this.autoAdvance) return undefined;
    const entry = { at, fire };
    this.lastResorts.add(entry);
    return () => this.lastResorts.delete(entry);
  }

  /**
   * A promise that resolves after `ms` of clock time, for handlers that simulate slow work. It does not
   * block any fiber; in virtual mode it fires when the clock gets there (with `autoAdvance`, after the
   * grace period when only outside work is pending).
   */
  delay(ms: number): Promise<void> {
    if (this.mode === 'real') {
      return new Promise((resolve) => {
        hostSetTimeout(resolve, Math.max(0, ms) / this.timeScale);
      });
    }
    return new Promise((resolve) => {
      this.insertTimer({ at: this.now() + Math.max(0, ms), seq: this.seq++, cancelled: false, fire: () => resolve() });
    });
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
