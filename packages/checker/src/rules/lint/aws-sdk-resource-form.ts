import { analysisOf, SDK_ACTION_FORM, SDK_SERVICE_FORM } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** `arn:aws:states:::aws-sdk:<service>:<action>` names in the form the SDK integration expects. */
export const awsSdkResourceForm: RuleModule = {
  id: 'aws-sdk-resource-form',
  defaultSeverity: 'ERROR',
  docs: {
    description: 'AWS SDK integration resources whose service or action is not in the SDK integration\'s form.',
    rationale:
      'The SDK integration names the service by its lower-case SDK id without hyphens (`redshiftdata`, `sfn`, `s3`) and the action in camelCase (`getObject`, not `GetObject`). Other spellings are rejected when the machine is created.',
    category: 'integrations',
  },
  messages: {
    service: "'{service}' is not an SDK service id: use lower-case letters and digits only (e.g. '{suggestion}').",
    action: "'{action}' is not an SDK action name: actions are camelCase (e.g. '{suggestion}').",
    missing: 'The SDK integration needs both a service and an action: arn:aws:states:::aws-sdk:<service>:<action>.',
  },
  check(context) {
    for (const facts of analysisOf(context).states.tasks) {
      const resourceText = facts.resource;
      // Only SDK resources concern this rule: the others are skipped before any regex.
      if (resourceText === undefined || !resourceText.includes(':::aws-sdk:')) continue;
      const path = [...facts.ref.path, 'Resource'];
      if (/^arn:[\w-]+:states:::aws-sdk:[^:]*$/.test(resourceText)) {
        context.report({ path, messageId: 'missing' });
        continue;
      }
      const resource = facts.integration;
      if (resource.kind !== 'aws-sdk') continue;
      if (!resource.service || !resource.action) {
        context.report({ path, messageId: 'missing' });
        continue;
      }
      if (!SDK_SERVICE_FORM.test(resource.service)) {
        const suggestion = resource.service.toLowerCase().replace(/[^a-z0-9]/g, '');
        context.report({
          path,
          messageId: 'service',
          data: { service: resource.service, suggestion },
          fix: { title: `Use ${suggestion}`, path, value: resourceText.replace(`aws-sdk:${resource.service}:`, `aws-sdk:${suggestion}:`) },
        });
      } else if (!SDK_ACTION_FORM.test(resource.action)) {
        const suggestion = resource.action.charAt(0).toLowerCase() + resource.action.slice(1).replace(/[^A-Za-z0-9]/g, '');
        context.report({
          path,
          messageId: 'action',
          data: { action: resource.action, suggestion },
          fix: { title: `Use ${suggestion}`, path, value: resourceText.replace(`:${resource.action}`, `:${suggestion}`) },
        });
      }
    }
  },
};
