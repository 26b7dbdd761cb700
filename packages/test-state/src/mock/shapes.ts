/**
 * Response shapes of the common integrations, for validating mocked results the way TestState does
 * (`fieldValidationMode`). Only what a check needs: JSON types, required members, enums, lengths and
 * ranges. Unknown members are always accepted (AWS accepts them).
 */
export type Shape =
  | { type: 'string'; min?: number; max?: number; enum?: readonly string[] }
  | { type: 'blob'; min?: number; max?: number }
  | { type: 'timestamp' }
  | { type: 'integer'; min?: number; max?: number }
  | { type: 'float' }
  | { type: 'boolean' }
  | { type: 'list'; member: Shape }
  | { type: 'map'; value: Shape }
  | { type: 'structure'; members: Record<string, Shape>; required?: readonly string[] }
  | { type: 'any' };

const string: Shape = { type: 'string' };
const integer: Shape = { type: 'integer' };
const long: Shape = { type: 'integer' };
const float: Shape = { type: 'float' };
const boolean: Shape = { type: 'boolean' };
const timestamp: Shape = { type: 'timestamp' };
const any: Shape = { type: 'any' };
const struct = (members: Record<string, Shape>, required?: readonly string[]): Shape => ({ type: 'structure', members, ...(required ? { required } : {}) });
const list = (member: Shape): Shape => ({ type: 'list', member });
const map = (value: Shape): Shape => ({ type: 'map', value });
const oneOf = (...values: string[]): Shape => ({ type: 'string', enum: values });

const attributeValueMap = map(any);
const consumedCapacity = struct({
  TableName: string,
  CapacityUnits: float,
  ReadCapacityUnits: float,
  WriteCapacityUnits: float,
  Table: struct({ ReadCapacityUnits: float, WriteCapacityUnits: float, CapacityUnits: float }),
  LocalSecondaryIndexes: map(any),
  GlobalSecondaryIndexes: map(any),
});
const itemCollectionMetrics = struct({ ItemCollectionKey: attributeValueMap, SizeEstimateRangeGB: list(float) });
const dynamoWrite = struct({ Attributes: attributeValueMap, ConsumedCapacity: consumedCapacity, ItemCollectionMetrics: itemCollectionMetrics });

const storageClass = oneOf('STANDARD', 'REDUCED_REDUNDANCY', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER', 'DEEP_ARCHIVE', 'OUTPOSTS', 'GLACIER_IR', 'SNOW', 'EXPRESS_ONEZONE');

const lambdaConfiguration = struct({
  FunctionName: string,
  FunctionArn: string,
  Runtime: string,
  Role: string,
  Handler: string,
  CodeSize: long,
  Description: string,
  Timeout: { type: 'integer', min: 1 },
  MemorySize: { type: 'integer', min: 128, max: 10240 },
  LastModified: string,
  CodeSha256: string,
  Version: string,
  State: oneOf('Pending', 'Active', 'Inactive', 'Failed'),
  PackageType: oneOf('Zip', 'Image'),
  Architectures: list(oneOf('x86_64', 'arm64')),
  EphemeralStorage: struct({ Size: { type: 'integer', min: 512, max: 10240 } }),
});

/** Shapes by `service:action` (optimised integrations) or `aws-sdk:service:action`. */
export const RESPONSE_SHAPES: Record<string, Shape> = {
  'lambda:invoke': struct({ StatusCode: integer, FunctionError: string, LogResult: string, Payload: any, ExecutedVersion: { type: 'string', min: 1, max: 1024 } }),
  'sqs:sendMessage': struct({ MD5OfMessageBody: string, MD5OfMessageAttributes: string, MD5OfMessageSystemAttributes: string, MessageId: string, SequenceNumber: string }),
  'sns:publish': struct({ MessageId: string, SequenceNumber: string }),
  'dynamodb:putItem': dynamoWrite,
  'dynamodb:updateItem': dynamoWrite,
  'dynamodb:deleteItem': dynamoWrite,
  'dynamodb:getItem': struct({ Item: attributeValueMap, ConsumedCapacity: consumedCapacity }),
  'events:putEvents': struct({ FailedEntryCount: integer, Entries: list(struct({ EventId: string, ErrorCode: string, ErrorMessage: string })) }),
  'states:startExecution': struct({ ExecutionArn: { type: 'string', min: 1, max: 256 }, StartDate: timestamp }, ['ExecutionArn', 'StartDate']),
  'states:startExecution.sync': struct({ ExecutionArn: string, StateMachineArn: string, Name: string, Status: oneOf('RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE'), StartDate: timestamp, StopDate: timestamp, Input: any, Output: any, Error: string, Cause: string }),
  'ecs:runTask': struct({ Tasks: list(map(any)), Failures: list(struct({ Arn: string, Reason: string, Detail: string })) }),
  'glue:startJobRun': struct({ JobRunId: string }),
  'batch:submitJob': struct({ JobArn: string, JobName: string, JobId: string }, ['JobName', 'JobId']),
  'aws-sdk:kms:encrypt': struct({
    CiphertextBlob: { type: 'blob', min: 1, max: 6144 },
    KeyId: { type: 'string', min: 1, max: 2048 },
    EncryptionAlgorithm: oneOf('SYMMETRIC_DEFAULT', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE'),
  }),
  'aws-sdk:lambda:getFunction': struct({
    Configuration: lambdaConfiguration,
    Code: struct({ RepositoryType: string, Location: string, ImageUri: string, ResolvedImageUri: string }),
    Tags: map(string),
    Concurrency: struct({ ReservedConcurrentExecutions: { type: 'integer', min: 0 } }),
  }),
  'aws-sdk:s3:getObject': struct({
    Body: any,
    DeleteMarker: boolean,
    AcceptRanges: string,
    Expiration: string,
    Restore: string,
    LastModified: timestamp,
    ContentLength: long,
    ETag: string,
    MissingMeta: integer,
    VersionId: string,
    CacheControl: string,
    ContentDisposition: string,
    ContentEncoding: string,
    ContentLanguage: string,
    ContentRange: string,
    ContentType: string,
    Expires: timestamp,
    WebsiteRedirectLocation: string,
    ServerSideEncryption: oneOf('AES256', 'aws:kms', 'aws:kms:dsse'),
    Metadata: map(string),
    SSEKMSKeyId: string,
    BucketKeyEnabled: boolean,
    StorageClass: storageClass,
    RequestCharged: oneOf('requester'),
    ReplicationStatus: oneOf('COMPLETE', 'PENDING', 'FAILED', 'REPLICA', 'COMPLETED'),
    PartsCount: integer,
    TagCount: integer,
    ObjectLockMode: oneOf('GOVERNANCE', 'COMPLIANCE'),
    ObjectLockRetainUntilDate: timestamp,
    ObjectLockLegalHoldStatus: oneOf('ON', 'OFF'),
  }),
  'aws-sdk:s3:putObject': struct({ ETag: string, VersionId: string, Expiration: string, ServerSideEncryption: oneOf('AES256', 'aws:kms', 'aws:kms:dsse'), SSEKMSKeyId: string, BucketKeyEnabled: boolean, RequestCharged: oneOf('requester') }),
  'aws-sdk:sqs:sendMessage': struct({ MD5OfMessageBody: string, MD5OfMessageAttributes: string, MessageId: string, SequenceNumber: string }),
  'aws-sdk:sns:publish': struct({ MessageId: string, SequenceNumber: string }),
};
