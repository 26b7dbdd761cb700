import { describe, expect, it } from 'vitest';
import { HistoryQuotaExceeded, HistoryRecorder } from './recorder.js';

describe('HistoryRecorder.addDetail', () => {
  const date = new Date(0);
  it('builds the same event as add with a one-field details object', () => {
    const a = new HistoryRecorder(() => date);
    const b = new HistoryRecorder(() => date);
    const details = { name: 'S', input: '{}', inputDetails: { truncated: false } };
    a.add('PassStateEntered', 0, { stateEnteredEventDetails: details });
    b.addDetail('PassStateEntered', 0, 'stateEnteredEventDetails', details);
    b.addDetail('PassStateExited', 1, 'stateExitedEventDetails', undefined);
    expect(b.events[0]).toEqual(a.events[0]);
    expect(b.events[1]).toEqual({ id: 2, previousEventId: 1, timestamp: date, type: 'PassStateExited' });
  });

  it('counts ids without building events when nothing keeps them, and tells callers so', () => {
    const off = new HistoryRecorder(() => date, false);
    expect(off.keeping).toBe(false);
    expect(off.addDetail('PassStateEntered', 0, 'stateEnteredEventDetails', undefined)).toBe(1);
    expect(off.events).toHaveLength(0);
    const seen: string[] = [];
    off.subscribe((event) => seen.push(event.type));
    expect(off.keeping).toBe(true);
    off.addDetail('PassStateExited', 1, 'stateExitedEventDetails', undefined);
    expect(seen).toEqual(['PassStateExited']);
    expect(off.events).toHaveLength(0);
  });

  it('throws the quota signal past maxEvents', () => {
    const small = new HistoryRecorder(() => date, true, 1);
    small.addDetail('PassStateEntered', 0, 'stateEnteredEventDetails', undefined);
    expect(() => small.addDetail('PassStateExited', 1, 'stateExitedEventDetails', undefined)).toThrow(HistoryQuotaExceeded);
  });
});
