import { hasOwn, type Scope } from '@aslkit/core';
import { analysisOf, type ScopeGraph } from '../../analysis/index.js';
import type { RuleContext } from '../../rule.js';
import { awsRule } from './define.js';

function hasStates(scope: Scope): boolean {
  for (const _ in scope.states) return true;
  return false;
}

/**
 * Reports from the scope's control-flow graph (shared with the lint rules, which walk it too). A
 * target naming a member of States that is not an object counts as present, as it always has: the
 * schema check reports that member.
 */
function checkScope(context: RuleContext, scope: Scope, graph: ScopeGraph): void {
  if (!hasStates(scope)) return;
  const states = scope.states;
  const startAt = scope.startAt;
  const startAtKnown = startAt !== undefined && hasOwn(states, startAt);
  if (startAt !== undefined && !startAtKnown) {
    context.report({ path: [...scope.path, 'StartAt'], messageId: 'missing', data: { target: startAt } });
  }
  for (const transition of graph.dangling) {
    if (!hasOwn(states, transition.target)) context.report({ path: transition.path, messageId: 'missing', data: { target: transition.target } });
  }
  if (!startAtKnown) return;
  // StartAt naming a member that is not an object reaches nothing.
  const reachable = graph.start === undefined ? undefined : graph.reachable;
  for (let index = 0; index < graph.names.length; index++) {
    if (reachable?.[index] === true) continue;
    const name = graph.names[index] as string;
    context.report({ path: graph.statePath(index), messageId: 'unreachable', data: { name }, onKey: true });
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
    const graphs = analysisOf(context).graphs;
    context.scopes.forEach((scope, id) => checkScope(context, scope, graphs[id] as ScopeGraph));
  },
});
