import { isJsonObject, type JsonObject, type JsonValue } from '../json.js';
import { collectScopes, isTerminalState, type Scope } from '../asl/scopes.js';
import { toJsonPointer, type PathSegment } from '../source/path.js';

/** How a transition is taken. `enter` links a Parallel/Map state to the start of a nested scope. */
export type GraphEdgeKind = 'start' | 'next' | 'choice' | 'default' | 'catch' | 'end' | 'enter';

export interface GraphNode {
  /** Unique, renderer-safe id (`s0`, `s1`, …; `start`/`end` pseudo nodes are `g0_start`, `g0_end`). */
  id: string;
  /** The state name (or `Start` / `End` for pseudo nodes). */
  label: string;
  /** The state's Type, `pseudo` for start/end markers, `unknown` for a malformed state. */
  type: string;
  /** The group (scope) the node belongs to. */
  group: string;
  /** The state's path in the definition (empty for pseudo nodes). */
  path: PathSegment[];
  pseudo?: 'start' | 'end';
  /** Groups nested in this state (Parallel branches, a Map's processor). */
  children: string[];
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: GraphEdgeKind;
  /** A short label: `Choices[0]`, `Default`, `Catch: States.ALL`. */
  label?: string;
}

export interface GraphGroup {
  id: string;
  label: string;
  kind: Scope['kind'];
  /** The state node that owns this scope; absent for the machine. */
  owner?: string;
  /** The scope's path (JSON pointer), e.g. `/States/P/Branches/0`. */
  pointer: string;
}

/** The state graph of a definition: states as nodes, transitions as edges, scopes as groups. */
export interface StateGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Outermost first; `groups[0]` is the machine. */
  groups: GraphGroup[];
}

function catcherLabel(catcher: JsonObject): string {
  const errors = catcher['ErrorEquals'];
  const names = Array.isArray(errors) ? errors.filter((e): e is string => typeof e === 'string') : [];
  return names.length > 0 ? `Catch: ${names.join(', ')}` : 'Catch';
}

function groupLabel(scope: Scope): string {
  if (scope.kind === 'machine') return 'State machine';
  if (scope.kind === 'parallel-branch') return `${scope.owner?.name ?? 'Parallel'}: branch ${(scope.branchIndex ?? 0) + 1}`;
  return `${scope.owner?.name ?? 'Map'}: ${scope.mapMode === 'DISTRIBUTED' ? 'distributed' : 'inline'} iteration`;
}

/**
 * Builds the state graph of a definition. Tolerates malformed input: transitions to missing states
 * and states that are not objects are skipped; an empty or non-object definition gives a graph with
 * only the machine's start and end markers.
 */
export function buildStateGraph(definition: JsonValue | undefined): StateGraph {
  const graph: StateGraph = { nodes: [], edges: [], groups: [] };
  const scopes = collectScopes(definition);
  if (scopes.length === 0) {
    graph.groups.push({ id: 'g0', label: 'State machine', kind: 'machine', pointer: '' });
    graph.nodes.push({ id: 'g0_start', label: 'Start', type: 'pseudo', group: 'g0', path: [], pseudo: 'start', children: [] });
    graph.nodes.push({ id: 'g0_end', label: 'End', type: 'pseudo', group: 'g0', path: [], pseudo: 'end', children: [] });
    return graph;
  }
  const nodeByPointer = new Map<string, GraphNode>();
  const groupByScope = new Map<Scope, GraphGroup>();
  let stateCount = 0;
  scopes.forEach((scope, index) => {
    const group: GraphGroup = { id: `g${index}`, label: groupLabel(scope), kind: scope.kind, pointer: toJsonPointer(scope.path) };
    if (scope.owner) {
      const owner = nodeByPointer.get(toJsonPointer(scope.owner.path));
      if (owner) {
        group.owner = owner.id;
        owner.children.push(group.id);
      }
    }
    groupByScope.set(scope, group);
    graph.groups.push(group);
    for (const name of Object.keys(scope.states)) {
      const state = scope.states[name];
      const path = [...scope.path, 'States', name];
      const type = isJsonObject(state) && typeof state['Type'] === 'string' ? state['Type'] : 'unknown';
      const node: GraphNode = { id: `s${stateCount++}`, label: name, type, group: group.id, path, children: [] };
      nodeByPointer.set(toJsonPointer(path), node);
      graph.nodes.push(node);
    }
  });

  for (const scope of scopes) {
    const group = groupByScope.get(scope) as GraphGroup;
    const idOf = (name: string): string | undefined => nodeByPointer.get(toJsonPointer([...scope.path, 'States', name]))?.id;
    const isMachine = scope.kind === 'machine';
    const start = scope.startAt !== undefined ? idOf(scope.startAt) : undefined;
    let endId: string | undefined;
    if (isMachine) {
      graph.nodes.push({ id: `${group.id}_start`, label: 'Start', type: 'pseudo', group: group.id, path: [], pseudo: 'start', children: [] });
      graph.nodes.push({ id: `${group.id}_end`, label: 'End', type: 'pseudo', group: group.id, path: [], pseudo: 'end', children: [] });
      endId = `${group.id}_end`;
      if (start) graph.edges.push({ from: `${group.id}_start`, to: start, kind: 'start' });
    } else if (start && group.owner) {
      graph.edges.push({ from: group.owner, to: start, kind: 'enter' });
    }
    for (const name of Object.keys(scope.states)) {
      const state = scope.states[name];
      const from = idOf(name);
      if (!from || !isJsonObject(state)) continue;
      const link = (target: JsonValue | undefined, kind: GraphEdgeKind, label?: string): void => {
        const to = typeof target === 'string' ? idOf(target) : undefined;
        if (to) graph.edges.push({ from, to, kind, ...(label ? { label } : {}) });
      };
      link(state['Next'], 'next');
      const choices = state['Choices'];
      if (Array.isArray(choices)) {
        choices.forEach((choice, index) => {
          if (isJsonObject(choice)) link(choice['Next'], 'choice', `Choices[${index}]`);
        });
      }
      link(state['Default'], 'default', 'Default');
      const catchers = state['Catch'];
      if (Array.isArray(catchers)) {
        for (const catcher of catchers) if (isJsonObject(catcher)) link(catcher['Next'], 'catch', catcherLabel(catcher));
      }
      if (endId && isTerminalState(state)) graph.edges.push({ from, to: endId, kind: 'end' });
    }
  }
  return graph;
}
