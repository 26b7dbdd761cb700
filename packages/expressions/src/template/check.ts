import type { JsonValue } from '@aslkit/core';
import type { TemplateFinding } from '../types.js';

/**
 * Static checks of a payload template: `.$` values that are not strings (`template.valueType`), invalid
 * paths/intrinsics inside them (offsets relative to the string value), and duplicate keys after stripping
 * `.$` (`template.duplicateKey`).
 */
export function checkPayloadTemplate(template: JsonValue): TemplateFinding[] {
  void template;
  throw new Error('not implemented');
}
