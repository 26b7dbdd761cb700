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

/** The expression environment of one state run: reads the engine env on demand (no per-run closures). */
class EngineEvalEnv implements EvalEnv {
  private randomFn: (() => number) | undefined;
  private uuidFn: (() => string) | undefined;
  private nowFn: (() => number) | undefined;
  context: JsonValue;
  variables: Readonly<Record<string, JsonValue>>;
  constructor(private readonly env: EngineEnv) {
    this.context = env.context;
    this.variables = env.variables;
  }
  // Callers may take these functions off the object, so they are closures, made on first use.
  get random(): () => number {
    return (this.randomFn ??= () => this.env.random());
  }
  get uuid(): () => string {
    return (this.uuidFn ??= () => this.env.uuid());
  }
  get now(): () => number {
    return (this.nowFn ??= () => this.env.now().getTime());
  }
}

/** RunContext with its behaviour on the prototype: one allocation per state run. */
class StateRunContext implements RunContext {
  readonly fields: JsonObject;
  readonly language: QueryLanguage;
  private lazyEvalEnv: EvalEnv | undefined;

  constructor(
    readonly stateName: string,
    readonly state: StateDefinition,
    readonly input: JsonValue,
    readonly env: EngineEnv,
  ) {
    const fields = state as unknown as JsonObject;
    this.fields = fields;
    const declared = fields['QueryLanguage'];
    this.language = declared === 'JSONata' || declared === 'JSONPath' ? declared : env.queryLanguage;
  }

  get evalEnv(): EvalEnv {
    return (this.lazyEvalEnv ??= new EngineEvalEnv(this.env));
  }

  trace(event: TraceEvent): void {
    const tracer = this.env.trace;
    if (tracer === undefined) return;
    try {
      tracer(event);
    } catch {
      // A tracer's failure never changes a state's outcome.
    }
  }

  stage(stage: StageName, value: JsonValue): void {
    if (this.env.trace !== undefined && this.env.traceStages !== false) this.trace({ kind: 'stage', stage, value });
  }

  states(extra: Partial<JsonataStates> = {}): JsonataStates {
    return { input: this.input, context: this.env.context, ...extra };
  }

  evaluationFailure(failure: StateFailure, location?: string): StateFailure {
    const result = withStatePrefix(this.stateName, this.env.enteredEventId, failure);
    if (failure.error === 'States.QueryEvaluationError') {
      this.trace({ kind: 'evaluationFailed', error: result.error, cause: result.cause, ...(location === undefined ? {} : { location }) });
    }
    return result;
  }
}

export function createRunContext(stateName: string, state: StateDefinition, input: JsonValue, env: EngineEnv): RunContext {
  return new StateRunContext(stateName, state, input, env);
}
