import { hasOwn, isJsonObject, transitionsOf, type JsonObject, type Scope } from '@aslkit/core';
import type { RuleContext } from '../../rule.js';
import { awsRule } from './define.js';

/**
 * Appends the transition targets of a state (Next, Default, Choices[i].Next, Catch[i].Next) that
 * are strings, in that order: what `transitionsOf` finds, without building the paths.
 */
function collectTargets(state: JsonObject, into: string[]): void {
  const next = state['Next'];
  if (typeof next === 'string') into.push(next);
  const fallback = state['Default'];
  if (typeof fallback === 'string') into.push(fallback);
  for (const field of ['Choices', 'Catch'] as const) {
    const list = state[field];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const target = isJsonObject(item) ? item['Next'] : undefined;
      if (typeof target === 'string') into.push(target);
    }
  }
}

function checkScope(context: RuleContext, scope: Scope, targets: string[]): void {
  const states = scope.states;
  let empty = true;
  for (const _ in states) {
    empty = false;
    break;
  }
  if (empty) return;
  const startAt = scope.startAt;
  const startAtKnown = startAt !== undefined && hasOwn(states, startAt);
  if (startAt !== undefined && !startAtKnown) {
    context.report({ path: [...scope.path, 'StartAt'], messageId: 'missing', data: { target: startAt } });
  }
  for (const name in states) {
    const state = states[name];
    if (!isJsonObject(state)) continue;
    targets.length = 0;
    collectTargets(state, targets);
    let allKnown = true;
    for (const target of targets) if (!hasOwn(states, target)) allKnown = false;
    if (allKnown) continue;
    // Paths are built only for a state with a missing target.
    for (const transition of transitionsOf(state, [...scope.path, 'States', name])) {
      if (!hasOwn(states, transition.target)) context.report({ path: transition.path, messageId: 'missing', data: { target: transition.target } });
    }
  }
  if (!startAtKnown) return;
  const reached = new Set<string>([startAt]);
  const queue = [startAt];
  while (queue.length > 0) {
    const state = states[queue.pop() as string];
    if (!isJsonObject(state)) continue;
    targets.length = 0;
    collectTargets(state, targets);
    for (const next of targets) {
      if (!reached.has(next) && hasOwn(states, next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  for (const name in states) {
    if (!reached.has(name) && isJsonObject(states[name])) {
      context.report({ path: [...scope.path, 'States', name], messageId: 'unreachable', data: { name }, onKey: true });
    }
  }
}

export const missingTransitionTarget = awsRule({
  code: 'MISSING_TRANSITION_TARGET',
  description: 'A Next, Default, StartAt or Catch target names no state of its scope, or a state cannot be reached from StartAt.',
  messages: {
    missing: "Missing 'Next' target: {target}",
    unreachable: 'State "{name}" is not reachable.',
  },
  check(context) {
    const targets: string[] = [];
    for (const scope of context.scopes) checkScope(context, scope, targets);
  },
});
