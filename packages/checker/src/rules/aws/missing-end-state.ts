import { isJsonObject, isTerminalState } from '@aslkit/core';
import { awsRule } from './define.js';

export const missingEndState = awsRule({
  code: 'MISSING_END_STATE',
  description: 'A state machine, Parallel branch or Map processor has no terminal state (Succeed, Fail or End: true).',
  messages: { none: 'Workflow has no terminal state' },
  check(context) {
    for (const scope of context.scopes) {
      let anyState = false;
      let terminal = false;
      for (const name in scope.states) {
        const state = scope.states[name];
        if (!isJsonObject(state)) continue;
        anyState = true;
        if (isTerminalState(state)) {
          terminal = true;
          break;
        }
      }
      if (anyState && !terminal) context.report({ path: scope.path, messageId: 'none' });
    }
  },
});
