/** Service integrations offered in `Resource` completions and explained in hovers (our own words). */
export interface IntegrationDoc {
  resource: string;
  doc: string;
}

export const INTEGRATIONS: readonly IntegrationDoc[] = [
  { resource: 'arn:aws:states:::lambda:invoke', doc: 'Invoke a Lambda function (`FunctionName`, `Payload`); the result holds `Payload` and status fields.' },
  { resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken', doc: 'Invoke a Lambda function and pause until `SendTaskSuccess`/`SendTaskFailure` with the task token.' },
  { resource: 'arn:aws:states:::sns:publish', doc: 'Publish a message to an SNS topic (`TopicArn`, `Message`).' },
  { resource: 'arn:aws:states:::sqs:sendMessage', doc: 'Send a message to an SQS queue (`QueueUrl`, `MessageBody`).' },
  { resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', doc: 'Send a message carrying the task token and wait for the callback.' },
  { resource: 'arn:aws:states:::dynamodb:getItem', doc: 'Read one DynamoDB item (`TableName`, `Key`).' },
  { resource: 'arn:aws:states:::dynamodb:putItem', doc: 'Write one DynamoDB item (`TableName`, `Item`).' },
  { resource: 'arn:aws:states:::dynamodb:updateItem', doc: 'Update one DynamoDB item (`TableName`, `Key`, `UpdateExpression`).' },
  { resource: 'arn:aws:states:::dynamodb:deleteItem', doc: 'Delete one DynamoDB item (`TableName`, `Key`).' },
  { resource: 'arn:aws:states:::states:startExecution', doc: 'Start another state machine and continue at once.' },
  { resource: 'arn:aws:states:::states:startExecution.sync:2', doc: 'Start another state machine and wait for it; its output arrives parsed as JSON.' },
  { resource: 'arn:aws:states:::states:startExecution.sync', doc: 'Start another state machine and wait for it; its output arrives as a JSON string.' },
  { resource: 'arn:aws:states:::events:putEvents', doc: 'Send events to EventBridge (`Entries`).' },
  { resource: 'arn:aws:states:::ecs:runTask.sync', doc: 'Run an ECS task and wait for it to stop.' },
  { resource: 'arn:aws:states:::batch:submitJob.sync', doc: 'Submit an AWS Batch job and wait for it.' },
  { resource: 'arn:aws:states:::glue:startJobRun.sync', doc: 'Start a Glue job run and wait for it.' },
  { resource: 'arn:aws:states:::athena:startQueryExecution.sync', doc: 'Run an Athena query and wait for it to finish.' },
  { resource: 'arn:aws:states:::codebuild:startBuild.sync', doc: 'Start a CodeBuild build and wait for it.' },
  { resource: 'arn:aws:states:::bedrock:invokeModel', doc: 'Invoke a Bedrock model (`ModelId`, `Body`).' },
  { resource: 'arn:aws:states:::http:invoke', doc: 'Call an HTTPS API through an EventBridge connection (`ApiEndpoint`, `Method`, `Authentication`).' },
  { resource: 'arn:aws:states:::s3:getObject', doc: 'Distributed Map `ItemReader`: read items from one S3 object.' },
  { resource: 'arn:aws:states:::s3:listObjectsV2', doc: 'Distributed Map `ItemReader`: iterate over the objects of an S3 prefix.' },
  { resource: 'arn:aws:states:::aws-sdk:', doc: 'Call any AWS SDK action: `arn:aws:states:::aws-sdk:<service>:<action>` (action in camelCase).' },
];

/** Describes a Resource ARN: a known integration, an SDK call, a Lambda function or an activity. */
export function describeResource(resource: string): string | undefined {
  const known = INTEGRATIONS.find((i) => i.resource === resource);
  if (known) return known.doc;
  const sdk = /^arn:aws[\w-]*:states:::aws-sdk:([\w-]+):(\w+)(\.waitForTaskToken)?$/.exec(resource);
  if (sdk) return `AWS SDK integration: calls \`${sdk[2]}\` of \`${sdk[1]}\`${sdk[3] ? ', then waits for the task token callback' : ''}.`;
  const service = /^arn:aws[\w-]*:states:::([\w-]+):([\w]+)(\.sync(?::2)?|\.waitForTaskToken)?$/.exec(resource);
  if (service) {
    const pattern = service[3] === '.waitForTaskToken' ? 'waits for a task token callback' : service[3] ? 'runs the job and waits for it to complete' : 'calls the API and continues with its response';
    return `Service integration \`${service[1]}:${service[2]}\`: ${pattern}.`;
  }
  if (/^arn:aws[\w-]*:lambda:[\w-]+:\d{12}:function:/.test(resource)) return 'A Lambda function invoked directly; its return value is the result.';
  if (/^arn:aws[\w-]*:states:[\w-]+:\d{12}:activity:/.test(resource)) return 'An activity: a worker polls `GetActivityTask` and answers with the task token.';
  return undefined;
}

/** What each predefined error name means, for hovers and ErrorEquals completion. */
export const ERROR_DOCS: Record<string, string> = {
  'States.ALL': 'Matches any error name (except `States.Runtime` and `States.DataLimitExceeded`, which cannot be caught this way). Must be alone and last.',
  'States.DataLimitExceeded': 'An input, output or result exceeded the payload limit (256 KiB). Not caught by `States.ALL`.',
  'States.ExceedToleratedFailureThreshold': 'A Map state had more failed items than its tolerated failure threshold.',
  'States.HeartbeatTimeout': 'A task sent no heartbeat within `HeartbeatSeconds`.',
  'States.Http.Socket': 'An HTTP task timed out at the socket (after 60 seconds).',
  'States.IntrinsicFailure': 'An intrinsic function failed in a payload template.',
  'States.ItemReaderFailed': 'A Map state could not read its items from the `ItemReader` source.',
  'States.NoChoiceMatched': 'No Choice rule matched and the state has no `Default`.',
  'States.ParameterPathFailure': 'A path in a payload template did not match the input.',
  'States.Permissions': 'The execution role lacks the permission the state needed.',
  'States.QueryEvaluationError': 'A JSONata expression failed to evaluate or produced a value of the wrong type.',
  'States.ResultPathMatchFailure': 'The `ResultPath` could not be applied to the input.',
  'States.ResultWriterFailed': 'A Map state could not write its results with `ResultWriter`.',
  'States.Runtime': 'An execution failed at run time (e.g. a path matched nothing); not retriable, not caught by `States.ALL`.',
  'States.TaskFailed': 'A task failed; matches any task error except `States.Timeout`.',
  'States.Timeout': 'A task ran longer than `TimeoutSeconds`, or the execution longer than its own timeout.',
  'States.BranchFailed': 'A branch of a Parallel state (or an iteration of a Map) failed.',
};
