import type { StateRef } from '@aslkit/core';
import { buildHandlers, type ErrorHandler } from './errors.js';
import { findIntegration, parseResource, type IntegrationInfo, type ParsedResource } from './integrations.js';
import { expressionSitesOf, type ExpressionSite } from './sites.js';

const NO_HANDLERS: readonly ErrorHandler[] = Object.freeze([]);

/**
 * What the rules ask of one state, read from its JSON object once per run: its type, its Task
 * resource and what that integrates with, its expression sites and its Retriers and Catchers.
 * Rules read these (one shape for every state) rather than probing each state's JSON object, whose
 * shapes differ from state to state. The costlier facts are computed on first use.
 */
export class StateFacts {
  /** `Type` when it is a string. */
  readonly type: string | undefined;
  /** `Resource` of a Task state when it is a string. */
  readonly resource: string | undefined;
  private parsed: ParsedResource | undefined;
  private integrationInfo: IntegrationInfo | null | undefined;
  private siteList: ExpressionSite[] | undefined;
  private retryList: readonly ErrorHandler[] | undefined;
  private catchList: readonly ErrorHandler[] | undefined;

  constructor(readonly ref: StateRef) {
    const type = ref.state['Type'];
    this.type = typeof type === 'string' ? type : undefined;
    const resource = type === 'Task' ? ref.state['Resource'] : undefined;
    this.resource = typeof resource === 'string' ? resource : undefined;
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

  /** The state's own expressions (see `expressionSitesOf`). */
  get sites(): ExpressionSite[] {
    this.siteList ??= expressionSitesOf(this.ref);
    return this.siteList;
  }

  /** Retriers with an ErrorEquals list. */
  get retriers(): readonly ErrorHandler[] {
    this.retryList ??= handlersOf(this.ref, 'Retry');
    return this.retryList;
  }

  /** Catchers with an ErrorEquals list. */
  get catchers(): readonly ErrorHandler[] {
    this.catchList ??= handlersOf(this.ref, 'Catch');
    return this.catchList;
  }
}

const OTHER: ParsedResource = Object.freeze({ kind: 'other' });

function handlersOf(ref: StateRef, field: 'Retry' | 'Catch'): readonly ErrorHandler[] {
  const list = ref.state[field];
  return Array.isArray(list) && list.length > 0 ? buildHandlers(ref, field, list) : NO_HANDLERS;
}

/**
 * The states of a definition as facts, in the order of `context.states`, with the lists rules
 * walk most: Task states with a string Resource, Choice and Parallel states, and the states of
 * each query language.
 */
export class StateIndex {
  readonly all: StateFacts[] = [];
  readonly tasks: StateFacts[] = [];
  readonly choices: StateFacts[] = [];
  readonly parallels: StateFacts[] = [];
  readonly jsonPath: StateFacts[] = [];
  readonly jsonata: StateFacts[] = [];

  constructor(states: readonly StateRef[]) {
    for (const ref of states) {
      const facts = new StateFacts(ref);
      this.all.push(facts);
      if (facts.resource !== undefined) this.tasks.push(facts);
      else if (facts.type === 'Choice') this.choices.push(facts);
      else if (facts.type === 'Parallel') this.parallels.push(facts);
      (ref.queryLanguage === 'JSONata' ? this.jsonata : this.jsonPath).push(facts);
    }
  }
}
