import type { RuleContext } from '../../rule.js';
import type { DocumentPath } from '@aslkit/core';
import { stateFieldsOf } from './state-fields.js';

/** Every Map `Label` that is a string, with its path. */
export function mapLabels(context: RuleContext): { label: string; path: DocumentPath }[] {
  const labels: { label: string; path: DocumentPath }[] = [];
  for (const { ref, type, label } of stateFieldsOf(context)) {
    if (type === 'Map' && typeof label === 'string') labels.push({ label, path: [...ref.path, 'Label'] });
  }
  return labels;
}
