import type { JsonValue } from '@aslkit/core';
import type { TestStateOptions, TestStateRequest } from '../api-types.js';
import type { EnginePorts, ItemReaderOutcome, MapOutcome, BranchesOutcome, TaskOutcome } from '../engine/types.js';
import { exceedsToleratedFailure, TOLERATED_FAILURE_CAUSE } from '../engine/tolerated-failure.js';
import { invokeHttpTask } from './http-task.js';

/** Thrown-free marker: an integration TestState cannot run (no mock, no handler). */
export interface UnrunnableTask {
  resource: string;
}

/**
 * The ports TestState gives the engine: the request's mock answers Task, Parallel and Map; without a
 * mock, HTTP Tasks go out through `fetch` and other Tasks to `options.handlers`.
 */
export function createTestStatePorts(
  request: TestStateRequest,
  mockResult: JsonValue | undefined,
  options: TestStateOptions,
  onUnrunnable: (task: UnrunnableTask) => void,
): EnginePorts {
  const mock = request.mock;
  const mockedFailure = (): { ok: false; error: string; cause: string } | undefined =>
    mock?.errorOutput ? { ok: false, error: mock.errorOutput.error ?? '', cause: mock.errorOutput.cause ?? '' } : undefined;

  return {
    async invokeTask(invocation): Promise<TaskOutcome> {
      const failure = mockedFailure();
      if (failure) return failure;
      if (mock && mockResult !== undefined) return { ok: true, result: mockResult };
      const handler = options.handlers?.[invocation.resource];
      if (handler) return handler(invocation);
      if (invocation.kind === 'http') {
        const fetchImpl = options.fetch ?? (globalThis as { fetch?: TestStateOptions['fetch'] }).fetch;
        return invokeHttpTask(invocation, fetchImpl, options.httpTimeoutMs);
      }
      onUnrunnable({ resource: invocation.resource });
      return { ok: false, error: 'States.TaskFailed', cause: `No mock or local handler for '${invocation.resource}'.` };
    },
    async runParallel(): Promise<BranchesOutcome> {
      const failure = mockedFailure();
      if (failure) return failure;
      return { ok: true, result: Array.isArray(mockResult) ? mockResult : [] };
    },
    async runMap(invocation): Promise<MapOutcome> {
      const failure = mockedFailure();
      if (failure) return failure;
      const failed = request.stateConfiguration?.mapIterationFailureCount ?? 0;
      const thresholdsSet = invocation.toleratedFailureCount !== undefined || invocation.toleratedFailurePercentage !== undefined;
      const total = Array.isArray(mockResult) ? mockResult.length : invocation.iterationInputs.length;
      if (thresholdsSet && exceedsToleratedFailure(failed, total, invocation.toleratedFailureCount, invocation.toleratedFailurePercentage)) {
        return { ok: false, error: 'States.ExceedToleratedFailureThreshold', cause: TOLERATED_FAILURE_CAUSE };
      }
      return { ok: true, result: mockResult ?? [] };
    },
    async readItems(): Promise<ItemReaderOutcome> {
      const data = request.stateConfiguration?.mapItemReaderData;
      if (data === undefined) return { ok: true, items: [] };
      try {
        const items = JSON.parse(data) as JsonValue;
        return Array.isArray(items) ? { ok: true, items } : { ok: false, error: 'States.ItemReaderFailed', cause: 'Attempting to map over non-iterable node.' };
      } catch {
        return { ok: false, error: 'States.ItemReaderFailed', cause: 'The item reader data is not valid JSON.' };
      }
    },
  };
}
