import { MAX_STATE_NAME_LENGTH } from '@aslkit/core';
import { awsRule } from './define.js';
import { codePointLength, hasControlCharacter } from './names.js';

/** Code points are never more than UTF-16 units, so short names need no counting. */
function tooLong(name: string): boolean {
  return name.length > MAX_STATE_NAME_LENGTH && codePointLength(name) > MAX_STATE_NAME_LENGTH;
}

export const invalidStateName = awsRule({
  code: 'INVALID_STATE_NAME',
  description: `A state name is empty, longer than ${MAX_STATE_NAME_LENGTH} characters, or contains control characters.`,
  messages: {
    empty: 'State name must not be empty',
    long: `State name '{name}' exceeds the maximum length of ${MAX_STATE_NAME_LENGTH} characters`,
    control: "State name '{name}' contains control characters",
  },
  check(context) {
    for (const ref of context.states) {
      const messageId =
        ref.name.length === 0 ? 'empty' : tooLong(ref.name) ? 'long' : hasControlCharacter(ref.name) ? 'control' : undefined;
      if (messageId) context.report({ path: ref.path, messageId, data: { name: ref.name }, onKey: true });
    }
  },
});
