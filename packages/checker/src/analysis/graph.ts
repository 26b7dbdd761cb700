import { isJsonObject, toJsonPointer, type DocumentPath, type JsonObject, type Scope } from '@aslkit/core';
import { runCache } from './run-cache.js';

const scopeKeys = runCache<Scope, string>();

/**
 * A stable key of a scope (the JSON pointer of its object), for code that meets Scope objects built
 * by separate walks (`collectScopes` and `collectStates` each build their own). Within one run the
 * analysis compares scopes by `DefinitionAnalysis.scopeIdOf` instead.
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
  /** The index of the Choice rule or Catcher that holds the transition; -1 for Next and Default. */
  index: number;
}

/** A transition whose target is not a state of its own scope. */
export interface DanglingTransition {
  from: number;
  target: string;
  path: DocumentPath;
}

/** The path of a transition field: `…/Next`, `…/Default`, `…/Choices/0/Next`, `…/Catch/1/Next`. */
export function transitionPath(statePath: DocumentPath, kind: EdgeKind, index: number): DocumentPath {
  if (kind === 'next') return [...statePath, 'Next'];
  if (kind === 'default') return [...statePath, 'Default'];
  return [...statePath, kind === 'choice' ? 'Choices' : 'Catch', index, 'Next'];
}

/**
 * The control-flow graph of one scope (the machine, a Parallel branch or a Map processor), with
 * what the rules ask of it computed once: reachability from StartAt, which states can still reach a
 * terminal state, and the strongly connected components (loops). Paths are built only on request
 * (`statePath`, `edgePath`): rules need them only when they report.
 */
export class ScopeGraph {
  readonly names: string[] = [];
  readonly states: JsonObject[] = [];
  readonly indexOf = new Map<string, number>();
  readonly start: number | undefined;
  readonly edges: Edge[] = [];
  /** Edges leaving each state, in the order of their fields (Next, Default, Choices, Catch). */
  readonly outgoing: Edge[][] = [];
  readonly successors: number[][] = [];
  readonly predecessors: number[][] = [];
  readonly dangling: DanglingTransition[] = [];
  /** Reachable from StartAt. */
  readonly reachable: boolean[];
  /**
   * Some path from the state reaches a terminal state (Succeed, Fail, End: true). States whose
   * transitions are broken (no transition, or one to a missing state) count as terminal: AWS reports
   * those, and the graph cannot tell where they lead.
   */
  readonly canTerminate: boolean[];
  /** Strongly connected component id per state. */
  readonly componentOf: number[];
  /** Components that are loops: more than one state, or one state with an edge to itself. */
  readonly loops: number[][];

  constructor(readonly scope: Scope) {
    const states = scope.states;
    for (const name in states) {
      const state = states[name];
      if (!isJsonObject(state)) continue;
      this.indexOf.set(name, this.names.length);
      this.names.push(name);
      this.states.push(state);
      this.outgoing.push([]);
      this.successors.push([]);
      this.predecessors.push([]);
    }
    const count = this.names.length;
    const hasDangling = new Uint8Array(count);
    for (let from = 0; from < count; from++) {
      const state = this.states[from] as JsonObject;
      this.addTransition(from, state['Next'], 'next', -1, hasDangling);
      this.addTransition(from, state['Default'], 'default', -1, hasDangling);
      const choices = state['Choices'];
      if (Array.isArray(choices)) {
        for (let index = 0; index < choices.length; index++) {
          const choice = choices[index];
          if (isJsonObject(choice)) this.addTransition(from, choice['Next'], 'choice', index, hasDangling);
        }
      }
      const catchers = state['Catch'];
      if (Array.isArray(catchers)) {
        for (let index = 0; index < catchers.length; index++) {
          const catcher = catchers[index];
          if (isJsonObject(catcher)) this.addTransition(from, catcher['Next'], 'catch', index, hasDangling);
        }
      }
    }
    this.start = scope.startAt === undefined ? undefined : this.indexOf.get(scope.startAt);
    this.reachable = this.start === undefined ? new Array<boolean>(count).fill(false) : markFrom([this.start], this.successors, count);
    const terminals: number[] = [];
    for (let i = 0; i < count; i++) {
      const state = this.states[i] as JsonObject;
      const type = state['Type'];
      if (type === 'Succeed' || type === 'Fail' || state['End'] === true || hasDangling[i] === 1 || (this.successors[i] as number[]).length === 0) terminals.push(i);
    }
    this.canTerminate = markFrom(terminals, this.predecessors, count);
    this.componentOf = stronglyConnectedComponents(this.successors);
    this.loops = loopsOf(this.componentOf, this.successors);
  }

  /** The path of state `index` (`…/States/<name>`). */
  statePath(index: number): DocumentPath {
    return [...this.scope.path, 'States', this.names[index] as string];
  }

  /** The path of the transition field of an edge. */
  edgePath(edge: Edge): DocumentPath {
    return transitionPath(this.statePath(edge.from), edge.kind, edge.index);
  }

  private addTransition(from: number, target: unknown, kind: EdgeKind, index: number, hasDangling: Uint8Array): void {
    if (typeof target !== 'string') return;
    const to = this.indexOf.get(target);
    if (to === undefined) {
      hasDangling[from] = 1;
      this.dangling.push({ from, target, path: transitionPath(this.statePath(from), kind, index) });
      return;
    }
    const edge: Edge = { from, to, kind, index };
    this.edges.push(edge);
    (this.outgoing[from] as Edge[]).push(edge);
    (this.successors[from] as number[]).push(to);
    (this.predecessors[to] as number[]).push(from);
  }
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

/** The components that are loops, each as its states in index order, in order of their first state. */
function loopsOf(componentOf: number[], successors: number[][]): number[][] {
  const count = componentOf.length;
  // Most components are single states without a self edge: lists are made only for the others.
  const sizes = new Int32Array(count);
  for (const component of componentOf) sizes[component] = (sizes[component] as number) + 1;
  const loops: number[][] = [];
  let members: Map<number, number[]> | undefined;
  for (let node = 0; node < count; node++) {
    const component = componentOf[node] as number;
    if (sizes[component] === 1 && !(successors[node] as number[]).includes(node)) continue;
    members ??= new Map<number, number[]>();
    const list = members.get(component);
    if (list) list.push(node);
    else {
      const created = [node];
      members.set(component, created);
      loops.push(created);
    }
  }
  return loops;
}

function markFrom(starts: number[], neighbours: number[][], count: number): boolean[] {
  const seen = new Array<boolean>(count).fill(false);
  const queue = starts.slice();
  for (const start of starts) seen[start] = true;
  while (queue.length > 0) {
    const node = queue.pop() as number;
    for (const next of neighbours[node] as number[]) {
      if (!seen[next]) {
        seen[next] = true;
        queue.push(next);
      }
    }
  }
  return seen;
}

export function buildScopeGraph(scope: Scope): ScopeGraph {
  return new ScopeGraph(scope);
}
