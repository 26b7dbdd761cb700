import type { JsonObject, Scope, StateRef } from '@aslkit/core';
import type { RuleContext } from '../rule.js';
import { buildScopeGraph, ScopeGraph, scopeKey } from './graph.js';
import { runCache } from './run-cache.js';
import { StateIndex } from './state-facts.js';
import { analyzeVariables, type VariableAnalysis } from './variables.js';

export * from './graph.js';
export * from './sites.js';
export * from './state-facts.js';
export * from './variables.js';
export * from './integrations.js';
export * from './suggest.js';
export * from './context-object.js';
export * from './errors.js';
export * from './expression-checks.js';
export * from './payload.js';
export * from './jsonata-findings.js';

/**
 * The shared analyses of one definition, computed at most once however many rules ask: the facts
 * of every state, one graph per scope, the variables' def/use and must-assigned sets, and lookups
 * by state name.
 */
export interface DefinitionAnalysis {
  /** The facts of every state, and the lists of states rules walk most. */
  readonly states: StateIndex;
  /** One graph per scope, in the order of `context.scopes`. */
  readonly graphs: ScopeGraph[];
  graphOf(scope: Scope): ScopeGraph;
  /** The position of a scope in `context.scopes` (the same scope gives the same id, whichever walk built its object). */
  scopeIdOf(scope: Scope): number;
  /** Every state with a given name, in any scope. */
  statesNamed(name: string): StateRef[];
  refOf(state: JsonObject): StateRef | undefined;
  readonly variables: VariableAnalysis;
}

const cache = runCache<object, DefinitionAnalysis>();

/**
 * The analyses of one definition. A class rather than an object literal with a `get variables()`:
 * every such literal gets a hidden class of its own (its accessor pair holds this run's closure),
 * allocated in the old generation, which kept each run's objects alive through every young
 * collection until the next full one; garbage collection was the analyzer's largest cost.
 */
class Analysis implements DefinitionAnalysis {
  private readonly scopeIds = new Map<Scope, number>();
  // Built on first use: few rules ask.
  private stateIndex: StateIndex | undefined;
  private graphList: ScopeGraph[] | undefined;
  private scopeIdsByKey: Map<string, number> | undefined;
  private byName: Map<string, StateRef[]> | undefined;
  private byState: Map<JsonObject, StateRef> | undefined;
  private variableAnalysis: VariableAnalysis | undefined;

  constructor(private readonly context: Pick<RuleContext, 'definition' | 'scopes' | 'states'>) {
    const scopes = context.scopes;
    for (let id = 0; id < scopes.length; id++) this.scopeIds.set(scopes[id] as Scope, id);
  }

  get states(): StateIndex {
    this.stateIndex ??= new StateIndex(this.context.states, (scope) => this.scopeIdOf(scope));
    return this.stateIndex;
  }

  get graphs(): ScopeGraph[] {
    if (!this.graphList) {
      const byScope = this.states.byScope;
      this.graphList = this.context.scopes.map((scope, id) => new ScopeGraph(scope, byScope[id] ?? []));
    }
    return this.graphList;
  }

  graphOf(scope: Scope): ScopeGraph {
    const id = this.scopeIdOf(scope);
    return id < 0 ? buildScopeGraph(scope) : (this.graphs[id] as ScopeGraph);
  }

  scopeIdOf(scope: Scope): number {
    const id = this.scopeIds.get(scope);
    if (id !== undefined) return id;
    // A Scope object from another walk of the same definition: found by its path.
    if (!this.scopeIdsByKey) {
      this.scopeIdsByKey = new Map();
      this.context.scopes.forEach((known, index) => this.scopeIdsByKey?.set(scopeKey(known), index));
    }
    const byKey = this.scopeIdsByKey.get(scopeKey(scope)) ?? -1;
    this.scopeIds.set(scope, byKey);
    return byKey;
  }

  statesNamed(name: string): StateRef[] {
    if (!this.byName) this.index();
    return this.byName?.get(name) ?? [];
  }

  refOf(state: JsonObject): StateRef | undefined {
    if (!this.byState) this.index();
    return this.byState?.get(state);
  }

  get variables(): VariableAnalysis {
    this.variableAnalysis ??= analyzeVariables(this.states.all, this.context.scopes, this);
    return this.variableAnalysis;
  }

  private index(): void {
    const byName = new Map<string, StateRef[]>();
    const byState = new Map<JsonObject, StateRef>();
    for (const ref of this.context.states) {
      const list = byName.get(ref.name);
      if (list) list.push(ref);
      else byName.set(ref.name, [ref]);
      byState.set(ref.state, ref);
    }
    this.byName = byName;
    this.byState = byState;
  }
}

export function analysisOf(context: Pick<RuleContext, 'definition' | 'scopes' | 'states'>): DefinitionAnalysis {
  let analysis = cache.get(context.definition);
  if (!analysis) {
    analysis = new Analysis(context);
    cache.set(context.definition, analysis);
  }
  return analysis;
}
