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
