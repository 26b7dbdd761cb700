import type { JsonValue } from '@aslkit/core';
import type { ItemReaderInvocation, ItemReaderOutcome } from '@aslkit/test-state';
import type { Scheduler } from '../clock/scheduler.js';
import type { LocalS3Store } from '../data/s3-store.js';
import type { HistoryEvent } from '../history/events.js';
import type { RandomSource } from '../random/seeded.js';
import type { CallbackApi, ExecutionHandle, Outcome, SimulatorOptions, TaskHandler } from '../types.js';
import type { ActivityQueue, CallbackRegistry } from './callbacks.js';
import type { Execution } from './execution.js';

/** What an execution needs from the simulator that owns it. */
export interface SimulatorCore {
  readonly scheduler: Scheduler;
  readonly random: RandomSource;
  readonly region: string;
  readonly accountId: string;
  readonly maxHistoryEvents: number;
  readonly store: LocalS3Store;
  readonly callbacks: CallbackRegistry;
  readonly activities: ActivityQueue;
  readonly handlers: Record<string, TaskHandler>;
  readonly fetch: SimulatorOptions['fetch'];
  readonly onEvent: ((event: HistoryEvent, execution: ExecutionHandle) => void) | undefined;
  readonly onMapRunProgress: SimulatorOptions['onMapRunProgress'];
  /** SendTaskSuccess/Failure/Heartbeat, for handlers. */
  readonly callbackApi: CallbackApi;
  readItems(request: ItemReaderInvocation): ItemReaderOutcome;
  /** Starts a nested execution of a registered machine (states:startExecution, distributed Map children). */
  startChild(parent: Execution, request: { stateMachine: string; input: JsonValue; name?: string }): Outcome<Execution>;
}
