import { MAX_PAYLOAD_BYTES } from '@aslkit/core';
import { staticPayloadBytes } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

const PAYLOAD_FIELDS = ['Result', 'Parameters', 'Arguments', 'Output', 'ItemSelector', 'ResultSelector', 'Assign'];

/** Literal payloads that already exceed the 256 KiB quota. */
export const payloadTooLarge: RuleModule = {
  id: 'payload-too-large',
  defaultSeverity: 'ERROR',
  docs: {
    description: 'Static Result, Parameters, Arguments, Output, ItemSelector, ResultSelector or Assign values larger than the 256 KiB payload quota.',
    rationale:
      'State input, output and variables are limited to 256 KiB of UTF-8. A literal larger than that fails every execution with States.DataLimitExceeded, which States.ALL does not catch. Keep large data in S3 and pass references.',
    category: 'payloads',
  },
  messages: {
    tooLarge: '{field} holds {bytes} bytes of literal data, more than the {max}-byte payload quota: every run fails with States.DataLimitExceeded.',
  },
  check(context) {
    // No field can exceed the quota when the whole definition cannot (UTF-8 takes at most 3 bytes
    // per UTF-16 unit): most definitions stop here. JSON text bounds its value's size; YAML (with
    // aliases) does not, so YAML is measured as JSON.
    const document = context.document;
    const length = document && document.format !== 'yaml' ? document.text.length : JSON.stringify(context.definition).length;
    if (length * 3 <= MAX_PAYLOAD_BYTES) return;
    for (const ref of context.states) {
      for (const field of PAYLOAD_FIELDS) {
        const value = ref.state[field];
        if (value === undefined || value === null || typeof value === 'number' || typeof value === 'boolean') continue;
        const bytes = staticPayloadBytes(value);
        if (bytes > MAX_PAYLOAD_BYTES) {
          context.report({ path: [...ref.path, field], messageId: 'tooLarge', data: { field, bytes, max: MAX_PAYLOAD_BYTES }, onKey: true });
        }
      }
    }
  },
};
