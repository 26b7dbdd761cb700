/**
 * The state graph beside the editor, drawn by the shared renderer (`renderSvg` in @aslkit/core, the same
 * one as `aslkit graph --format svg`). This module only adds interaction on top of its SVG: each drawn
 * state gets its graph node id, focus and click handling, a selection and run marks.
 */
import { buildStateGraph, renderSvg, toJsonPointer, type GraphEdge, type GraphNode, type JsonValue, type PathSegment, type StateGraph } from '@aslkit/core';

/** How a state fared in the last run. */
export type RunMark = 'visited' | 'failed' | 'retried' | 'caught';

/**
 * The order in which `renderSvg` draws state boxes: a scope's nodes in order, each followed by the
 * scopes nested in it. The n-th `g.state` element of the SVG is the n-th id of this list.
 */
export function drawingOrder(graph: StateGraph): string[] {
  const order: string[] = [];
  const visit = (groupId: string): void => {
    for (const node of graph.nodes) {
      if (node.group !== groupId) continue;
      order.push(node.id);
      for (const group of graph.groups) if (group.owner === node.id) visit(group.id);
    }
  };
  const machine = graph.groups[0];
  if (machine) visit(machine.id);
  return order;
}

/**
 * The order in which `renderSvg` draws edges (`path[data-kind]`): a scope's nested scopes first (they are
 * drawn with their owner's box), then the scope's own edges in graph order; `enter` edges are not drawn.
 */
export function edgeDrawingOrder(graph: StateGraph): GraphEdge[] {
  const order: GraphEdge[] = [];
  const visit = (groupId: string): void => {
    const members = new Set<string>();
    for (const node of graph.nodes) {
      if (node.group !== groupId) continue;
      members.add(node.id);
      for (const group of graph.groups) if (group.owner === node.id) visit(group.id);
    }
    for (const edge of graph.edges) if (edge.kind !== 'enter' && members.has(edge.from) && members.has(edge.to)) order.push(edge);
  };
  const machine = graph.groups[0];
  if (machine) visit(machine.id);
  return order;
}

/** The path of the state that contains `path` (`[…, 'States', name]`), if any. */
export function enclosingStatePath(path: readonly PathSegment[]): PathSegment[] | undefined {
  for (let end = path.length; end >= 2; end--) {
    if (path[end - 2] === 'States' && typeof path[end - 1] === 'string') return path.slice(0, end);
  }
  return undefined;
}

export class StateGraphView {
  private graph: StateGraph = buildStateGraph(undefined);
  private elements = new Map<string, SVGGElement>();
  private signature = '';
  private selected: string | undefined;
  private marks = new Map<string, RunMark[]>();
  private edgeElements: { edge: GraphEdge; element: SVGPathElement }[] = [];
  private taken = new Set<string>();

  constructor(
    private readonly container: HTMLElement,
    private readonly onActivate: (node: GraphNode) => void,
  ) {}

  get current(): StateGraph {
    return this.graph;
  }

  /** Redraws when the definition's graph changed (dropping the marks of an earlier run); keeps the selection. */
  update(definition: JsonValue | undefined): void {
    const graph = buildStateGraph(definition);
    const signature = JSON.stringify(graph);
    if (signature === this.signature) return;
    this.signature = signature;
    this.graph = graph;
    // Run marks belong to the graph they were computed on.
    this.marks = new Map();
    this.taken = new Set();
    this.container.innerHTML = renderSvg(graph);
    const svg = this.container.querySelector('svg');
    if (svg) {
      svg.setAttribute('role', 'group');
      svg.setAttribute('aria-label', 'State graph');
    }
    const order = drawingOrder(graph);
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    this.elements.clear();
    this.container.querySelectorAll<SVGGElement>('g.state').forEach((element, index) => {
      const node = byId.get(order[index] ?? '');
      if (!node) return;
      this.elements.set(node.id, element);
      element.dataset['nodeId'] = node.id;
      element.dataset['state'] = node.label;
      if (node.pseudo) return;
      element.setAttribute('tabindex', '0');
      element.setAttribute('role', 'button');
      element.setAttribute('aria-label', `${node.label} (${node.type}): go to the state in the editor`);
      element.addEventListener('click', () => this.onActivate(node));
      element.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          this.onActivate(node);
        }
      });
    });
    const edges = edgeDrawingOrder(graph);
    this.edgeElements = [];
    this.container.querySelectorAll<SVGPathElement>('path[data-kind]').forEach((element, index) => {
      const edge = edges[index];
      if (edge) this.edgeElements.push({ edge, element });
    });
    this.paint();
  }

  /** Highlights the state at `statePath` (the state under the cursor); undefined clears. */
  select(statePath: readonly PathSegment[] | undefined): void {
    const pointer = statePath ? toJsonPointer([...statePath]) : undefined;
    this.selected = pointer;
    this.paint();
  }

  /** Marks states of a run, keyed by node id, and the transitions taken (`from>to` node ids). */
  setRunMarks(marks: Map<string, RunMark[]>, taken: Set<string> = new Set()): void {
    this.marks = marks;
    this.taken = taken;
    this.paint();
  }

  clearRunMarks(): void {
    this.marks = new Map();
    this.taken = new Set();
    this.paint();
  }

  /** The graph nodes named `name` (a state name may repeat across nested scopes). */
  nodesNamed(name: string): GraphNode[] {
    return this.graph.nodes.filter((n) => !n.pseudo && n.label === name);
  }

  nodeAtPath(path: readonly PathSegment[]): GraphNode | undefined {
    const pointer = toJsonPointer([...path]);
    return this.graph.nodes.find((n) => !n.pseudo && toJsonPointer(n.path) === pointer);
  }

  private paint(): void {
    for (const [id, element] of this.elements) {
      const node = this.graph.nodes.find((n) => n.id === id);
      const marks = this.marks.get(id) ?? [];
      element.classList.toggle('selected', node !== undefined && !node.pseudo && this.selected === toJsonPointer(node.path));
      for (const mark of ['visited', 'failed', 'retried', 'caught'] as const) element.classList.toggle(mark, marks.includes(mark));
      if (marks.length > 0) element.dataset['run'] = marks.join(' ');
      else delete element.dataset['run'];
    }
    for (const { edge, element } of this.edgeElements) element.classList.toggle('taken', this.taken.has(`${edge.from}>${edge.to}`));
    // The start and end markers count as visited when the run got there.
    const start = this.graph.nodes.find((n) => n.pseudo === 'start');
    const end = this.graph.nodes.find((n) => n.pseudo === 'end');
    const ran = this.marks.size > 0;
    if (start) this.elements.get(start.id)?.classList.toggle('visited', ran);
    if (end) this.elements.get(end.id)?.classList.toggle('visited', ran && [...this.marks.values()].some((m) => m.includes('visited')) && !this.endBlocked());
  }

  private endBlocked(): boolean {
    return [...this.marks.values()].some((m) => m.includes('failed'));
  }
}
