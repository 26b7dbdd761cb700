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

/** The scopes and states of a definition, found in one walk. */
export interface DefinitionStructure {
  /** Every scope, outermost first (the machine, then each branch/processor as it is met). */
  scopes: Scope[];
  /** Every state object of every scope, in the order of `scopes`, then of the States object. */
  states: StateRef[];
}

/**
 * All scopes and states of a definition in one walk, walking Parallel Branches and Map
 * ItemProcessor/Iterator at any depth. Tolerates malformed input (skips what is not an object).
 * Every Scope object has the same fields in the same order (absent ones are undefined), so code
 * reading them sees one shape.
 */
export function collectScopesAndStates(definition: JsonValue | undefined): DefinitionStructure {
  const scopes: Scope[] = [];
  if (!isJsonObject(definition)) return { scopes, states: [] };
  // Scopes in pre-order (a scope, then the scopes inside each of its states in turn); each scope's
  // states are kept apart and joined in scope order at the end.
  const statesByScope: StateRef[][] = [];
  const visit = (scope: Scope): void => {
    scopes.push(scope);
    const own: StateRef[] = [];
    statesByScope.push(own);
    const stateObjects = scope.states;
    const depth = scope.depth + 1;
    for (const name in stateObjects) {
      const state = stateObjects[name];
      if (!isJsonObject(state)) continue;
      const statePath = [...scope.path, 'States', name];
      const stateLanguage = asQueryLanguage(state['QueryLanguage'], scope.queryLanguage);
      own.push({ name, state, path: statePath, scope, queryLanguage: stateLanguage });
      const type = state['Type'];
      if (type === 'Parallel') {
        const branches = state['Branches'];
        if (!Array.isArray(branches)) continue;
        const owner = { name, path: statePath, type: 'Parallel' as const };
        for (let branchIndex = 0; branchIndex < branches.length; branchIndex++) {
          const branch = branches[branchIndex];
          if (isJsonObject(branch)) {
            visit(makeScope('parallel-branch', [...statePath, 'Branches', branchIndex], branch, stateLanguage, owner, scope, depth, undefined, branchIndex));
          }
        }
      } else if (type === 'Map') {
        const field = hasOwn(state, 'ItemProcessor') ? 'ItemProcessor' : hasOwn(state, 'Iterator') ? 'Iterator' : undefined;
        const processor = field ? state[field] : undefined;
        if (field && isJsonObject(processor)) {
          const config = processor['ProcessorConfig'];
          const mode = isJsonObject(config) && config['Mode'] === 'DISTRIBUTED' ? 'DISTRIBUTED' : 'INLINE';
          visit(makeScope('map-processor', [...statePath, field], processor, stateLanguage, { name, path: statePath, type: 'Map' }, scope, depth, mode, undefined));
        }
      }
    }
  };
  visit(makeScope('machine', [], definition, 'JSONPath', undefined, undefined, 0, undefined, undefined));
  return { scopes, states: statesByScope.length === 1 ? (statesByScope[0] as StateRef[]) : statesByScope.flat() };
}

function makeScope(
  kind: Scope['kind'],
  path: PathSegment[],
  node: JsonObject,
  inherited: QueryLanguage,
  owner: Scope['owner'],
  parent: Scope | undefined,
  depth: number,
  mapMode: Scope['mapMode'],
  branchIndex: number | undefined,
): Scope {
  const startAt = node['StartAt'];
  const states = node['States'];
  return {
    kind,
    path,
    node,
    startAt: typeof startAt === 'string' ? startAt : undefined,
    states: isJsonObject(states) ? states : {},
    queryLanguage: asQueryLanguage(node['QueryLanguage'], inherited),
    owner,
    parent,
    depth,
    mapMode,
    branchIndex,
  };
}

/**
 * All scopes of a definition, outermost first (see `collectScopesAndStates`).
 */
export function collectScopes(definition: JsonValue | undefined): Scope[] {
  return collectScopesAndStates(definition).scopes;
}

/** Every state of every scope, with its path and effective query language. */
export function collectStates(definition: JsonValue | undefined): StateRef[] {
  return collectScopesAndStates(definition).states;
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
