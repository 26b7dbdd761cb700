import type { JsonValue } from '@aslkit/core';

/** How a pending callback ended. */
export type CallbackResult =
  | { kind: 'success'; output: JsonValue }
  | { kind: 'failure'; error: string; cause?: string }
  | { kind: 'heartbeat' }
  | { kind: 'cancelled' }
  /** TimeoutSeconds or HeartbeatSeconds expired (real-time mode). */
  | { kind: 'timeout'; error: string };

interface PendingCallback {
  token: string;
  executionArn: string;
  deliver(result: CallbackResult): void;
}

/**
 * Task tokens awaiting SendTaskSuccess/Failure/Heartbeat (`.waitForTaskToken` tasks and activities).
 * A token resolves its waiter once; heartbeats are delivered to the waiter without ending it.
 */
export class CallbackRegistry {
  private readonly pending = new Map<string, PendingCallback>();

  register(token: string, executionArn: string, deliver: (result: CallbackResult) => void): () => void {
    this.pending.set(token, { token, executionArn, deliver });
    return () => this.pending.delete(token);
  }

  /** Delivers a result; `false` when no task waits for the token. */
  deliver(token: string, result: CallbackResult): boolean {
    const p = this.pending.get(token);
    if (!p) return false;
    if (result.kind !== 'heartbeat') this.pending.delete(token);
    p.deliver(result);
    return true;
  }

  has(token: string): boolean {
    return this.pending.has(token);
  }

  cancelExecution(executionArn: string): void {
    for (const p of [...this.pending.values()]) {
      if (p.executionArn === executionArn) {
        this.pending.delete(p.token);
        p.deliver({ kind: 'cancelled' });
      }
    }
  }
}

/** Activity tasks scheduled and not yet handed to a worker, per activity ARN. */
/** A scheduled activity task: its token, input text, and what to record when a worker takes it. */
export interface ActivityWork {
  token: string;
  input: string;
  onStarted(workerName: string): void;
}

export class ActivityQueue {
  private readonly queues = new Map<string, ActivityWork[]>();
  private readonly pollers = new Map<string, ((task: ActivityWork) => void)[]>();

  enqueue(activityArn: string, task: ActivityWork): void {
    const waiting = this.pollers.get(activityArn);
    const poller = waiting?.shift();
    if (poller) {
      poller(task);
      return;
    }
    const q = this.queues.get(activityArn) ?? [];
    q.push(task);
    this.queues.set(activityArn, q);
  }

  remove(token: string): void {
    for (const q of this.queues.values()) {
      const i = q.findIndex((t) => t.token === token);
      if (i >= 0) q.splice(i, 1);
    }
  }

  /** The next task, or undefined after `waitMs` (0: do not wait). */
  poll(activityArn: string, waitMs: number): Promise<ActivityWork | undefined> {
    const q = this.queues.get(activityArn);
    const task = q?.shift();
    if (task) return Promise.resolve(task);
    if (waitMs <= 0) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      let done = false;
      const poller = (t: ActivityWork): void => {
        if (done) return;
        done = true;
        resolve(t);
      };
      const list = this.pollers.get(activityArn) ?? [];
      list.push(poller);
      this.pollers.set(activityArn, list);
      void realDelay(waitMs).then(() => {
        if (done) return;
        done = true;
        const l = this.pollers.get(activityArn) ?? [];
        const i = l.indexOf(poller);
        if (i >= 0) l.splice(i, 1);
        resolve(undefined);
      });
    });
  }
}

declare function setTimeout(callback: () => void, ms: number): unknown;
function realDelay(ms: number): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, ms);
  });
}
