/**
 * API errors as values: the `__type` code, the message and the HTTP status of the Step Functions API
 * reference (400 for nearly everything; 409 ConflictException; 402 ServiceQuotaExceededException).
 */
export interface ApiError {
  readonly kind: 'api-error';
  readonly type: string;
  readonly message: string;
  readonly status: number;
}

const STATUS_BY_TYPE: Readonly<Record<string, number>> = {
  ConflictException: 409,
  ServiceQuotaExceededException: 402,
  InternalFailure: 500,
  ServiceUnavailable: 503,
};

export function apiError(type: string, message: string): ApiError {
  return { kind: 'api-error', type, message, status: STATUS_BY_TYPE[type] ?? 400 };
}

export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'api-error';
}

/** The JSON body AWS sends for an error. */
export function errorBody(error: ApiError): { __type: string; message: string } {
  return { __type: error.type, message: error.message };
}

/** The errors of the API reference with AWS's message shapes. */
export const ApiErrors = {
  invalidArn: (arn: string, reason?: string) =>
    apiError('InvalidArn', reason ? `Invalid Arn: '${reason}'` : `Invalid Arn: 'Resource type not valid in this context: ${arn}'`),
  invalidName: (name: string) => apiError('InvalidName', `Invalid Name: '${name}'`),
  invalidDefinition: (message: string) => apiError('InvalidDefinition', message),
  invalidExecutionInput: (reason: string) => apiError('InvalidExecutionInput', `Invalid State Machine Execution Input: '${reason}'`),
  invalidOutput: (reason: string) => apiError('InvalidOutput', `Invalid Output: '${reason}'`),
  invalidToken: (what: string) => apiError('InvalidToken', `Invalid Token: '${what}'`),
  stateMachineDoesNotExist: (arn: string) => apiError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`),
  stateMachineAlreadyExists: (arn: string) => apiError('StateMachineAlreadyExists', `State Machine Already Exists: '${arn}'`),
  stateMachineDeleting: (arn: string) => apiError('StateMachineDeleting', `State Machine is being deleted: '${arn}'`),
  stateMachineTypeNotSupported: (message: string) => apiError('StateMachineTypeNotSupported', message),
  executionDoesNotExist: (arn: string) => apiError('ExecutionDoesNotExist', `Execution Does Not Exist: '${arn}'`),
  executionAlreadyExists: (arn: string) => apiError('ExecutionAlreadyExists', `Execution Already Exists: '${arn}'`),
  executionNotRedrivable: (message: string) => apiError('ExecutionNotRedrivable', message),
  activityDoesNotExist: (arn: string) => apiError('ActivityDoesNotExist', `Activity Does Not Exist: '${arn}'`),
  activityAlreadyExists: (arn: string) => apiError('ActivityAlreadyExists', `Activity Already Exists: '${arn}'`),
  resourceNotFound: (message: string) => apiError('ResourceNotFound', message),
  taskDoesNotExist: () => apiError('TaskDoesNotExist', 'Task Does Not Exist'),
  taskTimedOut: () => apiError('TaskTimedOut', 'Task Timed Out'),
  conflict: (message: string) => apiError('ConflictException', message),
  validation: (message: string) => apiError('ValidationException', message),
  tooManyTags: (arn: string) => apiError('TooManyTags', `Too many tags on resource: '${arn}'`),
  unknownOperation: () => apiError('UnknownOperationException', ''),
  serialization: (message: string) => apiError('SerializationException', message),
  internal: () => apiError('InternalFailure', 'The request processing has failed because of an unknown error.'),
} as const;
