import { MAX_MAP_LABEL_LENGTH } from '@aslkit/core';
import { awsRule } from './define.js';
import { mapLabels } from './labels.js';
import { codePointLength, firstInvalidNameCharacter } from './names.js';
import { hasPlaceholder } from '../../substitutions.js';

export const invalidLabelName = awsRule({
  code: 'INVALID_LABEL_NAME',
  description: `A Map Label is empty, longer than ${MAX_MAP_LABEL_LENGTH} characters, or holds a character AWS does not allow.`,
  messages: {
    empty: 'Label cannot be empty',
    long: `Label cannot exceed ${MAX_MAP_LABEL_LENGTH} characters`,
    character: "Label contains invalid character: '{character}'",
  },
  check(context) {
    for (const { label, path } of mapLabels(context)) {
      if (context.tolerateSubstitutions && hasPlaceholder(label)) continue;
      if (label.length === 0) context.report({ path, messageId: 'empty' });
      else if (codePointLength(label) > MAX_MAP_LABEL_LENGTH) context.report({ path, messageId: 'long' });
      else {
        const character = firstInvalidNameCharacter(label);
        if (character !== undefined) context.report({ path, messageId: 'character', data: { character } });
      }
    }
  },
});
