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

export function analysisOf(context: Pick<RuleContext, 'definition' | 'scopes' | 'states'>): DefinitionAnalysis {
  const cached = cache.get(context.definition);
  if (cached) return cached;
  const graphByScope = new Map<string, ScopeGraph>();
  const graphs = context.scopes.map((scope) => {
    const graph = buildScopeGraph(scope);
    graphByScope.set(scopeKey(scope), graph);
    return graph;
  });
  const graphOf = (scope: Scope): ScopeGraph => {
    let graph = graphByScope.get(scopeKey(scope));
    if (!graph) {
      graph = buildScopeGraph(scope);
      graphByScope.set(scopeKey(scope), graph);
    }
    return graph;
  };
  // The lookups by name and by state object are built on first use: few rules ask.
  let byName: Map<string, StateRef[]> | undefined;
  let byState: Map<JsonObject, StateRef> | undefined;
  const index = (): void => {
    byName = new Map();
    byState = new Map();
    for (const ref of context.states) {
      const list = byName.get(ref.name) ?? [];
      list.push(ref);
      byName.set(ref.name, list);
      byState.set(ref.state, ref);
    }
  };
  let variables: VariableAnalysis | undefined;
  const analysis: DefinitionAnalysis = {
    graphs,
    graphOf,
    statesNamed: (name) => {
      if (!byName) index();
      return byName?.get(name) ?? [];
    },
    refOf: (state) => {
      if (!byState) index();
      return byState?.get(state);
    },
    get variables() {
      variables ??= analyzeVariables(context.states, context.scopes, graphOf);
      return variables;
    },
  };
  cache.set(context.definition, analysis);
  return analysis;
}
