import { describe, expect, it } from 'vitest';
import { Scheduler } from './scheduler.js';

describe('Scheduler (virtual clock)', () => {
  it('fires timers in time order, instantly, when every fiber is blocked', async () => {
    const s = new Scheduler('virtual', 1000);
    const log: string[] = [];
    const fiber = async (name: string, ms: number): Promise<void> => {
      s.enter();
      try {
        await s.sleep(ms);
        log.push(`${name}@${s.now()}`);
      } finally {
        s.leave();
      }
    };
    s.enter(); // the parent fiber starts its children, then blocks
    const children = [fiber('b', 500), fiber('a', 200), fiber('c', 500)];
    s.leave();
    await Promise.all(children);
    expect(log).toEqual(['a@1200', 'b@1500', 'c@1500']);
  });

  it('does not advance while external work is pending', async () => {
    const s = new Scheduler('virtual', 0);
    let release!: () => void;
    const external = new Promise<void>((r) => (release = r));
    const times: number[] = [];
    s.enter();
    const a = (async () => {
      await s.external(external);
      times.push(s.now());
      s.leave();
    })();
    s.enter();
    const b = (async () => {
      await s.sleep(10_000);
      times.push(s.now());
      s.leave();
    })();
    await new Promise((r) => setTimeout(r, 5));
    expect(times).toEqual([]);
    release();
    await Promise.all([a, b]);
    expect(times).toEqual([0, 10_000]);
  });

  it('cancels timers', async () => {
    const s = new Scheduler('virtual', 0);
    s.enter();
    s.enter(); // another runnable fiber keeps the clock still
    let cancel!: () => void;
    const p = s.sleep(5000, (t) => (cancel = () => t.cancel()));
    cancel();
    expect(await p).toBe(false);
    s.leave();
    expect(s.pendingTimers()).toBe(0);
  });

  it('uses real time (scaled) in real mode', async () => {
    const s = new Scheduler('real', 0, 100);
    const t0 = Date.now();
    s.enter();
    await s.sleep(1000);
    s.leave();
    expect(Date.now() - t0).toBeLessThan(500);
  });
});

describe('Scheduler autoAdvance (virtual clock, outside work pending)', () => {
  const pendingFiber = (s: Scheduler, kind: 'io' | 'handler' | 'answer', external: Promise<void>): Promise<void> => {
    s.enter();
    return (async () => {
      await s.external(external, kind);
      s.leave();
    })();
  };
  const realDelay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

  it('fires deadlines after the grace period while a handler or an answer is pending', async () => {
    for (const kind of ['handler', 'answer'] as const) {
      const s = new Scheduler('virtual', 0, 1, true, 5);
      let release!: () => void;
      const fiber = pendingFiber(s, kind, new Promise<void>((r) => (release = r)));
      const fired: number[] = [];
      s.deadline(30_000, () => {
        fired.push(s.now());
        release();
      });
      await fiber;
      expect(fired).toEqual([30_000]);
    }
  });

  it('never advances while a real I/O request (io) is pending', async () => {
    const s = new Scheduler('virtual', 0, 1, true, 5);
    let release!: () => void;
    const fiber = pendingFiber(s, 'io', new Promise<void>((r) => (release = r)));
    let fired = false;
    s.deadline(1000, () => (fired = true));
    await realDelay(40);
    expect([fired, s.now()]).toEqual([false, 0]);
    release();
    await fiber;
  });

  it('fires last resorts only when waiting for answers and no timer is left', async () => {
    const s = new Scheduler('virtual', 0, 1, true, 5);
    let releaseHandler!: () => void;
    const handler = pendingFiber(s, 'handler', new Promise<void>((r) => (releaseHandler = r)));
    let fired = false;
    const cancel = s.lastResort(99_000, () => (fired = true));
    await realDelay(40);
    expect(fired).toBe(false); // a handler without a deadline may still settle
    releaseHandler();
    await handler;
    let releaseAnswer!: () => void;
    const answer = pendingFiber(s, 'answer', new Promise<void>((r) => (releaseAnswer = r)));
    s.lastResort(50_000, () => releaseAnswer());
    await answer;
    expect([fired, s.now()]).toEqual([false, 50_000]);
    cancel?.();
  });

  it('without autoAdvance, deadlines are not armed in virtual mode', () => {
    const s = new Scheduler('virtual', 0);
    expect(s.deadline(1000, () => undefined)).toBeUndefined();
    expect(s.lastResort(1000, () => undefined)).toBeUndefined();
  });
});
