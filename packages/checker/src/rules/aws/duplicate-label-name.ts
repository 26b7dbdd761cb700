import type { DocumentPath } from '@aslkit/core';
import { awsRule } from './define.js';
import { mapLabels } from './labels.js';

export const duplicateLabelName = awsRule({
  code: 'DUPLICATE_LABEL_NAME',
  description: 'Two Map states carry the same Label (labels name Map Runs and must be unique in the state machine).',
  messages: { duplicate: 'Duplicate label name: {label}' },
  check(context) {
    const first = new Map<string, DocumentPath>();
    for (const { label, path } of mapLabels(context)) {
      const earlier = first.get(label);
      if (earlier) context.report({ path, messageId: 'duplicate', data: { label }, related: [{ path: earlier, message: 'First used here' }] });
      else first.set(label, path);
    }
  },
});
