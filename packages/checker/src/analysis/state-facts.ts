import type { JsonValue, Scope, StateRef } from '@aslkit/core';
import { buildHandlers, type ErrorHandler } from './errors.js';
import { findIntegration, parseResource, type IntegrationInfo, type ParsedResource } from './integrations.js';
import { findExpressionSites, type ExpressionSite } from './sites.js';

const NO_HANDLERS: readonly ErrorHandler[] = Object.freeze([]);

/**
 * What the rules ask of one state, read from its JSON object once per run and shared by the AWS
 * rules and the lint rules: the fields that the graphs, the variables and the rules look at, its
 * Task resource and what that integrates with, its expression sites and its Retriers and Catchers.
 *
 * The fields are read in one pass over the state's own keys. Probing a JSON object for a field it
 * lacks is slow (states come in many shapes, so every such read is a megamorphic lookup that misses
 * and walks the prototype chain), and most states lack most fields; the facts have one shape.
 * The costlier facts are computed on first use.
 */
export class StateFacts {
  /** `Type` when it is a string. */
  readonly type: string | undefined;
  /** `Resource` of a Task state when it is a string. */
  readonly resource: string | undefined;
  /** `Type` as written, whatever its value. */
  readonly rawType: JsonValue | undefined;
  /** `Resource` as written, whatever the state's type. */
  readonly rawResource: JsonValue | undefined;
  // The raw values of the state's fields (undefined when absent).
  readonly next: JsonValue | undefined;
  readonly default: JsonValue | undefined;
  readonly end: JsonValue | undefined;
  readonly choices: JsonValue | undefined;
  readonly catch: JsonValue | undefined;
  readonly retry: JsonValue | undefined;
  readonly assign: JsonValue | undefined;
  readonly credentials: JsonValue | undefined;
  readonly timeoutSeconds: JsonValue | undefined;
  readonly timeoutSecondsPath: JsonValue | undefined;
  readonly heartbeatSeconds: JsonValue | undefined;
  readonly heartbeatSecondsPath: JsonValue | undefined;
  readonly timestamp: JsonValue | undefined;
  readonly error: JsonValue | undefined;
  readonly cause: JsonValue | undefined;
  readonly result: JsonValue | undefined;
  readonly label: JsonValue | undefined;
  readonly parameters: JsonValue | undefined;
  readonly resultSelector: JsonValue | undefined;
  readonly itemSelector: JsonValue | undefined;
  private parsed: ParsedResource | undefined;
  private integrationInfo: IntegrationInfo | null | undefined;
  private siteList: ExpressionSite[] | undefined;
  private retryList: readonly ErrorHandler[] | undefined;
  private catchList: readonly ErrorHandler[] | undefined;

  constructor(readonly ref: StateRef) {
    const state = ref.state;
    for (const key in state) {
      const value = state[key];
      switch (key) {
        case 'Type': this.rawType = value; break;
        case 'Resource': this.rawResource = value; break;
        case 'Next': this.next = value; break;
        case 'Default': this.default = value; break;
        case 'End': this.end = value; break;
        case 'Choices': this.choices = value; break;
        case 'Catch': this.catch = value; break;
        case 'Retry': this.retry = value; break;
        case 'Assign': this.assign = value; break;
        case 'Credentials': this.credentials = value; break;
        case 'TimeoutSeconds': this.timeoutSeconds = value; break;
        case 'TimeoutSecondsPath': this.timeoutSecondsPath = value; break;
        case 'HeartbeatSeconds': this.heartbeatSeconds = value; break;
        case 'HeartbeatSecondsPath': this.heartbeatSecondsPath = value; break;
        case 'Timestamp': this.timestamp = value; break;
        case 'Error': this.error = value; break;
        case 'Cause': this.cause = value; break;
        case 'Result': this.result = value; break;
        case 'Label': this.label = value; break;
        case 'Parameters': this.parameters = value; break;
        case 'ResultSelector': this.resultSelector = value; break;
        case 'ItemSelector': this.itemSelector = value; break;
      }
    }
    const type = this.rawType;
    this.type = typeof type === 'string' ? type : undefined;
    this.resource = type === 'Task' && typeof this.rawResource === 'string' ? this.rawResource : undefined;
  }

  /** What the Task's Resource integrates with (`other` for states without a string Resource). */
  get integration(): ParsedResource {
    this.parsed ??= this.resource === undefined ? OTHER : parseResource(this.resource);
    return this.parsed;
  }

  /** The catalogue entry of an optimized integration (undefined for unknown ones and other resources). */
  get optimizedIntegration(): IntegrationInfo | undefined {
    if (this.integrationInfo === undefined) {
      const resource = this.integration;
      this.integrationInfo = resource.kind === 'optimized' ? (findIntegration(resource.service, resource.action) ?? null) : null;
    }
    return this.integrationInfo ?? undefined;
  }

  /** The state's own expressions (see `findExpressionSites`). */
  get sites(): ExpressionSite[] {
    this.siteList ??= findExpressionSites(this.ref);
    return this.siteList;
  }

  /** Retriers with an ErrorEquals list. */
  get retriers(): readonly ErrorHandler[] {
    this.retryList ??= handlersOf(this.ref, 'Retry', this.retry);
    return this.retryList;
  }

  /** Catchers with an ErrorEquals list. */
  get catchers(): readonly ErrorHandler[] {
    this.catchList ??= handlersOf(this.ref, 'Catch', this.catch);
    return this.catchList;
  }
}

const OTHER: ParsedResource = Object.freeze({ kind: 'other' });

function handlersOf(ref: StateRef, field: 'Retry' | 'Catch', list: JsonValue | undefined): readonly ErrorHandler[] {
  return Array.isArray(list) && list.length > 0 ? buildHandlers(ref, field, list) : NO_HANDLERS;
}

/**
 * The states of a definition as facts, in the order of `context.states`, with the lists rules
 * walk most: Task states, Choice and Parallel states, Succeed and Fail states, states with Retry or
 * Catch entries, the states of each query language, and the states of each scope (by scope id).
 */
export class StateIndex {
  readonly all: StateFacts[] = [];
  readonly tasks: StateFacts[] = [];
  readonly choices: StateFacts[] = [];
  readonly parallels: StateFacts[] = [];
  /** Succeed and Fail states. */
  readonly ends: StateFacts[] = [];
  /** States with a non-empty Retry or Catch list. */
  readonly withHandlers: StateFacts[] = [];
  readonly jsonPath: StateFacts[] = [];
  readonly jsonata: StateFacts[] = [];
  readonly byScope: StateFacts[][] = [];

  constructor(states: readonly StateRef[], scopeIdOf: (scope: Scope) => number) {
    for (const ref of states) {
      const facts = new StateFacts(ref);
      this.all.push(facts);
      if (facts.type === 'Task') this.tasks.push(facts);
      else if (facts.type === 'Choice') this.choices.push(facts);
      else if (facts.type === 'Parallel') this.parallels.push(facts);
      else if (facts.type === 'Succeed' || facts.type === 'Fail') this.ends.push(facts);
      if ((Array.isArray(facts.retry) && facts.retry.length > 0) || (Array.isArray(facts.catch) && facts.catch.length > 0)) this.withHandlers.push(facts);
      (ref.queryLanguage === 'JSONata' ? this.jsonata : this.jsonPath).push(facts);
      const id = scopeIdOf(ref.scope);
      if (id >= 0) (this.byScope[id] ??= []).push(facts);
    }
  }
}
