import type { DocumentPath } from '@aslkit/core';
import { awsRule } from './define.js';

export const duplicateStateName = awsRule({
  code: 'DUPLICATE_STATE_NAME',
  description: 'Two states have the same name: names are unique across the whole state machine, nested scopes included.',
  messages: { duplicate: 'Duplicate State name: {name}' },
  check(context) {
    const first = new Map<string, DocumentPath>();
    for (const ref of context.states) {
      const earlier = first.get(ref.name);
      if (earlier) {
        context.report({ path: ref.path, messageId: 'duplicate', data: { name: ref.name }, onKey: true, related: [{ path: earlier, message: 'First defined here' }] });
      } else first.set(ref.name, ref.path);
    }
    // The same key twice in one States object: JSON keeps the last, AWS rejects the definition.
    const document = context.document;
    if (!document) return;
    for (const problem of document.problems) {
      if (problem.kind !== 'duplicate-key' || problem.key === undefined) continue;
      const hit = document.nodeAtOffset(problem.offset);
      if (!hit) continue;
      const path = hit.path;
      if (path.length >= 2 && path[path.length - 2] === 'States') {
        context.report({
          path,
          messageId: 'duplicate',
          data: { name: problem.key },
          span: { offset: problem.offset, length: problem.length },
        });
      }
    }
  },
});
