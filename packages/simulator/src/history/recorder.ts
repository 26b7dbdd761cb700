import type { JsonValue } from '@aslkit/core';
import { MAX_HISTORY_EVENTS } from '@aslkit/core';
import type { HistoryEvent, HistoryEventType } from './events.js';

/** Thrown inside the simulator (never to a user) when an execution exceeds its event quota. */
export class HistoryQuotaExceeded {
  constructor(readonly limit: number) {}
}

/**
 * Records one execution's history: ids from 1, `previousEventId` chains per thread (a Parallel
 * branch or Map iteration continues from the event that started it), timestamps from the clock.
 * With `enabled: false` nothing is kept but ids are still counted (for the quota).
 */
export class HistoryRecorder {
  readonly events: HistoryEvent[] = [];
  private lastId = 0;
  private readonly listeners = new Set<(event: HistoryEvent) => void>();

  constructor(
    private readonly date: () => Date,
    private readonly enabled = true,
    readonly maxEvents = MAX_HISTORY_EVENTS,
  ) {}

  get count(): number {
    return this.lastId;
  }

  /**
   * Appends an event of `type` after `previousEventId` (0 for the first events of a thread at the top
   * level, as AWS records them). Returns the new id. Throws HistoryQuotaExceeded past the quota unless
   * `force` (the closing Execution* event is always recorded).
   */
  add(type: HistoryEventType, previousEventId: number, details?: Partial<HistoryEvent> | (() => Partial<HistoryEvent>), force = false): number {
    if (this.lastId >= this.maxEvents && !force) throw new HistoryQuotaExceeded(this.maxEvents);
    const id = ++this.lastId;
    if (!this.enabled && this.listeners.size === 0) return id;
    const event: HistoryEvent = { id, previousEventId, timestamp: this.date(), type };
    const extra = typeof details === 'function' ? details() : details;
    if (extra) Object.assign(event, extra);
    if (this.enabled) this.events.push(event);
    if (this.listeners.size > 0) this.notify(event);
    return id;
  }

  /** Whether events are built at all (history kept or someone listening): callers skip building details otherwise. */
  get keeping(): boolean {
    return this.enabled || this.listeners.size > 0;
  }

  /**
   * Like {@link add} with one details field: `event[key] = value` (no intermediate object). `value` is
   * ignored when undefined; build it only when {@link keeping}.
   */
  addDetail<K extends keyof HistoryEvent>(type: HistoryEventType, previousEventId: number, key: K, value: HistoryEvent[K] | undefined): number {
    if (this.lastId >= this.maxEvents) throw new HistoryQuotaExceeded(this.maxEvents);
    const id = ++this.lastId;
    if (!this.enabled && this.listeners.size === 0) return id;
    const timestamp = this.date();
    let event: HistoryEvent;
    // The state events (most of a history) are built whole, so they need no out-of-object property store.
    if (value === undefined) event = { id, previousEventId, timestamp, type };
    else if (key === 'stateEnteredEventDetails') event = { id, previousEventId, timestamp, type, stateEnteredEventDetails: value as HistoryEvent['stateEnteredEventDetails'] };
    else if (key === 'stateExitedEventDetails') event = { id, previousEventId, timestamp, type, stateExitedEventDetails: value as HistoryEvent['stateExitedEventDetails'] };
    else {
      event = { id, previousEventId, timestamp, type };
      event[key] = value;
    }
    if (this.enabled) this.events.push(event);
    if (this.listeners.size > 0) this.notify(event);
    return id;
  }

  private notify(event: HistoryEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // a listener's failure must not change the execution
      }
    }
  }

  subscribe(listener: (event: HistoryEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** JSON text as AWS writes it in history events (compact). */
export function jsonText(value: JsonValue | undefined): string {
  return value === undefined ? 'null' : JSON.stringify(value);
}

export const NOT_TRUNCATED = Object.freeze({ truncated: false });
