/** Predefined error names of the Amazon States Language (`States.*`). */
export const StatesErrors = {
  ALL: 'States.ALL',
  DataLimitExceeded: 'States.DataLimitExceeded',
  ExceedToleratedFailureThreshold: 'States.ExceedToleratedFailureThreshold',
  HeartbeatTimeout: 'States.HeartbeatTimeout',
  Http_Socket: 'States.Http.Socket',
  IntrinsicFailure: 'States.IntrinsicFailure',
  ItemReaderFailed: 'States.ItemReaderFailed',
  NoChoiceMatched: 'States.NoChoiceMatched',
  ParameterPathFailure: 'States.ParameterPathFailure',
  Permissions: 'States.Permissions',
  QueryEvaluationError: 'States.QueryEvaluationError',
  ResultPathMatchFailure: 'States.ResultPathMatchFailure',
  ResultWriterFailed: 'States.ResultWriterFailed',
  Runtime: 'States.Runtime',
  TaskFailed: 'States.TaskFailed',
  Timeout: 'States.Timeout',
  BranchFailed: 'States.BranchFailed',
} as const;

export type StatesErrorName = (typeof StatesErrors)[keyof typeof StatesErrors];

export const STATES_ERROR_NAMES: readonly string[] = Object.values(StatesErrors);

/** Errors that `States.ALL` does not catch or retry (the ASL specification and AWS's behaviour). */
export const UNCATCHABLE_BY_STATES_ALL: readonly string[] = [StatesErrors.Runtime, StatesErrors.DataLimitExceeded];

/** `States.TaskFailed` matches any task error except `States.Timeout`. */
export function isStatesErrorName(name: string): boolean {
  return STATES_ERROR_NAMES.includes(name);
}
