import { isJsonataExpression, isJsonObject, type JsonValue } from '@aslkit/core';
import { analysisOf } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** The `.$` form of each required field name, made once rather than per check. */
const dollarNames = new Map<string, string>();

function hasField(request: JsonValue | undefined, name: string): boolean {
  if (!isJsonObject(request)) return false;
  if (request[name] !== undefined) return true;
  let dollarName = dollarNames.get(name);
  if (dollarName === undefined) {
    dollarName = `${name}.$`;
    dollarNames.set(name, dollarName);
  }
  return request[dollarName] !== undefined;
}

/** Optimized integrations called without a request field they cannot run without. */
export const integrationMissingParameter: RuleModule = {
  id: 'integration-missing-parameter',
  defaultSeverity: 'ERROR',
  docs: {
    description: 'Optimized integrations called without a required request field (Lambda FunctionName, SQS QueueUrl and MessageBody, DynamoDB TableName and Key, …).',
    rationale:
      'The service rejects a request without its required fields, so the task fails on every run. The catalogue covers Lambda, SQS, SNS, DynamoDB, EventBridge, Step Functions, ECS, Glue, Batch, API Gateway, Athena, Bedrock, CodeBuild and the HTTP Task.',
    category: 'integrations',
  },
  messages: {
    missing: "'{integration}' needs {field} in {where}.",
  },
  check(context) {
    for (const facts of analysisOf(context).states.tasks) {
      const ref = facts.ref;
      const resource = facts.integration;
      if (resource.kind !== 'optimized') continue;
      const info = facts.optimizedIntegration;
      if (!info?.required) continue;
      const where = ref.queryLanguage === 'JSONata' ? 'Arguments' : 'Parameters';
      const request = ref.state[where];
      // A request computed as a whole by an expression cannot be checked statically.
      if (isJsonataExpression(request)) continue;
      for (const alternatives of info.required) {
        if (alternatives.some((name) => hasField(request, name))) continue;
        context.report({
          path: request === undefined ? ref.path : [...ref.path, where],
          messageId: 'missing',
          data: {
            integration: `${resource.service}:${resource.action}`,
            field: alternatives.length === 1 ? (alternatives[0] as string) : `one of ${alternatives.join(', ')}`,
            where,
          },
          onKey: true,
        });
      }
    }
  },
};
