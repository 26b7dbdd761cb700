import { analysisOf } from '../../analysis/index.js';
import { hasPlaceholder } from '../../substitutions.js';
import { awsRule } from './define.js';
import { classifyResource } from './resources.js';

export const invalidResource = awsRule({
  code: 'INVALID_RESOURCE',
  description: 'A Task’s Resource is not an ARN at all.',
  rationale: 'ARNs AWS does not recognise (unknown integrations or actions) are SCHEMA_VALIDATION_FAILED instead, as AWS reports them.',
  messages: { notArn: "The resource provided {resource} is not a valid ARN" },
  check(context) {
    for (const facts of analysisOf(context).states.tasks) {
      const resource = facts.resource;
      if (resource === undefined) continue;
      if (context.tolerateSubstitutions && hasPlaceholder(resource)) continue;
      const result = classifyResource(resource);
      if (!result.ok && result.reason === 'not-arn') context.report({ path: [...facts.ref.path, 'Resource'], messageId: 'notArn', data: { resource } });
    }
  },
});
