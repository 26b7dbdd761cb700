import { isJsonObject, isTerminalState } from '@aslkit/core';
import { awsRule } from './define.js';

export const missingEndState = awsRule({
  code: 'MISSING_END_STATE',
  description: 'A state machine, Parallel branch or Map processor has no terminal state (Succeed, Fail or End: true).',
  messages: { none: 'Workflow has no terminal state' },
  check(context) {
    for (const scope of context.scopes) {
      const states = Object.values(scope.states).filter(isJsonObject);
      if (states.length === 0) continue;
      if (!states.some(isTerminalState)) context.report({ path: scope.path, messageId: 'none' });
    }
  },
});
