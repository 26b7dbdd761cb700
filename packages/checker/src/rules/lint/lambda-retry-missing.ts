import type { JsonValue } from '@aslkit/core';
import { analysisOf, errorNameCovers } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** The transient Lambda errors AWS recommends retrying on every Lambda invocation. */
export const LAMBDA_TRANSIENT_ERRORS = ['Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException'];

/** A Lambda invocation without a Retrier for Lambda's transient service errors. */
export const lambdaRetryMissing: RuleModule = {
  id: 'lambda-retry-missing',
  defaultSeverity: 'WARNING',
  docs: {
    description: 'Lambda invocations without a Retrier for Lambda.ServiceException, Lambda.SdkClientException and Lambda.TooManyRequestsException.',
    rationale:
      'Lambda returns these transient errors under load or during service events; the developer guide recommends retrying them on every Lambda task. Without a Retrier one throttled call fails the whole execution.',
    category: 'errors',
  },
  messages: {
    missing: 'This Lambda invocation has no Retrier for {errors}; add one (e.g. IntervalSeconds 1, MaxAttempts 3, BackoffRate 2).',
  },
  check(context) {
    for (const facts of analysisOf(context).states.tasks) {
      const ref = facts.ref;
      const resource = facts.integration;
      const isLambda = resource.kind === 'lambda-function' || (resource.kind === 'optimized' && resource.service === 'lambda' && resource.action === 'invoke');
      if (!isLambda) continue;
      const retried = facts.retriers.flatMap((handler) => handler.names);
      const missing = ['Lambda.ServiceException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException'].filter(
        (name) => !retried.some((earlier) => errorNameCovers(earlier, name)),
      );
      if (missing.length === 0) continue;
      const retry = Array.isArray(facts.retry) ? facts.retry : [];
      const retrier: JsonValue = { ErrorEquals: LAMBDA_TRANSIENT_ERRORS.filter((name) => !retried.includes(name)), IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 };
      context.report({
        path: [...ref.path, 'Resource'],
        messageId: 'missing',
        data: { errors: missing.join(', ') },
        fix: { title: 'Add a Retrier for transient Lambda errors', path: [...ref.path, 'Retry'], value: [retrier, ...retry] },
      });
    }
  },
};
