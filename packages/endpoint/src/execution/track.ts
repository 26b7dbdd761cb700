/**
 * The bridge between simulator executions and the endpoint's execution records: a record follows its
 * live handle while it runs and is persisted once it ends. Executions the simulator started by itself
 * (nested `states:startExecution` children) are adopted into the records when first seen.
 */
import type { ExecutionHandle, HistoryEvent, RunResult } from '@aslkit/simulator';
import { persist, type EndpointContext } from '../context.js';
import { revisionOf } from '../model/lookup.js';
import type { ExecutionRecord, HistoryEventRecord, MachineRevision } from '../model/records.js';

export function toEventRecords(events: readonly HistoryEvent[]): HistoryEventRecord[] {
  return events.map((event) => ({ ...(event as unknown as Record<string, unknown>), timestamp: event.timestamp.getTime() }) as HistoryEventRecord);
}

function applyDescription(record: ExecutionRecord, handle: ExecutionHandle): void {
  const description = handle.describe();
  record.status = description.status;
  if (description.stopDate) record.stopDate = description.stopDate.getTime();
  if (description.output !== undefined) record.output = description.output;
  if (description.error !== undefined) record.error = description.error;
  if (description.cause !== undefined) record.cause = description.cause;
  if (description.mapRunArn !== undefined) record.mapRunArn = description.mapRunArn;
}

/** Brings a record up to date with its live handle (status, output, history so far). */
export function refreshRecord(context: EndpointContext, record: ExecutionRecord): ExecutionRecord {
  const handle = context.live.get(record.executionArn);
  if (handle) {
    applyDescription(record, handle);
    const history = handle.history();
    if (history.length !== record.events.length) record.events = toEventRecords(history);
  }
  return record;
}

function startedChildren(record: ExecutionRecord): boolean {
  return record.events.some((event) => {
    const details = event['taskScheduledEventDetails'] as { resourceType?: string; resource?: string } | undefined;
    return details?.resourceType === 'states' && details.resource?.startsWith('startExecution') === true;
  });
}

function finish(context: EndpointContext, record: ExecutionRecord, handle: ExecutionHandle, result: RunResult): Promise<void> {
  applyDescription(record, handle);
  record.status = result.status;
  record.stopDate = result.stopDate.getTime();
  if (result.outputText !== undefined) record.output = result.outputText;
  if (result.error !== undefined) record.error = result.error;
  if (result.cause !== undefined) record.cause = result.cause;
  record.events = toEventRecords(handle.history());
  context.live.delete(record.executionArn);
  // Children this execution started (nested executions) are recorded, and so persisted, too.
  if (startedChildren(record)) adoptSimulatorExecutions(context);
  return persist(context, 'executions', record.executionArn, record);
}

/** Follows `handle` until it ends; `settled` resolves once the finished record is on disk. */
export function trackExecution(context: EndpointContext, record: ExecutionRecord, handle: ExecutionHandle): void {
  context.executions.set(record.executionArn, record);
  context.live.set(record.executionArn, handle);
  const settled = handle.done.then((result) => finish(context, record, handle, result)).catch(() => undefined);
  context.settling.add(settled);
  void settled.finally(() => context.settling.delete(settled));
}

function revisionForArn(context: EndpointContext, stateMachineArn: string): (MachineRevision & { name: string }) | undefined {
  for (const machine of context.machines.values()) {
    if (machine.arn === stateMachineArn) return { ...revisionOf(machine), name: machine.name };
    const version = machine.versions.find((candidate) => candidate.arn === stateMachineArn);
    if (version) return { ...revisionOf(version), name: machine.name };
  }
  return undefined;
}

/** Adds records for executions the simulator started on its own (nested executions). */
export function adoptSimulatorExecutions(context: EndpointContext): void {
  for (const description of context.simulator.listExecutions()) {
    if (context.executions.has(description.executionArn)) continue;
    const handle = context.simulator.getExecution(description.executionArn);
    const revision = revisionForArn(context, description.stateMachineArn);
    if (!handle || !revision) continue;
    const record: ExecutionRecord = {
      executionArn: description.executionArn,
      stateMachineArn: description.stateMachineArn,
      name: description.name,
      type: revision.type,
      status: description.status,
      startDate: description.startDate.getTime(),
      input: description.input,
      revision,
      redriveCount: 0,
      events: [],
    };
    if (description.parentExecutionArn) record.parentExecutionArn = description.parentExecutionArn;
    trackExecution(context, record, handle);
  }
}
