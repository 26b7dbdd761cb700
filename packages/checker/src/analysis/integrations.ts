import { didYouMean } from './suggest.js';

/**
 * A catalogue of Step Functions' optimized service integrations (`arn:aws:states:::<service>:<action>`),
 * the integration patterns each supports, and the request fields the common ones cannot run without.
 * Source: the Step Functions developer guide's pages on optimized integrations and service integration
 * patterns. AWS SDK integrations (`aws-sdk:<service>:<action>`) are checked for form only.
 */

export type IntegrationPattern = 'request-response' | 'sync' | 'sync:2' | 'waitForTaskToken';

export interface IntegrationInfo {
  service: string;
  action: string;
  patterns: readonly IntegrationPattern[];
  /** Required request fields; each inner list is a set of alternatives (one of them must be present). */
  required?: readonly (readonly string[])[];
}

const RR: IntegrationPattern[] = ['request-response'];
const RR_SYNC: IntegrationPattern[] = ['request-response', 'sync'];
const RR_WAIT: IntegrationPattern[] = ['request-response', 'waitForTaskToken'];
const RR_SYNC_WAIT: IntegrationPattern[] = ['request-response', 'sync', 'waitForTaskToken'];

function group(service: string, patterns: IntegrationPattern[], actions: string[]): IntegrationInfo[] {
  return actions.map((action) => ({ service, action, patterns }));
}

export const OPTIMIZED_INTEGRATIONS: readonly IntegrationInfo[] = [
  { service: 'lambda', action: 'invoke', patterns: RR_WAIT, required: [['FunctionName']] },
  { service: 'sqs', action: 'sendMessage', patterns: RR_WAIT, required: [['QueueUrl'], ['MessageBody']] },
  { service: 'sns', action: 'publish', patterns: RR_WAIT, required: [['Message'], ['TopicArn', 'TargetArn', 'PhoneNumber']] },
  { service: 'dynamodb', action: 'getItem', patterns: RR, required: [['TableName'], ['Key']] },
  { service: 'dynamodb', action: 'putItem', patterns: RR, required: [['TableName'], ['Item']] },
  { service: 'dynamodb', action: 'deleteItem', patterns: RR, required: [['TableName'], ['Key']] },
  { service: 'dynamodb', action: 'updateItem', patterns: RR, required: [['TableName'], ['Key']] },
  { service: 'events', action: 'putEvents', patterns: RR_WAIT, required: [['Entries']] },
  { service: 'states', action: 'startExecution', patterns: ['request-response', 'sync', 'sync:2', 'waitForTaskToken'], required: [['StateMachineArn']] },
  { service: 'ecs', action: 'runTask', patterns: RR_SYNC_WAIT, required: [['TaskDefinition']] },
  { service: 'glue', action: 'startJobRun', patterns: RR_SYNC, required: [['JobName']] },
  { service: 'batch', action: 'submitJob', patterns: RR_SYNC, required: [['JobName'], ['JobQueue'], ['JobDefinition']] },
  { service: 'http', action: 'invoke', patterns: RR, required: [['ApiEndpoint'], ['Method'], ['Authentication', 'InvocationConfig']] },
  { service: 'apigateway', action: 'invoke', patterns: RR_WAIT, required: [['ApiEndpoint'], ['Method']] },
  { service: 'athena', action: 'startQueryExecution', patterns: RR_SYNC, required: [['QueryString']] },
  ...group('athena', RR, ['stopQueryExecution', 'getQueryExecution', 'getQueryResults']),
  { service: 'bedrock', action: 'invokeModel', patterns: RR, required: [['ModelId']] },
  ...group('bedrock', RR_SYNC, ['createModelCustomizationJob']),
  { service: 'codebuild', action: 'startBuild', patterns: RR_SYNC, required: [['ProjectName']] },
  ...group('codebuild', RR_SYNC, ['startBuildBatch', 'retryBuildBatch']),
  ...group('codebuild', RR, ['stopBuild', 'batchDeleteBuilds', 'batchGetReports', 'stopBuildBatch', 'deleteBuildBatch']),
  ...group('eks', RR_SYNC, ['createCluster', 'deleteCluster', 'createFargateProfile', 'deleteFargateProfile', 'createNodegroup', 'deleteNodegroup', 'runJob']),
  ...group('eks', RR, ['call']),
  ...group('elasticmapreduce', RR_SYNC, ['createCluster', 'terminateCluster', 'addStep']),
  ...group('elasticmapreduce', RR, ['cancelStep', 'setClusterTerminationProtection', 'modifyInstanceFleetByName', 'modifyInstanceGroupByName']),
  ...group('emr-containers', RR_SYNC, ['startJobRun', 'deleteVirtualCluster']),
  ...group('emr-containers', RR, ['createVirtualCluster']),
  ...group('emr-serverless', RR_SYNC, ['createApplication', 'startApplication', 'stopApplication', 'deleteApplication', 'startJobRun', 'cancelJobRun']),
  ...group('glue-databrew', RR_SYNC, ['startJobRun']),
  ...group('mediaconvert', RR_SYNC, ['createJob']),
  ...group('sagemaker', RR_SYNC, ['createTrainingJob', 'createTransformJob', 'createHyperParameterTuningJob', 'createLabelingJob', 'createProcessingJob']),
  ...group('sagemaker', RR, ['createEndpoint', 'createEndpointConfig', 'createModel', 'updateEndpoint']),
  ...group('evidently', RR, ['putProjectEvents']),
];

/** Resources that Map's ItemReader and ResultWriter use (not Task integrations). */
export const ITEM_READER_RESOURCES: readonly string[] = ['s3:getObject', 's3:listObjectsV2', 'athena:getQueryResults'];
export const RESULT_WRITER_RESOURCES: readonly string[] = ['s3:putObject'];

const byKey = new Map(OPTIMIZED_INTEGRATIONS.map((info) => [`${info.service}:${info.action}`, info]));
export const OPTIMIZED_SERVICES: ReadonlySet<string> = new Set(OPTIMIZED_INTEGRATIONS.map((info) => info.service));

export function findIntegration(service: string, action: string): IntegrationInfo | undefined {
  return byKey.get(`${service}:${action}`);
}

const closestKeys = new Map<string, string | null>();

/** The optimized integration (`service:action`) closest to an unknown one, if any is close; remembered per key. */
export function closestIntegrationKey(key: string): string | undefined {
  let closest = closestKeys.get(key);
  if (closest === undefined) {
    closest = didYouMean(key, byKey.keys()) ?? null;
    if (closestKeys.size >= 1_000) closestKeys.clear();
    closestKeys.set(key, closest);
  }
  return closest ?? undefined;
}

export type ParsedResource =
  | { kind: 'optimized'; service: string; action: string; pattern: IntegrationPattern; suffix: string | undefined }
  | { kind: 'aws-sdk'; service: string; action: string; pattern: IntegrationPattern; suffix: string | undefined }
  | { kind: 'lambda-function' }
  | { kind: 'activity' }
  /** Not recognisably a Step Functions resource, or holds template placeholders (`${…}`). */
  | { kind: 'other' };

const PATTERN_SUFFIXES: Record<string, IntegrationPattern> = {
  sync: 'sync',
  'sync:2': 'sync:2',
  waitForTaskToken: 'waitForTaskToken',
};

const parsedResources = new Map<string, ParsedResource>();

/**
 * Splits a Task `Resource` ARN into what it integrates with. Results are remembered by text (the
 * same ARNs recur across states and definitions) and shared: callers only read them.
 */
export function parseResource(resource: string): ParsedResource {
  let parsed = parsedResources.get(resource);
  if (!parsed) {
    parsed = Object.freeze(splitResource(resource));
    if (parsedResources.size >= 5_000) parsedResources.clear();
    parsedResources.set(resource, parsed);
  }
  return parsed;
}

function splitResource(resource: string): ParsedResource {
  if (/\$\{|\{\{|<[A-Za-z]/.test(resource)) return { kind: 'other' };
  const integration = /^arn:[\w-]+:states:::(.+)$/.exec(resource);
  if (integration) {
    let rest = integration[1] as string;
    let sdk = false;
    if (rest.startsWith('aws-sdk:')) {
      sdk = true;
      rest = rest.slice('aws-sdk:'.length);
    }
    const colon = rest.indexOf(':');
    if (colon < 0) return { kind: 'other' };
    const service = rest.slice(0, colon);
    const actionAndSuffix = rest.slice(colon + 1);
    const dot = actionAndSuffix.indexOf('.');
    const action = dot < 0 ? actionAndSuffix : actionAndSuffix.slice(0, dot);
    const suffix = dot < 0 ? undefined : actionAndSuffix.slice(dot + 1);
    const pattern = suffix === undefined ? 'request-response' : PATTERN_SUFFIXES[suffix];
    return { kind: sdk ? 'aws-sdk' : 'optimized', service, action, pattern: pattern ?? 'request-response', suffix };
  }
  if (/^arn:[\w-]+:lambda:/.test(resource)) return { kind: 'lambda-function' };
  if (/^arn:[\w-]+:states:[\w-]*:\d*:activity:/.test(resource)) return { kind: 'activity' };
  return { kind: 'other' };
}

/** Form of AWS SDK integration names: the SDK's lower-case service id and a camelCase action. */
export const SDK_SERVICE_FORM = /^[a-z][a-z0-9]*$/;
export const SDK_ACTION_FORM = /^[a-z][A-Za-z0-9]*$/;
