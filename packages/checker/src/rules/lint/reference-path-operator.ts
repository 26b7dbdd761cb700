import { analysisOf, hasPlaceholder, pathFindings } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** Reference paths (ResultPath, ItemsPath, *SecondsPath, …) using operators only full paths allow. */
export const referencePathOperator: RuleModule = {
  id: 'reference-path-operator',
  defaultSeverity: 'ERROR',
  docs: {
    description: 'Reference paths (ResultPath, ItemsPath, SecondsPath, TimestampPath, TimeoutSecondsPath, …) that use wildcards, filters, slices, unions or deep scans.',
    rationale:
      'A reference path must identify a single node: only property names and single array indexes are allowed. `$.items[*]`, `$..id` or `$.a[?(@.x)]` are rejected by AWS in these fields.',
    category: 'jsonpath',
  },
  messages: {
    operator: "{field} must be a reference path: {message}",
  },
  check(context) {
    for (const { sites } of analysisOf(context).states.jsonPath) {
      for (const site of sites) {
        if (site.kind !== 'path' || !site.reference || hasPlaceholder(site.text)) continue;
        const finding = pathFindings(site.text, 'reference').find((f) => f.code === 'jsonpath.reference');
        if (!finding) continue;
        context.report({ path: site.path, messageId: 'operator', data: { field: String(site.path[site.path.length - 1]), message: finding.message } });
      }
    }
  },
};
