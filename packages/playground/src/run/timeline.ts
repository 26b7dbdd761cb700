/**
 * The execution timeline of a run: one entry per state entered, with what the history says about
 * retries and caught errors. Pure data over the simulator's RunResult.
 */
import type { JsonValue } from '@aslkit/core';
import type { HistoryEvent, RunResult } from '@aslkit/simulator';

export interface TimelineEntry {
  name: string;
  type: string;
  /** Enclosing Parallel branch / Map iteration, e.g. `["ProcessOrders", 2]`; [] at top level. */
  scope: (string | number)[];
  input: JsonValue;
  output?: JsonValue;
  error?: string;
  cause?: string;
  /** Attempts after the first (a retrier matched and the state ran again). */
  retries: number;
  /** The state failed and a Catcher took over. */
  caught: boolean;
  /** The state ended in an error that was not caught. */
  failed: boolean;
}

const SCHEDULED = /(?:Task|LambdaFunction|Activity)Scheduled$/;
const ATTEMPT_FAILED = /(?:Task|LambdaFunction|Activity)(?:Failed|TimedOut|StartFailed|SubmitFailed|ScheduleFailed)$|^(?:Map|Parallel)StateFailed$/;

/** For each event, the id of the StateEntered event of the state entry it belongs to. */
function entryOfEvents(history: readonly HistoryEvent[]): Map<number, number> {
  const byId = new Map(history.map((e) => [e.id, e]));
  const entryOf = new Map<number, number>();
  const resolve = (event: HistoryEvent): number | undefined => {
    const chain: number[] = [];
    let current: HistoryEvent | undefined = event;
    let found: number | undefined;
    while (current) {
      const known = entryOf.get(current.id);
      if (known !== undefined) {
        found = known;
        break;
      }
      if (current.type.endsWith('StateEntered')) {
        found = current.id;
        break;
      }
      chain.push(current.id);
      current = current.previousEventId ? byId.get(current.previousEventId) : undefined;
    }
    if (found !== undefined) for (const id of [...chain, event.id]) entryOf.set(id, found);
    return found;
  };
  for (const event of history) resolve(event);
  return entryOf;
}

export function timelineOf(result: RunResult): TimelineEntry[] {
  const entryOf = entryOfEvents(result.history);
  // The k-th StateEntered event of a name is the k-th StateRun of that name (both in order of entry).
  const enteredIds = new Map<string, number[]>();
  for (const event of result.history) {
    const name = event.stateEnteredEventDetails?.name;
    if (event.type.endsWith('StateEntered') && name !== undefined) enteredIds.set(name, [...(enteredIds.get(name) ?? []), event.id]);
  }
  const scheduled = new Map<number, number>();
  const failures = new Map<number, number>();
  for (const event of result.history) {
    const entry = entryOf.get(event.id);
    if (entry === undefined) continue;
    if (SCHEDULED.test(event.type)) scheduled.set(entry, (scheduled.get(entry) ?? 0) + 1);
    if (ATTEMPT_FAILED.test(event.type)) failures.set(entry, (failures.get(entry) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  return result.states.map((run): TimelineEntry => {
    const k = seen.get(run.name) ?? 0;
    seen.set(run.name, k + 1);
    const entered = enteredIds.get(run.name)?.[k];
    const attempts = entered !== undefined ? (scheduled.get(entered) ?? 0) : 0;
    const failed = entered !== undefined ? (failures.get(entered) ?? 0) : 0;
    const error = run.error;
    return {
      name: run.name,
      type: run.type,
      scope: run.scope,
      input: run.input,
      ...(run.output !== undefined ? { output: run.output } : {}),
      ...(error !== undefined ? { error } : {}),
      ...(run.cause !== undefined ? { cause: run.cause } : {}),
      retries: Math.max(0, attempts - 1),
      caught: error === undefined && failed > 0 && failed >= Math.max(attempts, 1),
      failed: error !== undefined,
    };
  });
}
