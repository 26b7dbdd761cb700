import { runCache } from './run-cache.js';
import { isJsonObject, StatesErrors, UNCATCHABLE_BY_STATES_ALL, type DocumentPath, type JsonValue, type StateRef } from '@aslkit/core';

/** One Retrier or Catcher with its error names. */
export interface ErrorHandler {
  index: number;
  path: DocumentPath;
  names: string[];
}

const NONE: readonly ErrorHandler[] = Object.freeze([]);
const retriers = runCache<object, readonly ErrorHandler[]>();
const catchers = runCache<object, readonly ErrorHandler[]>();

/**
 * The Retry or Catch entries of a state that have an ErrorEquals list of strings. Several rules
 * ask for the same state's handlers: they are built once per run (callers only read them).
 */
export function errorHandlersOf(ref: StateRef, field: 'Retry' | 'Catch'): readonly ErrorHandler[] {
  const list = ref.state[field];
  if (!Array.isArray(list) || list.length === 0) return NONE;
  const cache = field === 'Retry' ? retriers : catchers;
  let handlers = cache.get(ref.state);
  if (!handlers) {
    handlers = buildHandlers(ref, field, list);
    cache.set(ref.state, handlers);
  }
  return handlers;
}

function buildHandlers(ref: StateRef, field: 'Retry' | 'Catch', list: JsonValue[]): ErrorHandler[] {
  const handlers: ErrorHandler[] = [];
  list.forEach((entry: JsonValue, index) => {
    if (!isJsonObject(entry) || !Array.isArray(entry['ErrorEquals'])) return;
    const names = entry['ErrorEquals'].filter((name): name is string => typeof name === 'string');
    handlers.push({ index, path: [...ref.path, field, index], names });
  });
  return handlers;
}

/**
 * Whether an error name listed earlier already matches every error that `name` matches:
 * the same name, `States.ALL` (all but States.Runtime and States.DataLimitExceeded), or
 * `States.TaskFailed` for errors that are not `States.*` names (task errors such as Lambda's).
 */
export function errorNameCovers(earlier: string, name: string): boolean {
  if (earlier === name) return true;
  if (earlier === StatesErrors.ALL) return !UNCATCHABLE_BY_STATES_ALL.includes(name);
  if (earlier === StatesErrors.TaskFailed) return !name.startsWith('States.');
  return false;
}

/** For each handler, the earlier handlers that together already match all its names (empty when it is live). */
export function shadowedHandlers(handlers: readonly ErrorHandler[]): { handler: ErrorHandler; by: ErrorHandler[] }[] {
  const shadowed: { handler: ErrorHandler; by: ErrorHandler[] }[] = [];
  handlers.forEach((handler, position) => {
    if (handler.names.length === 0) return;
    const by = new Set<ErrorHandler>();
    const covered = handler.names.every((name) =>
      handlers.slice(0, position).some((earlier) => {
        const hit = earlier.names.some((earlierName) => errorNameCovers(earlierName, name));
        if (hit) by.add(earlier);
        return hit;
      }),
    );
    if (covered) shadowed.push({ handler, by: [...by] });
  });
  return shadowed;
}
