import { analysisOf } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

const SUFFIX: Record<string, string> = { sync: '.sync', 'sync:2': '.sync:2', waitForTaskToken: '.waitForTaskToken', 'request-response': '' };

/** An integration pattern suffix the integration does not support. */
export const integrationPatternUnsupported: RuleModule = {
  id: 'integration-pattern-unsupported',
  defaultSeverity: 'ERROR',
  docs: {
    description: 'Integration pattern suffixes (`.sync`, `.sync:2`, `.waitForTaskToken`) that the integration does not support.',
    rationale:
      'Each optimized integration supports its own patterns: Lambda invoke has no `.sync`, DynamoDB only request-response, and AWS SDK integrations never `.sync`. An unsupported pattern is rejected when the machine is created.',
    category: 'integrations',
  },
  messages: {
    unknownSuffix: "'.{suffix}' is not an integration pattern: use .sync, .sync:2 or .waitForTaskToken.",
    unsupported: "'{integration}' does not support {pattern}; it supports {supported}.",
    sdk: 'AWS SDK integrations support request-response and .waitForTaskToken only, not {pattern}.',
  },
  check(context) {
    for (const facts of analysisOf(context).states.tasks) {
      const resourceText = facts.resource;
      const resource = facts.integration;
      if (resourceText === undefined || (resource.kind !== 'optimized' && resource.kind !== 'aws-sdk')) continue;
      if (resource.suffix !== undefined && SUFFIX[resource.suffix] === undefined) {
        context.report({ path: [...facts.ref.path, 'Resource'], messageId: 'unknownSuffix', data: { suffix: resource.suffix } });
        continue;
      }
      if (resource.kind === 'aws-sdk') {
        if (resource.pattern === 'sync' || resource.pattern === 'sync:2') {
          context.report({ path: [...facts.ref.path, 'Resource'], messageId: 'sdk', data: { pattern: SUFFIX[resource.pattern] as string } });
        }
        continue;
      }
      const info = facts.optimizedIntegration;
      if (!info || info.patterns.includes(resource.pattern)) continue;
      const path = [...facts.ref.path, 'Resource'];
      context.report({
        path,
        messageId: 'unsupported',
        ...(info.patterns.includes('request-response') && resource.suffix
          ? { fix: { title: `Remove .${resource.suffix}`, path, value: resourceText.slice(0, -(resource.suffix.length + 1)) } }
          : {}),
        data: {
          integration: `${resource.service}:${resource.action}`,
          pattern: SUFFIX[resource.pattern] || 'request-response',
          supported: info.patterns.map((pattern) => SUFFIX[pattern] || 'request-response').join(', '),
        },
      });
    }
  },
};
