import type { JsonObject, JsonValue, QueryLanguage, StateDefinition } from '@aslkit/core';
import type { EvalEnv, JsonataStates } from '@aslkit/expressions';
import type { StateFailure } from './failure.js';
import type { EngineEnv, StageName, TraceEvent } from './types.js';

/** Everything one state's steps share while it runs. Built once per executeState call. */
export interface RunContext {
  stateName: string;
  state: StateDefinition;
  /** The state as a plain object, for fields the typed model does not list. */
  fields: JsonObject;
  env: EngineEnv;
  language: QueryLanguage;
  evalEnv: EvalEnv;
  /** The raw state input. */
  input: JsonValue;
  trace(event: TraceEvent): void;
  stage(stage: StageName, value: JsonValue): void;
  /** `$states` for JSONata evaluations at this point of the state. */
  states(extra?: Partial<JsonataStates>): JsonataStates;
  /** Add AWS's "An error occurred while executing the state …" prefix to an evaluation failure. */
  evaluationFailure(failure: StateFailure, location?: string): StateFailure;
}

/** Errors that AWS reports with the "An error occurred while executing the state" prefix. */
const PREFIXED_ERRORS = new Set(['States.Runtime', 'States.QueryEvaluationError']);
const PREFIX_START = 'An error occurred while executing the state';

/** AWS's prefix for data-flow failures, when the caller gave the StateEntered event id. */
export function withStatePrefix(stateName: string, enteredEventId: number | undefined, failure: StateFailure): StateFailure {
  if (!PREFIXED_ERRORS.has(failure.error) || enteredEventId === undefined || failure.cause.startsWith(PREFIX_START)) return failure;
  return { ...failure, cause: `${PREFIX_START} '${stateName}' (entered at the event id #${enteredEventId}). ${failure.cause}` };
}

export function createRunContext(stateName: string, state: StateDefinition, input: JsonValue, env: EngineEnv): RunContext {
  const fields = state as unknown as JsonObject;
  const language: QueryLanguage = fields['QueryLanguage'] === 'JSONata' || fields['QueryLanguage'] === 'JSONPath'
    ? (fields['QueryLanguage'] as QueryLanguage)
    : env.queryLanguage;
  const evalEnv: EvalEnv = {
    context: env.context,
    variables: env.variables,
    random: () => env.random(),
    uuid: () => env.uuid(),
    now: () => env.now().getTime(),
  };
  const trace = (event: TraceEvent): void => {
    try {
      env.trace?.(event);
    } catch {
      // A tracer's failure never changes a state's outcome.
    }
  };
  return {
    stateName,
    state,
    fields,
    env,
    language,
    evalEnv,
    input,
    trace,
    stage: (stage, value) => trace({ kind: 'stage', stage, value }),
    states: (extra = {}) => ({ input, context: env.context, ...extra }),
    evaluationFailure(failure, location) {
      const result = withStatePrefix(stateName, env.enteredEventId, failure);
      if (failure.error === 'States.QueryEvaluationError') {
        trace({ kind: 'evaluationFailed', error: result.error, cause: result.cause, ...(location === undefined ? {} : { location }) });
      }
      return result;
    },
  };
}
