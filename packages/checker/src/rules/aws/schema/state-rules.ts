import { hasOwn, isJsonObject, type JsonObject, type JsonValue, type PathSegment } from '@aslkit/core';
import { analysisOf } from '../../../analysis/index.js';
import type { Emit, SchemaCheck } from './emit.js';
import { isRfc3339Timestamp } from './timestamps.js';

const FLOW_TYPES = new Set(['Task', 'Pass', 'Wait', 'Parallel', 'Map']);

/** Fields of which at most one may be present, per state type. */
const EXCLUSIVE: Record<string, readonly (readonly string[])[]> = {
  Task: [['TimeoutSeconds', 'TimeoutSecondsPath'], ['HeartbeatSeconds', 'HeartbeatSecondsPath']],
  Wait: [['Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath']],
  Fail: [['Error', 'ErrorPath'], ['Cause', 'CausePath']],
  Map: [
    ['ItemProcessor', 'Iterator'],
    ['ItemSelector', 'Parameters'],
    ['MaxConcurrency', 'MaxConcurrencyPath'],
    ['ToleratedFailurePercentage', 'ToleratedFailurePercentagePath'],
    ['ToleratedFailureCount', 'ToleratedFailureCountPath'],
  ],
};

const NO_GROUPS: readonly (readonly string[])[] = [];

/** Exclusive fields inside Map's nested configuration objects. */
const MAP_NESTED_EXCLUSIVE: readonly { at: readonly string[]; fields: readonly string[] }[] = [
  { at: ['ItemReader', 'ReaderConfig'], fields: ['MaxItems', 'MaxItemsPath'] },
  { at: ['ItemBatcher'], fields: ['MaxItemsPerBatch', 'MaxItemsPerBatchPath'] },
  { at: ['ItemBatcher'], fields: ['MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath'] },
];

function nested(state: JsonObject, at: readonly string[]): JsonObject | undefined {
  let node: JsonObject | undefined = state;
  for (const field of at) {
    const next: unknown = node?.[field];
    node = isJsonObject(next) ? next : undefined;
  }
  return node;
}

function present(state: JsonObject, fields: readonly string[]): string[] {
  return fields.filter((field) => hasOwn(state, field));
}

/** How many of the fields a state has (no list built: most states have at most one). */
function countPresent(state: JsonObject, fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) if (hasOwn(state, field)) count++;
  return count;
}

function checkErrorHandlers(handlers: JsonValue | undefined, path: PathSegment[], field: 'Retry' | 'Catch', emit: Emit): void {
  if (!Array.isArray(handlers)) return;
  const noun = field === 'Retry' ? 'Retrier' : 'Catcher';
  for (let index = 0; index < handlers.length; index++) {
    const handler = handlers[index];
    if (!isJsonObject(handler) || !Array.isArray(handler['ErrorEquals'])) continue;
    const errors = handler['ErrorEquals'];
    if (!errors.includes('States.ALL')) continue;
    if (errors.length === 1 && index === handlers.length - 1) continue;
    const handlerPath = [...path, field, index];
    if (errors.length > 1) emit([...handlerPath, 'ErrorEquals'], "'States.ALL' must appear alone in the field 'ErrorEquals'");
    if (index !== handlers.length - 1) emit(handlerPath, `A ${noun} with 'States.ALL' must be the last one in the field '${field}'`);
  }
}

function checkCredentials(credentials: JsonValue | undefined, path: PathSegment[], jsonPath: boolean, emit: Emit): void {
  if (!isJsonObject(credentials)) return;
  if (hasOwn(credentials, 'RoleArn') || (jsonPath && hasOwn(credentials, 'RoleArn.$'))) return;
  emit([...path, 'Credentials'], "The field 'RoleArn' is required but was missing");
}

/** Rules of single states that a JSON Schema states poorly: exclusive fields, Next/End, States.ALL… */
export const checkStateRules: SchemaCheck = (context, emit) => {
  for (const facts of analysisOf(context).states.all) {
    const { state, path } = facts.ref;
    const type = facts.type;
    if (type === undefined) continue;
    if (FLOW_TYPES.has(type)) {
      const hasNext = facts.next !== undefined;
      const ends = facts.end === true;
      if (hasNext && ends) emit(path, 'Only one of these fields may be set: [Next, End]', { keyPath: [...path, 'End'] });
      else if (!hasNext && !ends) emit(path, 'One of these fields is required: [Next, End]');
    }
    for (const group of (hasOwn(EXCLUSIVE, type) ? EXCLUSIVE[type] : undefined) ?? NO_GROUPS) {
      const count = countPresent(state, group);
      if (count === 1 || (count === 0 && type !== 'Wait')) continue;
      const found = present(state, group);
      if (found.length > 1) emit(path, `Only one of these fields may be set: [${found.join(', ')}]`, { keyPath: [...path, found[1] as string] });
      else if (type === 'Wait' && found.length === 0) emit(path, `One of these fields is required: [${group.join(', ')}]`);
    }
    if (type === 'Map') {
      if (!hasOwn(state, 'ItemProcessor') && !hasOwn(state, 'Iterator')) emit(path, 'These fields are required: [ItemProcessor]');
      for (const { at, fields } of MAP_NESTED_EXCLUSIVE) {
        const holder = nested(state, at);
        if (holder === undefined || countPresent(holder, fields) < 2) continue;
        const found = present(holder, fields);
        if (found.length > 1) emit([...path, ...at], `Only one of these fields may be set: [${found.join(', ')}]`, { keyPath: [...path, ...at, found[1] as string] });
      }
    }
    if (type === 'Task') {
      checkCredentials(facts.credentials, path, facts.ref.queryLanguage === 'JSONPath', emit);
      const timeout = facts.timeoutSeconds;
      const heartbeat = facts.heartbeatSeconds;
      if (typeof timeout === 'number' && typeof heartbeat === 'number' && heartbeat >= timeout) {
        emit([...path, 'HeartbeatSeconds'], "The value for the field 'HeartbeatSeconds' must be smaller than the value for the field 'TimeoutSeconds'");
      }
    }
    if (type === 'Task' || type === 'Parallel' || type === 'Map') {
      checkErrorHandlers(facts.retry, path, 'Retry', emit);
      checkErrorHandlers(facts.catch, path, 'Catch', emit);
    }
    if (type === 'Wait') {
      const timestamp = facts.timestamp;
      const jsonata = typeof timestamp === 'string' && timestamp.startsWith('{%') && facts.ref.queryLanguage === 'JSONata';
      if (typeof timestamp === 'string' && !jsonata && !isRfc3339Timestamp(timestamp)) {
        emit([...path, 'Timestamp'], "The value for the field 'Timestamp' must be a valid RFC3339 timestamp");
      }
    }
  }
};
