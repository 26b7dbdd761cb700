import type { JsonObject, JsonValue, QueryLanguage } from '@aslkit/core';
import type { InspectionData, InspectionLevel } from './api-types.js';
import type { HttpExchange, StageName, StepOutcome, TraceEvent } from './engine/types.js';

type DocumentField = 'input' | 'afterInputPath' | 'afterParameters' | 'afterArguments' | 'result' | 'afterResultSelector' | 'afterResultPath' | 'afterItemsPath' | 'afterItemSelector' | 'afterItemBatcher' | 'afterItemsPointer';

/** Which data-flow stages AWS's TestState reports, per state type and query language (as recorded). */
const REPORTED: Record<QueryLanguage, Record<string, readonly DocumentField[]>> = {
  JSONPath: {
    Pass: ['input', 'afterInputPath', 'afterParameters', 'result', 'afterResultSelector', 'afterResultPath'],
    Task: ['input', 'afterInputPath', 'afterParameters', 'result', 'afterResultSelector', 'afterResultPath'],
    Choice: ['input', 'afterInputPath'],
    Wait: ['input', 'afterInputPath'],
    Succeed: ['input', 'afterInputPath'],
    Fail: ['input', 'afterInputPath'],
    Parallel: ['input', 'afterResultSelector', 'afterResultPath'],
    Map: ['input', 'afterInputPath', 'afterItemsPath', 'afterItemSelector', 'afterItemBatcher', 'afterItemsPointer', 'afterResultSelector', 'afterResultPath'],
  },
  JSONata: {
    Task: ['input', 'afterArguments', 'result'],
    Pass: ['input'],
    Choice: ['input'],
    Wait: ['input'],
    Succeed: ['input'],
    Fail: ['input'],
    Parallel: ['input'],
    Map: ['input'],
  },
};

/** Collects the engine's trace events of one TestState run. */
export class InspectionRecorder {
  readonly stages = new Map<StageName, JsonValue>();
  mapConfig: { maxConcurrency: number; toleratedFailureCount?: number; toleratedFailurePercentage?: number } | undefined;
  http: HttpExchange | undefined;

  record = (event: TraceEvent): void => {
    if (event.kind === 'stage') this.stages.set(event.stage, event.value);
    else if (event.kind === 'mapConfig') this.mapConfig = event;
    else if (event.kind === 'http') this.http = event.exchange;
  };
}

/** The inspectionData AWS returns at DEBUG and TRACE (nothing at INFO). */
export function buildInspectionData(
  level: InspectionLevel,
  stateType: string,
  language: QueryLanguage,
  recorder: InspectionRecorder,
  outcome: StepOutcome,
  variablesAfter: JsonObject,
  revealSecrets: boolean,
): InspectionData | undefined {
  if (level === 'INFO') return undefined;
  const data: InspectionData = {};
  for (const field of REPORTED[language][stateType] ?? ['input']) {
    const value = recorder.stages.get(field);
    if (value !== undefined) data[field] = JSON.stringify(value);
  }
  if (recorder.mapConfig) {
    data.maxConcurrency = recorder.mapConfig.maxConcurrency;
    if (recorder.mapConfig.toleratedFailureCount !== undefined) data.toleratedFailureCount = recorder.mapConfig.toleratedFailureCount;
    if (recorder.mapConfig.toleratedFailurePercentage !== undefined) data.toleratedFailurePercentage = recorder.mapConfig.toleratedFailurePercentage;
  }
  if (Object.keys(variablesAfter).length > 0) data.variables = JSON.stringify(variablesAfter);
  if (outcome.kind === 'retry') {
    data.errorDetails = { retryIndex: outcome.retryIndex, retryBackoffIntervalSeconds: Math.round(outcome.delaySeconds) };
  } else if (outcome.kind === 'caught') {
    data.errorDetails = { catchIndex: outcome.catchIndex, ...(outcome.exhaustedRetryIndex === undefined ? {} : { retryIndex: outcome.exhaustedRetryIndex }) };
  } else if (outcome.kind === 'fail' && outcome.exhaustedRetryIndex !== undefined) {
    data.errorDetails = { retryIndex: outcome.exhaustedRetryIndex };
  }
  if (level === 'TRACE' && recorder.http) {
    data.request = { ...recorder.http.request };
    data.response = { ...recorder.http.response };
    if (!revealSecrets) {
      data.request.headers = redactHeaders(data.request.headers ?? '');
    }
  }
  return data;
}

/** Without revealSecrets, authorization-like request headers are hidden. */
function redactHeaders(headers: string): string {
  return headers.replace(/((?:authorization|x-api-key|cookie)[^:]*: )([^,\]]*)/gi, '$1***');
}
