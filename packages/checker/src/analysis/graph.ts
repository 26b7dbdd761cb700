import { isJsonObject, stateQueryLanguage, toJsonPointer, type DocumentPath, type JsonObject, type Scope } from '@aslkit/core';
import { StateFacts } from './state-facts.js';
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
 * what the rules ask of it computed on first use and kept: reachability from StartAt, which states
 * can still reach a terminal state, and the strongly connected components (loops). Most scopes have
 * no loop, and the rules that ask about reachability ask only about loops. Paths are built only on
 * request (`statePath`, `edgePath`): rules need them only when they report.
 */
export class ScopeGraph {
  readonly names: string[] = [];
  readonly states: JsonObject[] = [];
  readonly indexOf = new Map<string, number>();
  readonly start: number | undefined;
  /** Every edge, in the order of the states and, within a state, of their fields (Next, Default, Choices, Catch). */
  readonly edges: Edge[] = [];
  readonly successors: number[][] = [];
  readonly dangling: DanglingTransition[] = [];
  /** States that end the scope, or whose transitions are broken (none, or one to a missing state). */
  private readonly terminals: number[] = [];
  /** Some edge leads to the same or an earlier state (in States order): without one the graph has no loop. */
  private backward = false;
  private outgoingLists: Edge[][] | undefined;
  private predecessorLists: number[][] | undefined;
  private reachableFlags: boolean[] | undefined;
  private canTerminateFlags: boolean[] | undefined;
  private components: number[] | undefined;
  private loopList: number[][] | undefined;

  /** `facts`: the states of the scope, in the order of its States object (see `StateIndex.byScope`). */
  constructor(
    readonly scope: Scope,
    facts: readonly StateFacts[],
  ) {
    const count = facts.length;
    for (let index = 0; index < count; index++) {
      const ref = (facts[index] as StateFacts).ref;
      this.indexOf.set(ref.name, index);
      this.names.push(ref.name);
      this.states.push(ref.state);
      this.successors.push([]);
    }
    for (let from = 0; from < count; from++) {
      const state = facts[from] as StateFacts;
      const danglingBefore = this.dangling.length;
      this.addTransition(from, state.next, 'next', -1);
      this.addTransition(from, state.default, 'default', -1);
      const choices = state.choices;
      if (Array.isArray(choices)) {
        for (let index = 0; index < choices.length; index++) {
          const choice = choices[index];
          if (isJsonObject(choice)) this.addTransition(from, choice['Next'], 'choice', index);
        }
      }
      const catchers = state.catch;
      if (Array.isArray(catchers)) {
        for (let index = 0; index < catchers.length; index++) {
          const catcher = catchers[index];
          if (isJsonObject(catcher)) this.addTransition(from, catcher['Next'], 'catch', index);
        }
      }
      const type = state.type;
      const broken = this.dangling.length > danglingBefore || (this.successors[from] as number[]).length === 0;
      if (type === 'Succeed' || type === 'Fail' || state.end === true || broken) this.terminals.push(from);
    }
    this.start = scope.startAt === undefined ? undefined : this.indexOf.get(scope.startAt);
  }

  /** Edges leaving each state, in the order of their fields (Next, Default, Choices, Catch). */
  get outgoing(): Edge[][] {
    if (!this.outgoingLists) {
      const lists: Edge[][] = this.names.map(() => []);
      for (const edge of this.edges) (lists[edge.from] as Edge[]).push(edge);
      this.outgoingLists = lists;
    }
    return this.outgoingLists;
  }

  get predecessors(): number[][] {
    if (!this.predecessorLists) {
      const lists: number[][] = this.names.map(() => []);
      for (const edge of this.edges) (lists[edge.to] as number[]).push(edge.from);
      this.predecessorLists = lists;
    }
    return this.predecessorLists;
  }

  /** Reachable from StartAt. */
  get reachable(): boolean[] {
    this.reachableFlags ??= this.start === undefined ? new Array<boolean>(this.names.length).fill(false) : markFrom([this.start], this.successors, this.names.length);
    return this.reachableFlags;
  }

  /**
   * Some path from the state reaches a terminal state (Succeed, Fail, End: true). States whose
   * transitions are broken (no transition, or one to a missing state) count as terminal: AWS reports
   * those, and the graph cannot tell where they lead.
   */
  get canTerminate(): boolean[] {
    this.canTerminateFlags ??= markFrom(this.terminals, this.predecessors, this.names.length);
    return this.canTerminateFlags;
  }

  /** Strongly connected component id per state. */
  get componentOf(): number[] {
    this.components ??= stronglyConnectedComponents(this.successors);
    return this.components;
  }

  /** Components that are loops: more than one state, or one state with an edge to itself. */
  get loops(): number[][] {
    // Most definitions list their states in the order they run: all edges lead forward, no loop.
    this.loopList ??= this.backward ? loopsOf(this.componentOf, this.successors) : [];
    return this.loopList;
  }

  /**
   * Where a loop is entered: StartAt when it is in the loop, else the first state with a
   * predecessor outside the loop (else the loop's first state).
   */
  loopEntry(loop: readonly number[]): number {
    const inLoop = new Set(loop);
    return loop.find((i) => i === this.start || (this.predecessors[i] as number[]).some((p) => !inLoop.has(p))) ?? (loop[0] as number);
  }

  /** The names of a loop's states for a message: `'A', 'B'`. */
  loopNames(loop: readonly number[]): string {
    return loop.map((i) => `'${this.names[i]}'`).join(', ');
  }

  /** The path of state `index` (`…/States/<name>`). */
  statePath(index: number): DocumentPath {
    return [...this.scope.path, 'States', this.names[index] as string];
  }

  /** The path of the transition field of an edge. */
  edgePath(edge: Edge): DocumentPath {
    return transitionPath(this.statePath(edge.from), edge.kind, edge.index);
  }

  private addTransition(from: number, target: unknown, kind: EdgeKind, index: number): void {
    if (typeof target !== 'string') return;
    const to = this.indexOf.get(target);
    if (to === undefined) {
      this.dangling.push({ from, target, path: transitionPath(this.statePath(from), kind, index) });
      return;
    }
    if (to <= from) this.backward = true;
    this.edges.push({ from, to, kind, index });
    (this.successors[from] as number[]).push(to);
  }
}

/**
 * Scratch memory of `stronglyConnectedComponents`, kept between calls and grown when a scope is
 * larger than any before, so the bookkeeping allocates nothing per scope.
 */
let scratch = new Int32Array(5 * 64);

/**
 * Tarjan's algorithm, iterative, O(V + E), with no object per frame. Its five bookkeeping arrays of
 * `count` numbers lie side by side in `scratch`: the visit index of each node (-1 unvisited), its
 * low link, the node stack, and the depth-first work stack as the node and the next edge to follow.
 * A visited node is on the node stack exactly until it gets its component.
 */
function stronglyConnectedComponents(successors: number[][]): number[] {
  const count = successors.length;
  if (scratch.length < 5 * count) scratch = new Int32Array(10 * count);
  const memory = scratch;
  const INDEX = 0;
  const LOW = count;
  const STACK = 2 * count;
  const WORK_NODE = 3 * count;
  const WORK_EDGE = 4 * count;
  memory.fill(-1, 0, count);
  const component = new Array<number>(count).fill(-1);
  let stackTop = 0;
  let nextIndex = 0;
  let nextComponent = 0;
  for (let root = 0; root < count; root++) {
    if (memory[INDEX + root] !== -1) continue;
    memory[WORK_NODE] = root;
    memory[WORK_EDGE] = 0;
    let depth = 1;
    memory[INDEX + root] = memory[LOW + root] = nextIndex++;
    memory[STACK + stackTop++] = root;
    while (depth > 0) {
      const node = memory[WORK_NODE + depth - 1] as number;
      const edge = memory[WORK_EDGE + depth - 1] as number;
      const next = successors[node] as number[];
      if (edge < next.length) {
        memory[WORK_EDGE + depth - 1] = edge + 1;
        const target = next[edge] as number;
        if (memory[INDEX + target] === -1) {
          memory[INDEX + target] = memory[LOW + target] = nextIndex++;
          memory[STACK + stackTop++] = target;
          memory[WORK_NODE + depth] = target;
          memory[WORK_EDGE + depth] = 0;
          depth++;
        } else if (component[target] === -1) {
          if ((memory[INDEX + target] as number) < (memory[LOW + node] as number)) memory[LOW + node] = memory[INDEX + target] as number;
        }
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = memory[WORK_NODE + depth - 1] as number;
        if ((memory[LOW + node] as number) < (memory[LOW + parent] as number)) memory[LOW + parent] = memory[LOW + node] as number;
      }
      if (memory[LOW + node] === memory[INDEX + node]) {
        let member: number;
        do {
          member = memory[STACK + --stackTop] as number;
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
  // The sizes are counted in the scratch memory of `stronglyConnectedComponents`, done by now.
  const sizes = scratch;
  sizes.fill(0, 0, count);
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

/** The graph of a scope on its own (the analysis builds its graphs from the states it indexed). */
export function buildScopeGraph(scope: Scope): ScopeGraph {
  const facts: StateFacts[] = [];
  for (const name in scope.states) {
    const state = scope.states[name];
    if (isJsonObject(state)) facts.push(new StateFacts({ name, state, path: [...scope.path, 'States', name], scope, queryLanguage: stateQueryLanguage(state, scope) }));
  }
  return new ScopeGraph(scope, facts);
}
