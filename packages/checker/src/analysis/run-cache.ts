/**
 * Caches that live for one check run. They are plain Maps keyed by the run's objects (the
 * definition, its states, its expression sites), emptied by the engine before and after each run:
 * WeakMaps would do the same job, but every garbage collection then has to trace their ephemeron
 * tables, which showed up as a large share of the analyzer's time.
 */
const registered: Map<unknown, unknown>[] = [];

/** A Map that `clearRunCaches` empties. */
export function runCache<K, V>(): Map<K, V> {
  const map = new Map<K, V>();
  registered.push(map as Map<unknown, unknown>);
  return map;
}

/** Empties every run cache (the engine calls this around each run). */
export function clearRunCaches(): void {
  for (const map of registered) if (map.size > 0) map.clear();
}
