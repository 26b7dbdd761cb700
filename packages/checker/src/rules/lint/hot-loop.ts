import { analysisOf } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** A loop of states without a Wait state: each turn runs at full speed. */
export const hotLoop: RuleModule = {
  id: 'hot-loop',
  defaultSeverity: 'WARNING',
  docs: {
    description: 'Loops that contain no Wait state.',
    rationale:
      'A polling or retry loop without a Wait spins as fast as the states run: it burns state transitions (billed in Standard, capped at 25,000 history events) and hammers the services it polls.',
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
        if (loop.some((i) => graph.states[i]?.['Type'] === 'Wait')) continue;
        const inLoop = new Set(loop);
        const entry = loop.find((i) => i === graph.start || (graph.predecessors[i] ?? []).some((p) => !inLoop.has(p))) ?? (loop[0] as number);
        context.report({
          path: graph.statePaths[entry] as (string | number)[],
          messageId: 'hot',
          data: { states: loop.map((i) => `'${graph.names[i]}'`).join(', ') },
          onKey: true,
        });
      }
    }
  },
};
