import type { JsonValue, StateRef } from '@aslkit/core';
import { runCache } from '../../analysis/run-cache.js';
import type { RuleContext } from '../../rule.js';

/**
 * The fields of one state that the AWS rules read, taken from the state's own keys in one pass.
 *
 * The rules read these (every record has the same shape) instead of probing each state's JSON
 * object by name. Those objects have as many shapes as there are definitions, so each probe by
 * name is a megamorphic property load, and a dozen rules probing a dozen names each, over
 * thousands of shapes, was most of what the AWS codes cost.
 */
export class StateFields {
  type: JsonValue | undefined = undefined;
  next: JsonValue | undefined = undefined;
  end: JsonValue | undefined = undefined;
  default: JsonValue | undefined = undefined;
  choices: JsonValue | undefined = undefined;
  retry: JsonValue | undefined = undefined;
  catch: JsonValue | undefined = undefined;
  resource: JsonValue | undefined = undefined;
  credentials: JsonValue | undefined = undefined;
  timeoutSeconds: JsonValue | undefined = undefined;
  heartbeatSeconds: JsonValue | undefined = undefined;
  timestamp: JsonValue | undefined = undefined;
  error: JsonValue | undefined = undefined;
  cause: JsonValue | undefined = undefined;
  result: JsonValue | undefined = undefined;
  label: JsonValue | undefined = undefined;
  parameters: JsonValue | undefined = undefined;
  resultSelector: JsonValue | undefined = undefined;
  itemSelector: JsonValue | undefined = undefined;

  constructor(readonly ref: StateRef) {
    const state = ref.state;
    for (const key in state) {
      const value = state[key];
      switch (key) {
        case 'Type':
          this.type = value;
          break;
        case 'Next':
          this.next = value;
          break;
        case 'End':
          this.end = value;
          break;
        case 'Default':
          this.default = value;
          break;
        case 'Choices':
          this.choices = value;
          break;
        case 'Retry':
          this.retry = value;
          break;
        case 'Catch':
          this.catch = value;
          break;
        case 'Resource':
          this.resource = value;
          break;
        case 'Credentials':
          this.credentials = value;
          break;
        case 'TimeoutSeconds':
          this.timeoutSeconds = value;
          break;
        case 'HeartbeatSeconds':
          this.heartbeatSeconds = value;
          break;
        case 'Timestamp':
          this.timestamp = value;
          break;
        case 'Error':
          this.error = value;
          break;
        case 'Cause':
          this.cause = value;
          break;
        case 'Result':
          this.result = value;
          break;
        case 'Label':
          this.label = value;
          break;
        case 'Parameters':
          this.parameters = value;
          break;
        case 'ResultSelector':
          this.resultSelector = value;
          break;
        case 'ItemSelector':
          this.itemSelector = value;
          break;
      }
    }
  }
}

const cache = runCache<readonly StateRef[], readonly StateFields[]>();

/** The fields of every state of the run, in the order of `context.states` (built once per run). */
export function stateFieldsOf(context: Pick<RuleContext, 'states'>): readonly StateFields[] {
  let fields = cache.get(context.states);
  if (fields === undefined) {
    fields = context.states.map((ref) => new StateFields(ref));
    cache.set(context.states, fields);
  }
  return fields;
}
