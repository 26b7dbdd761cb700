import { analysisOf } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** Reachable states that can never reach a Succeed, Fail or `End: true` state: a loop with no way out. */
export const noTerminalPath: RuleModule = {
  id: 'no-terminal-path',
  defaultSeverity: 'ERROR',
  docs: {
    description: 'States that can never reach a terminal state (a loop with no exit).',
    rationale: 'An execution that enters such a loop runs until the execution times out (a year for Standard), burning state transitions.',
    category: 'control-flow',
  },
  messages: {
    loop: 'States {states} form a loop that never reaches an End, Succeed or Fail state.',
  },
  check(context) {
    const analysis = analysisOf(context);
    for (const graph of analysis.graphs) {
      if (graph.start === undefined) continue;
      for (const loop of graph.loops) {
        if (!loop.every((i) => graph.reachable[i] && !graph.canTerminate[i])) continue;
        // Only loops nothing else escapes to: a stuck loop that leads to another stuck loop reports the last one.
        const inLoop = new Set(loop);
        const leaves = loop.some((i) => (graph.successors[i] ?? []).some((next) => !inLoop.has(next)));
        if (leaves) continue;
        context.report({
          path: graph.statePath(graph.loopEntry(loop)),
          messageId: 'loop',
          data: { states: graph.loopNames(loop) },
          onKey: true,
        });
      }
    }
  },
};
