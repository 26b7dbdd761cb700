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
const PREFIXED_ERRORS = new Set(['States.QueryEvaluationError']);

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
      let cause = failure.cause;
      if (PREFIXED_ERRORS.has(failure.error) && env.enteredEventId !== undefined && !cause.startsWith('An error occurred while executing the state')) {
        cause = `An error occurred while executing the state '${stateName}' (entered at the event id #${env.enteredEventId}). ${cause}`;
      }
      const result = { error: failure.error, cause };
      if (failure.error === 'States.QueryEvaluationError') {
        trace({ kind: 'evaluationFailed', error: result.error, cause: result.cause, ...(location === undefined ? {} : { location }) });
      }
      return result;
    },
  };
}
