import { isJsonObject, type JsonObject, type JsonValue } from '@aslkit/core';
import { analysisOf, parseResource } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** States that pace a loop by themselves: they wait for a job, a callback, an activity or child work. */
function blocks(state: JsonObject): boolean {
  const type = state['Type'];
  if (type === 'Wait' || type === 'Map' || type === 'Parallel') return true;
  if (type !== 'Task' || typeof state['Resource'] !== 'string') return false;
  const resource = parseResource(state['Resource']);
  if (resource.kind === 'activity') return true;
  return (resource.kind === 'optimized' || resource.kind === 'aws-sdk') && resource.pattern !== 'request-response';
}

/** A Choice that continues while there is a next page: the loop walks data, it does not poll. */
const PAGINATION = /token|marker|cursor|next|page|continu|lastevaluatedkey|startafter|offset|more|remaining|hasmore|index|count|iterat/i;

function testedText(rule: JsonValue | undefined, out: string[]): string[] {
  if (Array.isArray(rule)) for (const item of rule) testedText(item, out);
  else if (isJsonObject(rule)) {
    for (const [key, value] of Object.entries(rule)) {
      if (key === 'Next' || key === 'Comment' || key === 'Assign' || key === 'Output') continue;
      if (typeof value === 'string') out.push(value);
      else testedText(value, out);
    }
  }
  return out;
}

function paginates(state: JsonObject): boolean {
  return state['Type'] === 'Choice' && testedText(state['Choices'], []).some((text) => PAGINATION.test(text));
}

/** A loop of states without a Wait state: each turn runs at full speed. */
export const hotLoop: RuleModule = {
  id: 'hot-loop',
  defaultSeverity: 'WARNING',
  docs: {
    description: 'Polling loops that contain no Wait state.',
    rationale:
      'A polling or retry loop without a Wait spins as fast as the states run: it burns state transitions (billed in Standard, capped at 25,000 history events) and hammers the services it polls. Loops that pace themselves (a Map or Parallel, a .sync or .waitForTaskToken task, an activity) and loops that walk data (their Choice tests a next token, marker, page, index or count, or a Pass state moves an iterator along) are not reported.',
    category: 'control-flow',
  },
  messages: {
    hot: 'The loop through {states} has no Wait state; add a Wait (or use Retry with IntervalSeconds) so each turn is paced.',
  },
  check(context) {
    const analysis = analysisOf(context);
    for (const graph of analysis.graphs) {
      for (const loop of graph.loops) {
        if (!loop.some((i) => graph.reachable[i])) continue;
        if (loop.some((i) => blocks(graph.states[i] as JsonObject) || paginates(graph.states[i] as JsonObject))) continue;
        // A Pass state in the loop moves an iterator or counter along: the loop walks data.
        if (loop.some((i) => graph.states[i]?.['Type'] === 'Pass')) continue;
        context.report({
          path: graph.statePath(graph.loopEntry(loop)),
          messageId: 'hot',
          data: { states: graph.loopNames(loop) },
          onKey: true,
        });
      }
    }
  },
};
