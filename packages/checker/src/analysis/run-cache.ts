/**
 * Caches that live for one check run, keyed by the run's objects (the definition, its states, its
 * expression sites), dropped by the engine before and after each run.
 *
 * Each run gets fresh Maps rather than `clear()`ed long-lived ones: a young collection treats every
 * old-generation object as live, so nothing long-lived should keep pointing at a finished run's
 * objects (see docs/checker.md, Performance). WeakMaps are no better: every collection has to trace
 * their ephemeron tables.
 */
export class RunCache<K, V> {
  private map = new Map<K, V>();
  // The entry last set or found: rules ask one cache about the same key many times in a row.
  private lastKey: K | undefined;
  private lastValue: V | undefined;

  get(key: K): V | undefined {
    if (key === this.lastKey && key !== undefined) return this.lastValue;
    const value = this.map.get(key);
    if (value !== undefined) {
      this.lastKey = key;
      this.lastValue = value;
    }
    return value;
  }

  set(key: K, value: V): this {
    this.map.set(key, value);
    this.lastKey = key;
    this.lastValue = value;
    return this;
  }

  /** Drops every entry (a new, empty Map; the old one becomes garbage with its entries). */
  reset(): void {
    if (this.map.size > 0) this.map = new Map<K, V>();
    this.lastKey = undefined;
    this.lastValue = undefined;
  }
}

const registered: RunCache<unknown, unknown>[] = [];

/** A cache that `clearRunCaches` empties. */
export function runCache<K, V>(): RunCache<K, V> {
  const cache = new RunCache<K, V>();
  registered.push(cache as RunCache<unknown, unknown>);
  return cache;
}

/** Empties every run cache (the engine calls this around each run). */
export function clearRunCaches(): void {
  for (const cache of registered) cache.reset();
}
