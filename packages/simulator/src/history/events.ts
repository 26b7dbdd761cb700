/**
 * Execution history events exactly as AWS's GetExecutionHistory returns them (API reference, data
 * type `HistoryEvent`). JSON payloads (`input`, `output`, `parameters`, `assignedVariables`) are JSON
 * *text*, as on the wire; timestamps are `Date`s taken from the simulator's clock.
 */

export const HISTORY_EVENT_TYPES = [
  'ActivityFailed', 'ActivityScheduled', 'ActivityScheduleFailed', 'ActivityStarted', 'ActivitySucceeded', 'ActivityTimedOut',
  'ChoiceStateEntered', 'ChoiceStateExited',
  'ExecutionAborted', 'ExecutionFailed', 'ExecutionStarted', 'ExecutionSucceeded', 'ExecutionTimedOut', 'ExecutionRedriven',
  'FailStateEntered',
  'LambdaFunctionFailed', 'LambdaFunctionScheduled', 'LambdaFunctionScheduleFailed', 'LambdaFunctionStarted',
  'LambdaFunctionStartFailed', 'LambdaFunctionSucceeded', 'LambdaFunctionTimedOut',
  'MapIterationAborted', 'MapIterationFailed', 'MapIterationStarted', 'MapIterationSucceeded',
  'MapStateAborted', 'MapStateEntered', 'MapStateExited', 'MapStateFailed', 'MapStateStarted', 'MapStateSucceeded',
  'ParallelStateAborted', 'ParallelStateEntered', 'ParallelStateExited', 'ParallelStateFailed', 'ParallelStateStarted',
  'ParallelStateSucceeded',
  'PassStateEntered', 'PassStateExited', 'SucceedStateEntered', 'SucceedStateExited',
  'TaskFailed', 'TaskScheduled', 'TaskStarted', 'TaskStartFailed', 'TaskStateAborted', 'TaskStateEntered', 'TaskStateExited',
  'TaskSubmitFailed', 'TaskSubmitted', 'TaskSucceeded', 'TaskTimedOut',
  'WaitStateAborted', 'WaitStateEntered', 'WaitStateExited',
  'MapRunAborted', 'MapRunFailed', 'MapRunStarted', 'MapRunSucceeded', 'MapRunRedriven',
  'EvaluationFailed',
] as const;
export type HistoryEventType = (typeof HISTORY_EVENT_TYPES)[number];

export interface DataDetails {
  truncated: boolean;
}

export interface ErrorDetails {
  error?: string;
  cause?: string;
}

export interface ExecutionStartedEventDetails {
  input?: string;
  inputDetails?: DataDetails;
  roleArn?: string;
  stateMachineAliasArn?: string;
  stateMachineVersionArn?: string;
}
export interface ExecutionOutputEventDetails {
  output?: string;
  outputDetails?: DataDetails;
}
export interface ExecutionRedrivenEventDetails {
  redriveCount?: number;
}
export interface StateEnteredEventDetails {
  name: string;
  input?: string;
  inputDetails?: DataDetails;
}
export interface StateExitedEventDetails {
  name: string;
  output?: string;
  outputDetails?: DataDetails;
  /** JSON text per variable name, as AWS records it. */
  assignedVariables?: Record<string, string>;
  assignedVariablesDetails?: DataDetails;
}
export interface TaskCredentials {
  roleArn?: string;
}
export interface TaskScheduledEventDetails {
  resourceType: string;
  resource: string;
  region: string;
  parameters: string;
  timeoutInSeconds?: number;
  heartbeatInSeconds?: number;
  taskCredentials?: TaskCredentials;
}
export interface TaskResourceDetails {
  resourceType: string;
  resource: string;
}
export interface TaskErrorEventDetails extends TaskResourceDetails, ErrorDetails {}
export interface TaskOutputEventDetails extends TaskResourceDetails {
  output?: string;
  outputDetails?: DataDetails;
}
export interface LambdaFunctionScheduledEventDetails {
  resource: string;
  input?: string;
  inputDetails?: DataDetails;
  timeoutInSeconds?: number;
  taskCredentials?: TaskCredentials;
}
export interface ActivityScheduledEventDetails {
  resource: string;
  input?: string;
  inputDetails?: DataDetails;
  timeoutInSeconds?: number;
  heartbeatInSeconds?: number;
}
export interface ActivityStartedEventDetails {
  workerName?: string;
}
export interface OutputEventDetails {
  output?: string;
  outputDetails?: DataDetails;
}
export interface MapStateStartedEventDetails {
  length?: number;
}
export interface MapIterationEventDetails {
  name?: string;
  index?: number;
}
export interface MapRunStartedEventDetails {
  mapRunArn?: string;
}
export interface MapRunRedrivenEventDetails {
  mapRunArn?: string;
  redriveCount?: number;
}
export interface EvaluationFailedEventDetails extends ErrorDetails {
  location?: string;
  state: string;
}

/** One event of GetExecutionHistory. Exactly one `…EventDetails` field is set (or none). */
export interface HistoryEvent {
  id: number;
  previousEventId?: number;
  timestamp: Date;
  type: HistoryEventType;
  activityFailedEventDetails?: ErrorDetails;
  activityScheduleFailedEventDetails?: ErrorDetails;
  activityScheduledEventDetails?: ActivityScheduledEventDetails;
  activityStartedEventDetails?: ActivityStartedEventDetails;
  activitySucceededEventDetails?: OutputEventDetails;
  activityTimedOutEventDetails?: ErrorDetails;
  taskFailedEventDetails?: TaskErrorEventDetails;
  taskScheduledEventDetails?: TaskScheduledEventDetails;
  taskStartFailedEventDetails?: TaskErrorEventDetails;
  taskStartedEventDetails?: TaskResourceDetails;
  taskSubmitFailedEventDetails?: TaskErrorEventDetails;
  taskSubmittedEventDetails?: TaskOutputEventDetails;
  taskSucceededEventDetails?: TaskOutputEventDetails;
  taskTimedOutEventDetails?: TaskErrorEventDetails;
  executionFailedEventDetails?: ErrorDetails;
  executionStartedEventDetails?: ExecutionStartedEventDetails;
  executionSucceededEventDetails?: ExecutionOutputEventDetails;
  executionAbortedEventDetails?: ErrorDetails;
  executionTimedOutEventDetails?: ErrorDetails;
  executionRedrivenEventDetails?: ExecutionRedrivenEventDetails;
  mapStateStartedEventDetails?: MapStateStartedEventDetails;
  mapIterationStartedEventDetails?: MapIterationEventDetails;
  mapIterationSucceededEventDetails?: MapIterationEventDetails;
  mapIterationFailedEventDetails?: MapIterationEventDetails;
  mapIterationAbortedEventDetails?: MapIterationEventDetails;
  lambdaFunctionFailedEventDetails?: ErrorDetails;
  lambdaFunctionScheduleFailedEventDetails?: ErrorDetails;
  lambdaFunctionScheduledEventDetails?: LambdaFunctionScheduledEventDetails;
  lambdaFunctionStartFailedEventDetails?: ErrorDetails;
  lambdaFunctionSucceededEventDetails?: OutputEventDetails;
  lambdaFunctionTimedOutEventDetails?: ErrorDetails;
  stateEnteredEventDetails?: StateEnteredEventDetails;
  stateExitedEventDetails?: StateExitedEventDetails;
  mapRunStartedEventDetails?: MapRunStartedEventDetails;
  mapRunFailedEventDetails?: ErrorDetails;
  mapRunRedrivenEventDetails?: MapRunRedrivenEventDetails;
  evaluationFailedEventDetails?: EvaluationFailedEventDetails;
}
