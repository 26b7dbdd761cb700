import type { JsonObject, JsonValue } from '@aslkit/core';
import type { ContextObject } from './types.js';

export interface ContextObjectInit {
  stateName: string;
  /** The execution input. */
  input: JsonValue;
  /** ISO 8601 time the state was entered. */
  enteredTime: string;
  /** ISO 8601 time the execution started (default: enteredTime). */
  startTime?: string;
  /** State.RetryCount; left out when undefined (AWS's TestState without a mock leaves it out). */
  retryCount?: number;
  accountId?: string;
  region?: string;
  stateMachineName?: string;
  executionName?: string;
  /** Execution.RoleArn (null when unknown, as TestState reports it). */
  roleArn?: string | null;
  /** Express executions have `express:` execution ARNs (TestState's are). */
  express?: boolean;
  redriveCount?: number;
  /** Extra top-level members (Task: { Token }, Map: { Item: { Index, Value } }). */
  extra?: JsonObject;
}

/**
 * The context object AWS gives a state: Execution (Id, Input, Name, RoleArn, StartTime),
 * StateMachine (Id, Name), State (Name, EnteredTime, RetryCount), plus Task/Map members when given.
 */
export function buildContextObject(init: ContextObjectInit): ContextObject {
  const region = init.region ?? 'us-east-1';
  const account = init.accountId ?? '111111111111';
  const machine = init.stateMachineName ?? 'TestStateMachine';
  const execution = init.executionName ?? 'TestExecution';
  const executionArn = `arn:aws:states:${region}:${account}:${init.express ? 'express' : 'execution'}:${machine}:${execution}`;
  const state: JsonObject = { Name: init.stateName, EnteredTime: init.enteredTime };
  if (init.retryCount !== undefined) state['RetryCount'] = init.retryCount;
  const executionObject: JsonObject = {
    Id: executionArn,
    Input: init.input,
    Name: execution,
    RoleArn: init.roleArn ?? null,
    StartTime: init.startTime ?? init.enteredTime,
  };
  if (init.redriveCount !== undefined) executionObject['RedriveCount'] = init.redriveCount;
  return {
    Execution: executionObject,
    StateMachine: { Id: `arn:aws:states:${region}:${account}:stateMachine:${machine}`, Name: machine },
    State: state,
    ...(init.extra ?? {}),
  };
}
