import { analysisOf, closestIntegrationKey, OPTIMIZED_SERVICES } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** `arn:aws:states:::<service>:<action>` that is not an optimized integration. */
export const integrationUnknown: RuleModule = {
  id: 'integration-unknown',
  defaultSeverity: 'ERROR',
  docs: {
    description: 'Task resources naming an optimized service integration that does not exist.',
    rationale:
      'Only a fixed set of `arn:aws:states:::<service>:<action>` integrations exist (Lambda invoke, SQS sendMessage, DynamoDB getItem, …). Other API actions are called through the AWS SDK integration, `arn:aws:states:::aws-sdk:<service>:<action>`. AWS rejects unknown resources when the machine is created.',
    category: 'integrations',
  },
  messages: {
    unknown: "'{integration}' is not an optimized integration{hint}.",
  },
  check(context) {
    for (const facts of analysisOf(context).states.tasks) {
      const ref = facts.ref;
      const resourceText = facts.resource;
      const resource = facts.integration;
      if (resourceText === undefined || resource.kind !== 'optimized' || facts.optimizedIntegration) continue;
      const key = `${resource.service}:${resource.action}`;
      const suggestion = closestIntegrationKey(key);
      const sdk = resourceText.replace(/:::([^:]+):/, (_whole, service: string) => `:::aws-sdk:${service.replace(/-/g, '')}:`).replace(/\.(sync(:2)?)$/, '');
      const hint = suggestion
        ? ` (did you mean '${suggestion}'?)`
        : OPTIMIZED_SERVICES.has(resource.service) || /^[a-z][a-z0-9-]*$/.test(resource.service)
          ? `; call other API actions through the SDK integration '${sdk}'`
          : '';
      const fixed = suggestion ? resourceText.replace(key, suggestion) : undefined;
      context.report({
        path: [...ref.path, 'Resource'],
        messageId: 'unknown',
        data: { integration: key, hint },
        ...(fixed ? { fix: { title: `Use ${suggestion}`, path: [...ref.path, 'Resource'], value: fixed } } : {}),
      });
    }
  },
};
