/** Everything an action handler reads or changes: the stores, the simulator, the clock and ARN scope. */
import { randomUUID } from 'node:crypto';
import type { ExecutionHandle, Simulator } from '@aslkit/simulator';
import type { ArnScope } from './model/arn.js';
import type { ActivityRecord, ExecutionRecord, MapRunRecord, StateMachineRecord } from './model/records.js';
import type { Collection, RecordStore } from './persistence/record-store.js';

export interface EndpointContext {
  readonly scope: ArnScope;
  /** By unqualified ARN, in creation order. */
  readonly machines: Map<string, StateMachineRecord>;
  readonly activities: Map<string, ActivityRecord>;
  /** By execution ARN, in start order. */
  readonly executions: Map<string, ExecutionRecord>;
  /** Executions still running in the simulator. */
  readonly live: Map<string, ExecutionHandle>;
  /** UpdateMapRun's settings, by map run ARN. */
  readonly mapRuns: Map<string, MapRunRecord>;
  readonly store: RecordStore;
  readonly simulator: Simulator;
  readonly activityPollTimeoutMs: number;
  /** Finished executions being written to the store. */
  readonly settling: Set<Promise<void>>;
  /** Aborts long polls when the server closes. */
  readonly closing: AbortController;
  now(): number;
  uuid(): string;
  /** Weighted choice for alias routing: a number in [0, 100). */
  random(): number;
}

export function createContext(init: {
  scope: ArnScope;
  store: RecordStore;
  simulator: Simulator;
  activityPollTimeoutMs: number;
}): EndpointContext {
  return {
    ...init,
    machines: new Map(),
    activities: new Map(),
    executions: new Map(),
    live: new Map(),
    settling: new Set(),
    mapRuns: new Map(),
    closing: new AbortController(),
    now: () => Date.now(),
    uuid: () => randomUUID(),
    random: () => Math.random() * 100,
  };
}

/** Persists a record; the caller awaits it before acknowledging the request. */
export function persist(context: EndpointContext, collection: Collection, key: string, value: unknown): Promise<void> {
  return context.store.put(collection, key, value);
}
