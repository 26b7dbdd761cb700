import { hasOwn, isJsonObject, type JsonObject, type JsonValue } from '../json.js';
import type { PathSegment } from '../source/path.js';
import type { QueryLanguage } from './types.js';

/**
 * A scope is one set of states with its own StartAt: the machine itself, a Parallel branch, or a
 * Map's ItemProcessor (or legacy Iterator). Transitions never cross scopes.
 */
export interface Scope {
  kind: 'machine' | 'parallel-branch' | 'map-processor';
  /** Path of the object that holds StartAt and States. */
  path: PathSegment[];
  /** The raw object (may be malformed: callers check fields). */
  node: JsonObject;
  /** StartAt when it is a string. */
  startAt: string | undefined;
  /** The States object when it is an object, else an empty one. */
  states: JsonObject;
  /** The query language states of this scope default to. */
  queryLanguage: QueryLanguage;
  /** The state that owns this scope (Parallel or Map), absent for the machine. */
  owner?: { name: string; path: PathSegment[]; type: 'Parallel' | 'Map' };
  parent?: Scope;
  /** 0 for the machine, 1 for a branch of a top-level Parallel, and so on. */
  depth: number;
  /** For Map processors: INLINE or DISTRIBUTED (from ProcessorConfig.Mode). */
  mapMode?: 'INLINE' | 'DISTRIBUTED';
  /** For Parallel branches: the branch index. */
  branchIndex?: number;
}

export interface StateRef {
  name: string;
  state: JsonObject;
  path: PathSegment[];
  scope: Scope;
  /** The state's effective query language (its own, else its scope's). */
  queryLanguage: QueryLanguage;
}

function asQueryLanguage(value: JsonValue | undefined, fallback: QueryLanguage): QueryLanguage {
  return value === 'JSONata' || value === 'JSONPath' ? value : fallback;
}

/** The effective query language of a state object within a scope. */
export function stateQueryLanguage(state: JsonObject, scope: Scope): QueryLanguage {
  return asQueryLanguage(state['QueryLanguage'], scope.queryLanguage);
}

/**
 * All scopes of a definition, outermost first, walking Parallel Branches and Map
 * ItemProcessor/Iterator at any depth. Tolerates malformed input (skips what is not an object).
 */
export function collectScopes(definition: JsonValue | undefined): Scope[] {
  const scopes: Scope[] = [];
  if (!isJsonObject(definition)) return scopes;
  const visit = (node: JsonObject, path: PathSegment[], kind: Scope['kind'], inherited: QueryLanguage, extra: Partial<Scope>, depth: number): void => {
    const scope: Scope = {
      kind,
      path,
      node,
      startAt: typeof node['StartAt'] === 'string' ? node['StartAt'] : undefined,
      states: isJsonObject(node['States']) ? node['States'] : {},
      queryLanguage: asQueryLanguage(node['QueryLanguage'], inherited),
      depth,
      ...extra,
    };
    scopes.push(scope);
    for (const name of Object.keys(scope.states)) {
      const state = scope.states[name];
      if (!isJsonObject(state)) continue;
      const statePath = [...path, 'States', name];
      const stateLanguage = stateQueryLanguage(state, scope);
      if (state['Type'] === 'Parallel' && Array.isArray(state['Branches'])) {
        state['Branches'].forEach((branch, index) => {
          if (isJsonObject(branch)) {
            visit(branch, [...statePath, 'Branches', index], 'parallel-branch', stateLanguage, {
              owner: { name, path: statePath, type: 'Parallel' },
              parent: scope,
              branchIndex: index,
            }, depth + 1);
          }
        });
      } else if (state['Type'] === 'Map') {
        const field = hasOwn(state, 'ItemProcessor') ? 'ItemProcessor' : hasOwn(state, 'Iterator') ? 'Iterator' : undefined;
        const processor = field ? state[field] : undefined;
        if (field && isJsonObject(processor)) {
          const config = processor['ProcessorConfig'];
          const mode = isJsonObject(config) && config['Mode'] === 'DISTRIBUTED' ? 'DISTRIBUTED' : 'INLINE';
          visit(processor, [...statePath, field], 'map-processor', stateLanguage, {
            owner: { name, path: statePath, type: 'Map' },
            parent: scope,
            mapMode: mode,
          }, depth + 1);
        }
      }
    }
  };
  visit(definition, [], 'machine', 'JSONPath', {}, 0);
  return scopes;
}

/** Every state of every scope, with its path and effective query language. */
export function collectStates(definition: JsonValue | undefined): StateRef[] {
  const states: StateRef[] = [];
  for (const scope of collectScopes(definition)) {
    for (const name of Object.keys(scope.states)) {
      const state = scope.states[name];
      if (isJsonObject(state)) {
        states.push({ name, state, path: [...scope.path, 'States', name], scope, queryLanguage: stateQueryLanguage(state, scope) });
      }
    }
  }
  return states;
}

/**
 * The state names a state can transition to, with the path of each transition field:
 * Next, Default, Choices[i].Next, Catch[i].Next.
 */
export function transitionsOf(state: JsonObject, statePath: PathSegment[]): { target: string; path: PathSegment[] }[] {
  const transitions: { target: string; path: PathSegment[] }[] = [];
  const add = (value: JsonValue | undefined, path: PathSegment[]): void => {
    if (typeof value === 'string') transitions.push({ target: value, path });
  };
  add(state['Next'], [...statePath, 'Next']);
  add(state['Default'], [...statePath, 'Default']);
  const choices = state['Choices'];
  if (Array.isArray(choices)) {
    choices.forEach((choice, index) => {
      if (isJsonObject(choice)) add(choice['Next'], [...statePath, 'Choices', index, 'Next']);
    });
  }
  const catchers = state['Catch'];
  if (Array.isArray(catchers)) {
    catchers.forEach((catcher, index) => {
      if (isJsonObject(catcher)) add(catcher['Next'], [...statePath, 'Catch', index, 'Next']);
    });
  }
  return transitions;
}

/** A state ends its scope when it is Succeed or Fail, or has `End: true`. */
export function isTerminalState(state: JsonObject): boolean {
  return state['Type'] === 'Succeed' || state['Type'] === 'Fail' || state['End'] === true;
}
