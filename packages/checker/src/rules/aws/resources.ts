/**
 * What AWS recognises in a Task's `Resource`: Lambda function ARNs, activity ARNs, and
 * `arn:<partition>:states:::<service>:<action>[.sync|.sync:2|.waitForTaskToken]` integrations
 * (the optimized ones listed here, and any `aws-sdk:<service>:<action>`).
 */

export type ResourceKind = 'lambda' | 'activity' | 'integration' | 'sdk';

export type ResourceClass =
  | { readonly ok: true; readonly kind: ResourceKind; readonly pattern?: 'sync' | 'waitForTaskToken' }
  /** Not an ARN at all (INVALID_RESOURCE). */
  | { readonly ok: false; readonly reason: 'not-arn' }
  /** An ARN AWS does not recognise as a Task resource (SCHEMA_VALIDATION_FAILED). */
  | { readonly ok: false; readonly reason: 'unrecognized' };

const R = 'r'; // request-response
const S = 's'; // .sync (and .sync:2 where listed)
const W = 'w'; // .waitForTaskToken

/** Optimized integrations: service → action → allowed patterns. */
const OPTIMIZED: Record<string, Record<string, string>> = {
  lambda: { invoke: R + W },
  batch: { submitJob: R + S + W },
  dynamodb: { getItem: R, putItem: R, updateItem: R, deleteItem: R },
  ecs: { runTask: R + S + W },
  sns: { publish: R + W },
  sqs: { sendMessage: R + W },
  glue: { startJobRun: R + S + W },
  databrew: { startJobRun: R + S },
  sagemaker: {
    createTrainingJob: R + S, createTransformJob: R + S, createProcessingJob: R + S, createHyperParameterTuningJob: R + S,
    createLabelingJob: R + S, createEndpoint: R, createEndpointConfig: R, createModel: R, updateEndpoint: R,
  },
  elasticmapreduce: {
    createCluster: R + S, terminateCluster: R + S, addStep: R + S, cancelStep: R, setClusterTerminationProtection: R,
    modifyInstanceFleetByName: R, modifyInstanceGroupByName: R,
  },
  'emr-containers': { startJobRun: R + S, createVirtualCluster: R, deleteVirtualCluster: R + S },
  'emr-serverless': {
    createApplication: R + S, startApplication: R + S, stopApplication: R + S, deleteApplication: R + S, startJobRun: R + S, cancelJobRun: R + S,
  },
  codebuild: {
    startBuild: R + S, stopBuild: R, batchDeleteBuilds: R, batchGetReports: R, startBuildBatch: R + S, stopBuildBatch: R,
    retryBuildBatch: R + S, deleteBuildBatch: R, retryBuild: R + S,
  },
  athena: { startQueryExecution: R + S, stopQueryExecution: R, getQueryExecution: R, getQueryResults: R },
  eks: {
    createCluster: R + S, deleteCluster: R + S, createFargateProfile: R + S, deleteFargateProfile: R + S,
    createNodegroup: R + S, deleteNodegroup: R + S, runJob: R + S, call: R,
  },
  states: { startExecution: R + S + W },
  events: { putEvents: R + W },
  apigateway: { invoke: R + W },
  http: { invoke: R },
  bedrock: { invokeModel: R, createModelCustomizationJob: R + S + W },
  mediaconvert: { createJob: R + S },
  s3: { getObject: R, putObject: R, listObjectsV2: R },
};

const PARTITION = '(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc)';
const INTEGRATION = new RegExp(`^arn:${PARTITION}:states:[a-z0-9-]*:[0-9]*:([A-Za-z0-9-]+):([A-Za-z0-9]+)(?:\\.(sync(?::2)?|waitForTaskToken))?$`);
const SDK = new RegExp(`^arn:${PARTITION}:states:[a-z0-9-]*:[0-9]*:aws-sdk:([A-Za-z0-9.-]+):([A-Za-z0-9]+)(?:\\.(waitForTaskToken))?$`);
// Region and account are not checked (templates and examples write `REGION`, `us-east-1`, `123456789012`).
const LAMBDA = new RegExp(`^arn:${PARTITION}:lambda:[^:]*:[^:]*:function:[A-Za-z0-9_-]{1,64}(?::(\\$LATEST|[A-Za-z0-9_-]+))?$`);
const ACTIVITY = new RegExp(`^arn:${PARTITION}:states:[^:]*:[^:]*:activity:[^\\s]{1,80}$`);

const MAX_CACHE = 2_000;
const classified = new Map<string, ResourceClass>();

/** What AWS makes of a Task's Resource; answers are cached by text (the same ARNs recur). */
export function classifyResource(resource: string): ResourceClass {
  const hit = classified.get(resource);
  if (hit !== undefined) return hit;
  if (classified.size >= MAX_CACHE) classified.clear();
  const result = classify(resource);
  classified.set(resource, result);
  return result;
}

function classify(resource: string): ResourceClass {
  if (!resource.startsWith('arn:')) return { ok: false, reason: 'not-arn' };
  if (LAMBDA.test(resource)) return { ok: true, kind: 'lambda' };
  if (ACTIVITY.test(resource)) return { ok: true, kind: 'activity' };
  const sdk = SDK.exec(resource);
  if (sdk) return sdk[4] ? { ok: true, kind: 'sdk', pattern: 'waitForTaskToken' } : { ok: true, kind: 'sdk' };
  const match = INTEGRATION.exec(resource);
  if (match) {
    const [, , service = '', action = '', suffix] = match;
    const allowed = OPTIMIZED[service]?.[action];
    if (allowed === undefined || !Object.prototype.hasOwnProperty.call(OPTIMIZED[service], action)) return { ok: false, reason: 'unrecognized' };
    const pattern = suffix === undefined ? undefined : suffix.startsWith('sync') ? 'sync' : 'waitForTaskToken';
    const needed = pattern === undefined ? R : pattern === 'sync' ? S : W;
    if (!allowed.includes(needed)) return { ok: false, reason: 'unrecognized' };
    return pattern ? { ok: true, kind: 'integration', pattern } : { ok: true, kind: 'integration' };
  }
  return { ok: false, reason: 'unrecognized' };
}
