/** The endpoint's stored records. Dates are epoch milliseconds; the wire carries epoch seconds. */
import type { JsonObject } from '@aslkit/core';

export type MachineType = 'STANDARD' | 'EXPRESS';

export interface Tag {
  key: string;
  value: string;
}

/** The part of a state machine that a version freezes. */
export interface MachineRevision {
  definition: string;
  roleArn: string;
  type: MachineType;
  loggingConfiguration: JsonObject;
  tracingConfiguration: JsonObject;
  encryptionConfiguration?: JsonObject;
  revisionId: string;
}

export interface VersionRecord extends MachineRevision {
  arn: string;
  version: number;
  description?: string;
  creationDate: number;
}

export interface RoutingEntry {
  stateMachineVersionArn: string;
  weight: number;
}

export interface AliasRecord {
  arn: string;
  name: string;
  description?: string;
  routingConfiguration: RoutingEntry[];
  creationDate: number;
  updateDate: number;
}

export interface StateMachineRecord extends MachineRevision {
  arn: string;
  name: string;
  creationDate: number;
  updateDate?: number;
  description?: string;
  tags: Tag[];
  versions: VersionRecord[];
  nextVersion: number;
  aliases: AliasRecord[];
}

export interface ActivityRecord {
  arn: string;
  name: string;
  creationDate: number;
  tags: Tag[];
}

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED' | 'PENDING_REDRIVE';

/** One history event as GetExecutionHistory returns it (timestamp in epoch ms here). */
export interface HistoryEventRecord {
  id: number;
  previousEventId: number;
  type: string;
  timestamp: number;
  [details: string]: unknown;
}

export interface ExecutionRecord {
  executionArn: string;
  /** The unqualified ARN of the state machine. */
  stateMachineArn: string;
  stateMachineVersionArn?: string;
  stateMachineAliasArn?: string;
  name: string;
  type: MachineType;
  status: ExecutionStatus;
  startDate: number;
  stopDate?: number;
  input: string;
  output?: string;
  error?: string;
  cause?: string;
  traceHeader?: string;
  /** The revision the execution runs (DescribeStateMachineForExecution). */
  revision: MachineRevision & { name: string; description?: string };
  /** The mock config test case chosen by `…:stateMachine:Name#TestCase`. */
  testCase?: string;
  mapRunArn?: string;
  parentExecutionArn?: string;
  redriveCount: number;
  redriveDate?: number;
  /** Client tokens of the last redrives (RedriveExecution answers them idempotently). */
  redriveTokens?: { token: string; redriveDate: number }[];
  events: HistoryEventRecord[];
}

export interface MapRunRecord {
  mapRunArn: string;
  executionArn: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';
  startDate: number;
  stopDate?: number;
  maxConcurrency: number;
  toleratedFailurePercentage: number;
  toleratedFailureCount: number;
  itemCounts: Record<string, number>;
  executionCounts: Record<string, number>;
  redriveCount: number;
  redriveDate?: number;
}
