/** Items of an inclusive range from `first` to `last` by `step` (≠ 0): 0 when the step points away. */
export function rangeLength(first: number, last: number, step: number): number {
  return (step > 0 && first > last) || (step < 0 && first < last) ? 0 : Math.floor((last - first) / step) + 1;
}

export function rangeItems(first: number, step: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => first + i * step);
}

/** Consecutive chunks of `size` (> 0) items; the last may be shorter. */
export function partition<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
