import { EXPRESS_MAX_DURATION_SECONDS } from '@aslkit/core';
import type { RuleModule } from '../../rule.js';

/** Waits that outlast an Express execution's five minutes. */
export const expressWaitTooLong: RuleModule = {
  id: 'express-wait-too-long',
  defaultSeverity: 'ERROR',
  docs: {
    description: 'Wait states of Express state machines longer than five minutes (and Express TimeoutSeconds above five minutes).',
    rationale: 'Express executions run at most 300 seconds: a longer Wait always times the execution out. Use a Standard workflow for long waits.',
    category: 'tasks',
  },
  messages: {
    wait: "Wait '{name}' waits {seconds} s, but an Express execution stops after {max} s; use a Standard state machine for long waits.",
    timeout: 'TimeoutSeconds {seconds} is more than an Express execution may run ({max} s).',
  },
  check(context) {
    if (context.type !== 'EXPRESS') return;
    const timeout = context.definition['TimeoutSeconds'];
    if (typeof timeout === 'number' && timeout > EXPRESS_MAX_DURATION_SECONDS) {
      context.report({ path: ['TimeoutSeconds'], messageId: 'timeout', data: { seconds: timeout, max: EXPRESS_MAX_DURATION_SECONDS } });
    }
    for (const ref of context.states) {
      const seconds = ref.state['Seconds'];
      if (ref.state['Type'] === 'Wait' && typeof seconds === 'number' && seconds > EXPRESS_MAX_DURATION_SECONDS) {
        context.report({ path: [...ref.path, 'Seconds'], messageId: 'wait', data: { name: ref.name, seconds, max: EXPRESS_MAX_DURATION_SECONDS } });
      }
    }
  },
};
