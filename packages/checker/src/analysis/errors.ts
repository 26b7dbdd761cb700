import { isJsonObject, StatesErrors, UNCATCHABLE_BY_STATES_ALL, type DocumentPath, type JsonValue, type StateRef } from '@aslkit/core';

/** One Retrier or Catcher with its error names. */
export interface ErrorHandler {
  readonly index: number;
  readonly path: DocumentPath;
  readonly names: string[];
}

/** The entries of a Retry or Catch list that have an ErrorEquals list, with their string names. */
export function buildHandlers(ref: StateRef, field: 'Retry' | 'Catch', list: readonly JsonValue[]): ErrorHandler[] {
  const handlers: ErrorHandler[] = [];
  for (let index = 0; index < list.length; index++) {
    const entry = list[index];
    if (!isJsonObject(entry)) continue;
    const errors = entry['ErrorEquals'];
    if (!Array.isArray(errors)) continue;
    const names: string[] = [];
    for (const name of errors) if (typeof name === 'string') names.push(name);
    handlers.push(new Handler(ref.path, field, index, names));
  }
  return handlers;
}

/** A handler whose path is built on first use (only reports need it). */
class Handler implements ErrorHandler {
  private built: DocumentPath | undefined;

  constructor(
    private readonly statePath: DocumentPath,
    private readonly field: 'Retry' | 'Catch',
    readonly index: number,
    readonly names: string[],
  ) {}

  get path(): DocumentPath {
    this.built ??= [...this.statePath, this.field, this.index];
    return this.built;
  }
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
  for (let position = 1; position < handlers.length; position++) {
    const handler = handlers[position] as ErrorHandler;
    if (handler.names.length === 0) continue;
    // For each name, the first earlier handler that matches it (each handler listed once).
    const by: ErrorHandler[] = [];
    let covered = true;
    for (const name of handler.names) {
      let hit: ErrorHandler | undefined;
      for (let earlier = 0; earlier < position && !hit; earlier++) {
        const candidate = handlers[earlier] as ErrorHandler;
        if (candidate.names.some((earlierName) => errorNameCovers(earlierName, name))) hit = candidate;
      }
      if (!hit) {
        covered = false;
        break;
      }
      if (!by.includes(hit)) by.push(hit);
    }
    if (covered) shadowed.push({ handler, by });
  }
  return shadowed;
}
