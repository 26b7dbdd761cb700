import { hasOwn, isJsonObject, transitionsOf, type Scope } from '@aslkit/core';
import type { RuleContext } from '../../rule.js';
import { awsRule } from './define.js';

function checkScope(context: RuleContext, scope: Scope): void {
  const states = scope.states;
  const names = Object.keys(states);
  if (names.length === 0) return;
  const startAtKnown = scope.startAt !== undefined && hasOwn(states, scope.startAt);
  if (scope.startAt !== undefined && !startAtKnown) {
    context.report({ path: [...scope.path, 'StartAt'], messageId: 'missing', data: { target: scope.startAt } });
  }
  const edges = new Map<string, string[]>();
  for (const name of names) {
    const state = states[name];
    if (!isJsonObject(state)) continue;
    const targets: string[] = [];
    for (const transition of transitionsOf(state, [...scope.path, 'States', name])) {
      if (hasOwn(states, transition.target)) targets.push(transition.target);
      else context.report({ path: transition.path, messageId: 'missing', data: { target: transition.target } });
    }
    edges.set(name, targets);
  }
  if (!startAtKnown || scope.startAt === undefined) return;
  const reached = new Set<string>([scope.startAt]);
  const queue = [scope.startAt];
  while (queue.length > 0) {
    for (const next of edges.get(queue.pop() as string) ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  for (const name of names) {
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
    for (const scope of context.scopes) checkScope(context, scope);
  },
});
