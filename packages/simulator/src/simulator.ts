import type { JsonValue, StateMachineDefinition, StateMachineType } from '@aslkit/core';
import type {
  ActivityTask,
  CallbackApi,
  ExecutionDescription,
  ExecutionHandle,
  MapRunDescription,
  Outcome,
  RunResult,
  SimulatorOptions,
  StartExecutionRequest,
  StateMachineRecord,
} from './types.js';

/**
 * A long-lived simulator: a registry of state machines and activities, its executions, one clock.
 * `aslkit serve` (packages/endpoint) keeps one per server; `run()` makes a short-lived one.
 */
export class Simulator implements CallbackApi {
  constructor(readonly options: SimulatorOptions = {}) {}

  /** Registers (or replaces) a machine; nested `states:startExecution` tasks find it by ARN or name. */
  registerStateMachine(_machine: { name: string; definition: StateMachineDefinition | string; type?: StateMachineType; roleArn?: string; stateMachineArn?: string }): Outcome<StateMachineRecord> {
    return notYet();
  }

  getStateMachine(_arnOrName: string): StateMachineRecord | undefined {
    return undefined;
  }

  /** Creates an activity (idempotent by name); returns its ARN. */
  createActivity(_name: string): string {
    return '';
  }

  /**
   * StartExecution: returns the handle immediately (the execution runs in the background).
   * Idempotent for STANDARD: the same name and input return the running/finished execution;
   * the same name with another input is ExecutionAlreadyExists.
   */
  startExecution(_request: StartExecutionRequest): Outcome<ExecutionHandle> {
    return notYet();
  }

  /** StartSyncExecution: runs an EXPRESS machine to its end. */
  async startSyncExecution(_request: StartExecutionRequest): Promise<Outcome<RunResult>> {
    return notYet();
  }

  getExecution(_executionArn: string): ExecutionHandle | undefined {
    return undefined;
  }

  describeExecution(_executionArn: string): Outcome<ExecutionDescription> {
    return notYet();
  }

  listExecutions(_stateMachineArn?: string): ExecutionDescription[] {
    return [];
  }

  /** StopExecution: ABORTED with the given error/cause. */
  stopExecution(_executionArn: string, _error?: string, _cause?: string): Outcome<{ stopDate: Date }> {
    return notYet();
  }

  sendTaskSuccess(_taskToken: string, _output: JsonValue | string): Outcome<null> {
    return notYet();
  }

  sendTaskFailure(_taskToken: string, _error?: string, _cause?: string): Outcome<null> {
    return notYet();
  }

  sendTaskHeartbeat(_taskToken: string): Outcome<null> {
    return notYet();
  }

  /**
   * GetActivityTask: resolves with the next scheduled task of the activity, or `null` after
   * `waitMs` (default 60 s real time; 0 = do not wait).
   */
  async getActivityTask(_activityArn: string, _workerName?: string, _waitMs?: number): Promise<Outcome<ActivityTask | null>> {
    return notYet();
  }

  listMapRuns(_executionArn: string): MapRunDescription[] {
    return [];
  }

  describeMapRun(_mapRunArn: string): Outcome<MapRunDescription> {
    return notYet();
  }

  /** Current time of the simulator's clock. */
  now(): Date {
    return new Date(0);
  }
}

function notYet<T>(): Outcome<T> {
  return { ok: false, error: { code: 'ValidationException', message: 'not implemented yet' } };
}
