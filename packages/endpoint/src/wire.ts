/** Conversions between stored records and the AWS JSON 1.0 wire (timestamps as epoch seconds). */
import type { HistoryEventRecord, Tag } from './model/records.js';

export function seconds(epochMs: number): number {
  return epochMs / 1000;
}

/** Drops `undefined` members so the JSON body carries only what is set. */
export function compact<T extends Record<string, unknown>>(object: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) if (value !== undefined) out[key] = value;
  return out as T;
}

const DATA_MEMBERS = new Set(['input', 'output', 'parameters', 'inputDetails', 'outputDetails', 'assignedVariables', 'assignedVariablesDetails']);

/** One history event on the wire; without execution data when `includeData` is false. */
export function eventToWire(event: HistoryEventRecord, includeData: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event)) {
    if (key === 'timestamp') out[key] = seconds(event.timestamp);
    else if (!includeData && key.endsWith('EventDetails') && typeof value === 'object' && value !== null) {
      const details: Record<string, unknown> = {};
      for (const [member, inner] of Object.entries(value)) if (!DATA_MEMBERS.has(member)) details[member] = inner;
      out[key] = details;
    } else out[key] = value;
  }
  return out;
}

export function tagsToWire(tags: readonly Tag[]): Array<{ key: string; value: string }> {
  return tags.map((tag) => ({ key: tag.key, value: tag.value }));
}
