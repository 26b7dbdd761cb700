import type { RuleContext } from '../../rule.js';
import type { DocumentPath } from '@aslkit/core';

/** Every Map `Label` that is a string, with its path. */
export function mapLabels(context: RuleContext): { label: string; path: DocumentPath }[] {
  const labels: { label: string; path: DocumentPath }[] = [];
  for (const ref of context.states) {
    const label = ref.state['Label'];
    if (ref.state['Type'] === 'Map' && typeof label === 'string') labels.push({ label, path: [...ref.path, 'Label'] });
  }
  return labels;
}
