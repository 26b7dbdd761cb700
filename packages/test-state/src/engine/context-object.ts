import type { JsonObject, JsonValue } from '@aslkit/core';
import type { ContextObject } from './types.js';

export interface ContextObjectInit {
  stateName: string;
  /** The execution input. */
  input: JsonValue;
  enteredTime: string;
  startTime?: string;
  retryCount?: number;
  accountId?: string;
  region?: string;
  stateMachineName?: string;
  executionName?: string;
  roleArn?: string;
  /** Express executions have `express:` ARNs. */
  express?: boolean;
  /** Extra fields merged over the built object (TestState `context`, Task.Token, Map.Item …). */
  overrides?: JsonObject;
}

export function buildContextObject(init: ContextObjectInit): ContextObject {
  void init;
  return {};
}
