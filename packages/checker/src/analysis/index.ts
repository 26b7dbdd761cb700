import type { JsonObject, Scope, StateRef } from '@aslkit/core';
import type { RuleContext } from '../rule.js';
import { buildScopeGraph, scopeKey, type ScopeGraph } from './graph.js';
import { analyzeVariables, type VariableAnalysis } from './variables.js';
import { runCache } from './run-cache.js';

export * from './graph.js';
export * from './sites.js';
export * from './variables.js';
export * from './integrations.js';
export * from './suggest.js';
export * from './context-object.js';
export * from './errors.js';
export * from './expression-checks.js';
export * from './payload.js';

/**
 * The shared analyses of one definition, computed at most once however many rules ask: one graph
 * per scope, the variables' def/use and must-assigned sets, and lookups by state name.
 */
export interface DefinitionAnalysis {
  graphs: ScopeGraph[];
  graphOf(scope: Scope): ScopeGraph;
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
  readonly graphs: ScopeGraph[];
  private readonly graphByScope = new Map<string, ScopeGraph>();
  // The lookups by name and by state object are built on first use: few rules ask.
  private byName: Map<string, StateRef[]> | undefined;
  private byState: Map<JsonObject, StateRef> | undefined;
  private variableAnalysis: VariableAnalysis | undefined;

  constructor(private readonly context: Pick<RuleContext, 'definition' | 'scopes' | 'states'>) {
    this.graphs = context.scopes.map((scope) => {
      const graph = buildScopeGraph(scope);
      this.graphByScope.set(scopeKey(scope), graph);
      return graph;
    });
  }

  graphOf(scope: Scope): ScopeGraph {
    let graph = this.graphByScope.get(scopeKey(scope));
    if (!graph) {
      graph = buildScopeGraph(scope);
      this.graphByScope.set(scopeKey(scope), graph);
    }
    return graph;
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
    this.variableAnalysis ??= analyzeVariables(this.context.states, this.context.scopes, (scope) => this.graphOf(scope));
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
