import type { RuleContext } from '../../rule.js';
import type { DocumentPath } from '@aslkit/core';
import { analysisOf } from '../../analysis/index.js';

/** Every Map `Label` that is a string, with its path. */
export function mapLabels(context: RuleContext): { label: string; path: DocumentPath }[] {
  const labels: { label: string; path: DocumentPath }[] = [];
  for (const { ref, type, label } of analysisOf(context).states.all) {
    if (type === 'Map' && typeof label === 'string') labels.push({ label, path: [...ref.path, 'Label'] });
  }
  return labels;
}
