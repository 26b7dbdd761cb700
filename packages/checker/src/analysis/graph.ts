import { isTerminalState, toJsonPointer, transitionsOf, type DocumentPath, type JsonObject, type Scope } from '@aslkit/core';
import { runCache } from './run-cache.js';

const scopeKeys = runCache<Scope, string>();

/**
 * A stable key of a scope (the JSON pointer of its object): `collectScopes` and `collectStates` build
 * separate Scope objects for the same scope, so identity cannot be relied on.
 */
export function scopeKey(scope: Scope): string {
  let key = scopeKeys.get(scope);
  if (key === undefined) {
    key = toJsonPointer(scope.path);
    scopeKeys.set(scope, key);
  }
  return key;
}

export type EdgeKind = 'next' | 'default' | 'choice' | 'catch';

/** One transition of a state to a state of the same scope. */
export interface Edge {
  from: number;
  to: number;
  kind: EdgeKind;
  /** Path of the transition field (`…/Next`, `…/Choices/0/Next`, `…/Catch/1/Next`). */
  path: DocumentPath;
}

/** A transition whose target is not a state of its own scope. */
export interface DanglingTransition {
  from: number;
  target: string;
  path: DocumentPath;
}

/**
 * The control-flow graph of one scope (the machine, a Parallel branch or a Map processor), with
 * what the rules ask of it computed once: reachability from StartAt, which states can still reach a
 * terminal state, and the strongly connected components (loops).
 */
export interface ScopeGraph {
  scope: Scope;
  names: string[];
  states: JsonObject[];
  statePaths: DocumentPath[];
  indexOf: Map<string, number>;
  start: number | undefined;
  edges: Edge[];
  /** Edges leaving each state. */
  outgoing: Edge[][];
  successors: number[][];
  predecessors: number[][];
  dangling: DanglingTransition[];
  /** Reachable from StartAt. */
  reachable: boolean[];
  /**
   * Some path from the state reaches a terminal state (Succeed, Fail, End: true). States whose
   * transitions are broken (no transition, or one to a missing state) count as terminal: AWS reports
   * those, and the graph cannot tell where they lead.
   */
  canTerminate: boolean[];
  /** Strongly connected component id per state. */
  componentOf: number[];
  /** Components that are loops: more than one state, or one state with an edge to itself. */
  loops: number[][];
}

function edgeKind(path: DocumentPath): EdgeKind {
  const field = path[path.length - 1];
  if (path.includes('Catch')) return 'catch';
  if (path.includes('Choices')) return 'choice';
  return field === 'Default' ? 'default' : 'next';
}

/** Tarjan's algorithm, iterative, O(V + E); typed arrays for its bookkeeping, no object per frame. */
function stronglyConnectedComponents(successors: number[][]): number[] {
  const count = successors.length;
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const component = new Array<number>(count).fill(-1);
  const stack = new Int32Array(count);
  let stackTop = 0;
  // The depth-first work stack as two parallel arrays: the node and its next edge to follow.
  const workNode = new Int32Array(count);
  const workEdge = new Int32Array(count);
  let nextIndex = 0;
  let nextComponent = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    workNode[0] = root;
    workEdge[0] = 0;
    let depth = 1;
    index[root] = low[root] = nextIndex++;
    stack[stackTop++] = root;
    onStack[root] = 1;
    while (depth > 0) {
      const node = workNode[depth - 1] as number;
      const edge = workEdge[depth - 1] as number;
      const next = successors[node] as number[];
      if (edge < next.length) {
        workEdge[depth - 1] = edge + 1;
        const target = next[edge] as number;
        if (index[target] === -1) {
          index[target] = low[target] = nextIndex++;
          stack[stackTop++] = target;
          onStack[target] = 1;
          workNode[depth] = target;
          workEdge[depth] = 0;
          depth++;
        } else if (onStack[target]) {
          if ((index[target] as number) < (low[node] as number)) low[node] = index[target] as number;
        }
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = workNode[depth - 1] as number;
        if ((low[node] as number) < (low[parent] as number)) low[parent] = low[node] as number;
      }
      if (low[node] === index[node]) {
        let member: number;
        do {
          member = stack[--stackTop] as number;
          onStack[member] = 0;
          component[member] = nextComponent;
        } while (member !== node);
        nextComponent++;
      }
    }
  }
  return component;
}

function markFrom(starts: number[], neighbours: number[][], count: number): boolean[] {
  const seen = new Array<boolean>(count).fill(false);
  const queue = [...starts];
  for (const start of starts) seen[start] = true;
  while (queue.length > 0) {
    const node = queue.pop() as number;
    for (const next of neighbours[node] ?? []) {
      if (!seen[next]) {
        seen[next] = true;
        queue.push(next);
      }
    }
  }
  return seen;
}

export function buildScopeGraph(scope: Scope): ScopeGraph {
  const names: string[] = [];
  const states: JsonObject[] = [];
  const statePaths: DocumentPath[] = [];
  const indexOf = new Map<string, number>();
  for (const name of Object.keys(scope.states)) {
    const state = scope.states[name];
    if (typeof state !== 'object' || state === null || Array.isArray(state)) continue;
    indexOf.set(name, names.length);
    names.push(name);
    states.push(state);
    statePaths.push([...scope.path, 'States', name]);
  }
  const count = names.length;
  const edges: Edge[] = [];
  const dangling: DanglingTransition[] = [];
  const outgoing: Edge[][] = names.map(() => []);
  const successors: number[][] = names.map(() => []);
  const predecessors: number[][] = names.map(() => []);
  states.forEach((state, from) => {
    for (const transition of transitionsOf(state, statePaths[from] as (string | number)[])) {
      const to = indexOf.get(transition.target);
      if (to === undefined) {
        dangling.push({ from, target: transition.target, path: transition.path });
        continue;
      }
      const edge: Edge = { from, to, kind: edgeKind(transition.path), path: transition.path };
      edges.push(edge);
      (outgoing[from] as Edge[]).push(edge);
      (successors[from] as number[]).push(to);
      (predecessors[to] as number[]).push(from);
    }
  });
  const start = scope.startAt === undefined ? undefined : indexOf.get(scope.startAt);
  const reachable = start === undefined ? new Array<boolean>(count).fill(false) : markFrom([start], successors, count);
  const terminals: number[] = [];
  const hasDangling = new Array<boolean>(count).fill(false);
  for (const transition of dangling) hasDangling[transition.from] = true;
  states.forEach((state, i) => {
    if (isTerminalState(state) || hasDangling[i] || (successors[i] ?? []).length === 0) terminals.push(i);
  });
  const canTerminate = markFrom(terminals, predecessors, count);
  const componentOf = stronglyConnectedComponents(successors);
  // Most components are single states without a self edge: lists are made only for the others.
  const sizes = new Int32Array(count);
  for (const component of componentOf) sizes[component] = (sizes[component] as number) + 1;
  const members = new Map<number, number[]>();
  for (let node = 0; node < count; node++) {
    const component = componentOf[node] as number;
    if (sizes[component] === 1 && !(successors[node] as number[]).includes(node)) continue;
    const list = members.get(component);
    if (list) list.push(node);
    else members.set(component, [node]);
  }
  const loops: number[][] = [];
  for (const list of members.values()) loops.push(list);
  return { scope, names, states, statePaths, indexOf, start, edges, outgoing, successors, predecessors, dangling, reachable, canTerminate, componentOf, loops };
}
