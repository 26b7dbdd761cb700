import type { GraphEdge, GraphNode, StateGraph } from './model.js';

/**
 * A simple layered layout (top to bottom) drawn as SVG, with no external layout engine: each
 * scope is laid out on its own; a Parallel or Map state is a box holding its nested scopes side by
 * side. Layers come from the longest path over forward edges (back edges found by DFS are drawn
 * as curves on the right); one barycenter sweep orders each layer.
 */

const CHAR_WIDTH = 7;
const NODE_HEIGHT = 34;
const NODE_PADDING_X = 14;
const LAYER_GAP = 44;
const NODE_GAP = 28;
const GROUP_PADDING = 14;
const GROUP_HEADER = 22;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PlacedNode extends Box {
  node: GraphNode;
  /** Nested scope layouts, positioned relative to this node. */
  nested: { label: string; layout: GroupLayout; x: number; y: number }[];
}

interface GroupLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: GraphEdge[];
  back: Set<GraphEdge>;
  /** Forward edges that skip layers: drawn down a lane on the left, at this x. */
  lanes: Map<GraphEdge, number>;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function textWidth(text: string): number {
  return text.length * CHAR_WIDTH;
}

function layoutGroup(graph: StateGraph, groupId: string): GroupLayout {
  const members = graph.nodes.filter((n) => n.group === groupId);
  const ids = new Set(members.map((n) => n.id));
  const edges = graph.edges.filter((e) => e.kind !== 'enter' && ids.has(e.from) && ids.has(e.to));
  const outgoing = new Map<string, GraphEdge[]>();
  for (const edge of edges) outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);

  // Roots: the start marker, else the target of the owner's `enter` edge, then the rest in order.
  const enter = graph.edges.find((e) => e.kind === 'enter' && ids.has(e.to));
  const roots = [...members.filter((n) => n.pseudo === 'start').map((n) => n.id), ...(enter ? [enter.to] : []), ...members.map((n) => n.id)];

  // DFS to find back edges and a topological order.
  const back = new Set<GraphEdge>();
  const state = new Map<string, 1 | 2>();
  const order: string[] = [];
  const visit = (id: string): void => {
    const stack: { id: string; index: number }[] = [{ id, index: 0 }];
    state.set(id, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; index: number };
      const next = (outgoing.get(top.id) ?? [])[top.index++];
      if (!next) {
        state.set(top.id, 2);
        order.push(top.id);
        stack.pop();
        continue;
      }
      const seen = state.get(next.to);
      if (seen === 1) back.add(next);
      else if (seen === undefined) {
        state.set(next.to, 1);
        stack.push({ id: next.to, index: 0 });
      }
    }
  };
  for (const root of roots) if (!state.has(root)) visit(root);
  order.reverse();

  const layer = new Map<string, number>(order.map((id) => [id, 0]));
  for (const id of order) {
    for (const edge of outgoing.get(id) ?? []) {
      if (back.has(edge)) continue;
      layer.set(edge.to, Math.max(layer.get(edge.to) ?? 0, (layer.get(id) ?? 0) + 1));
    }
  }
  // The end marker sits alone at the bottom.
  const end = members.find((n) => n.pseudo === 'end');
  if (end) layer.set(end.id, Math.max(0, ...[...layer.entries()].filter(([id]) => id !== end.id).map(([, l]) => l + 1)));

  const placed = new Map<string, PlacedNode>();
  for (const node of members) {
    const nested = graph.groups
      .filter((g) => g.owner === node.id)
      .map((g) => ({ label: g.label, layout: layoutGroup(graph, g.id), x: 0, y: 0 }));
    let width = Math.max(textWidth(node.label) + 2 * NODE_PADDING_X, node.pseudo ? NODE_HEIGHT : 80);
    let height = NODE_HEIGHT;
    if (nested.length > 0) {
      let x = GROUP_PADDING;
      let inner = 0;
      for (const child of nested) {
        child.x = x;
        child.y = GROUP_HEADER + GROUP_PADDING + 16;
        x += Math.max(child.layout.width, textWidth(child.label) + 8) + GROUP_PADDING;
        inner = Math.max(inner, child.layout.height);
      }
      width = Math.max(width, x);
      height = GROUP_HEADER + GROUP_PADDING + 16 + inner + GROUP_PADDING;
    }
    placed.set(node.id, { node, nested, x: 0, y: 0, width, height });
  }

  const layers: string[][] = [];
  for (const id of order) {
    const l = layer.get(id) ?? 0;
    (layers[l] ??= []).push(id);
  }
  // One barycenter sweep: order each layer by the mean position of its predecessors.
  const position = new Map<string, number>();
  layers.forEach((ids, l) => {
    if (l > 0) {
      const weight = (id: string): number => {
        const preds = edges.filter((e) => e.to === id && !back.has(e) && position.has(e.from)).map((e) => position.get(e.from) as number);
        return preds.length > 0 ? preds.reduce((a, b) => a + b, 0) / preds.length : Number.MAX_SAFE_INTEGER;
      };
      const weights = new Map(ids.map((id) => [id, weight(id)]));
      ids.sort((a, b) => (weights.get(a) as number) - (weights.get(b) as number));
    }
    ids.forEach((id, index) => position.set(id, index));
  });

  // Forward edges that skip layers get a lane of their own left of the nodes they pass.
  const skips = edges.filter((e) => !back.has(e) && (layer.get(e.to) ?? 0) - (layer.get(e.from) ?? 0) > 1);
  const gutter = skips.length > 0 ? 14 + 8 * skips.length : 0;
  let y = 0;
  const rowWidths = layers.map((ids) => ids.reduce((sum, id) => sum + (placed.get(id)?.width ?? 0), 0) + NODE_GAP * Math.max(0, ids.length - 1));
  const width = Math.max(0, ...rowWidths);
  const hasBack = back.size > 0;
  layers.forEach((ids, l) => {
    const rowHeight = Math.max(0, ...ids.map((id) => placed.get(id)?.height ?? 0));
    let x = gutter + (width - (rowWidths[l] ?? 0)) / 2;
    for (const id of ids) {
      const node = placed.get(id) as PlacedNode;
      node.x = x;
      node.y = y + (rowHeight - node.height) / 2;
      x += node.width + NODE_GAP;
    }
    y += rowHeight + LAYER_GAP;
  });
  const lanes = new Map<GraphEdge, number>();
  skips.forEach((edge, index) => {
    const from = layer.get(edge.from) ?? 0;
    const to = layer.get(edge.to) ?? 0;
    const between = [...placed.values()].filter((n) => {
      const l = layer.get(n.node.id) ?? 0;
      return l > from && l < to;
    });
    const left = Math.min(...between.map((n) => n.x), gutter + width);
    lanes.set(edge, Math.max(4, left - 10 - 8 * index));
  });
  return { width: gutter + width + (hasBack ? 40 : 0), height: Math.max(0, y - LAYER_GAP), nodes: [...placed.values()], edges, back, lanes };
}

const FILL: Record<string, string> = { Choice: '#fff4d6', Fail: '#fde2e1', Succeed: '#e3f6e8', pseudo: '#eeeeee', Parallel: '#f3f0fb', Map: '#eef5fb' };
const STROKE: Record<string, string> = { Choice: '#d4a017', Fail: '#c0392b', Succeed: '#27ae60', pseudo: '#888888' };

function drawGroup(layout: GroupLayout, dx: number, dy: number, out: string[]): void {
  const byId = new Map(layout.nodes.map((n) => [n.node.id, n]));
  for (const placed of layout.nodes) {
    const x = dx + placed.x;
    const y = dy + placed.y;
    const { node } = placed;
    const fill = FILL[node.pseudo ? 'pseudo' : node.type] ?? '#ffffff';
    const stroke = STROKE[node.pseudo ? 'pseudo' : node.type] ?? '#555555';
    const rx = node.pseudo ? placed.height / 2 : 6;
    out.push(`<g class="state" data-type="${escapeXml(node.type)}"><title>${escapeXml(node.label)} (${escapeXml(node.type)})</title>`);
    out.push(`<rect x="${x}" y="${y}" width="${placed.width}" height="${placed.height}" rx="${rx}" fill="${fill}" stroke="${stroke}"/>`);
    const textY = placed.nested.length > 0 ? y + 16 : y + placed.height / 2 + 4;
    out.push(`<text x="${x + placed.width / 2}" y="${textY}" text-anchor="middle">${escapeXml(node.label)}</text></g>`);
    for (const child of placed.nested) {
      const cx = x + child.x;
      const cy = y + child.y;
      out.push(`<rect x="${cx - 6}" y="${cy - 20}" width="${Math.max(child.layout.width, textWidth(child.label) + 8) + 12}" height="${child.layout.height + 28}" rx="4" fill="none" stroke="#999999" stroke-dasharray="4 3"/>`);
      out.push(`<text x="${cx}" y="${cy - 6}" class="group-label">${escapeXml(child.label)}</text>`);
      drawGroup(child.layout, cx, cy, out);
    }
  }
  for (const edge of layout.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to) continue;
    const color = edge.kind === 'catch' ? '#c0392b' : '#555555';
    const dash = edge.kind === 'catch' || edge.kind === 'default' ? ' stroke-dasharray="5 4"' : '';
    let d: string;
    let labelX: number;
    let labelY: number;
    if (layout.back.has(edge) || from === to) {
      const x1 = dx + from.x + from.width;
      const y1 = dy + from.y + from.height / 2;
      const x2 = dx + to.x + to.width;
      const y2 = dy + to.y + to.height / 2;
      const bulge = Math.max(x1, x2) + 36;
      d = `M${x1},${y1} C${bulge},${y1} ${bulge},${y2} ${x2},${y2}`;
      labelX = bulge - 8;
      labelY = (y1 + y2) / 2;
    } else if (layout.lanes.has(edge)) {
      const lane = dx + (layout.lanes.get(edge) as number);
      const x1 = dx + from.x + from.width / 2;
      const y1 = dy + from.y + from.height;
      const x2 = dx + to.x + to.width / 2;
      const y2 = dy + to.y;
      const top = y1 + LAYER_GAP / 2;
      const bottom = y2 - LAYER_GAP / 2;
      d = `M${x1},${y1} C${x1},${top} ${lane},${y1} ${lane},${top} L${lane},${bottom} C${lane},${y2} ${x2},${bottom} ${x2},${y2}`;
      labelX = lane + 4;
      labelY = top + 12;
    } else {
      const x1 = dx + from.x + from.width / 2;
      const y1 = dy + from.y + from.height;
      const x2 = dx + to.x + to.width / 2;
      const y2 = dy + to.y;
      d = `M${x1},${y1} C${x1},${(y1 + y2) / 2} ${x2},${(y1 + y2) / 2} ${x2},${y2}`;
      labelX = (x1 + x2) / 2 + 4;
      labelY = (y1 + y2) / 2;
    }
    out.push(`<path d="${d}" fill="none" stroke="${color}"${dash} marker-end="url(#arrow-${edge.kind === 'catch' ? 'catch' : 'plain'})" data-kind="${edge.kind}"/>`);
    if (edge.label) out.push(`<text x="${labelX}" y="${labelY}" class="edge-label" fill="${color}">${escapeXml(edge.label)}</text>`);
  }
}

/** The graph as a standalone SVG document. */
export function renderSvg(graph: StateGraph): string {
  const machine = graph.groups[0];
  const layout = machine ? layoutGroup(graph, machine.id) : { width: 0, height: 0, nodes: [], edges: [], back: new Set<GraphEdge>(), lanes: new Map<GraphEdge, number>() };
  const margin = 20;
  const width = Math.ceil(layout.width + 2 * margin + 60);
  const height = Math.ceil(layout.height + 2 * margin);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
    '<defs>',
    '<marker id="arrow-plain" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555555"/></marker>',
    '<marker id="arrow-catch" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#c0392b"/></marker>',
    '<style>.edge-label{font-size:10px}.group-label{font-size:10px;fill:#666666}</style>',
    '</defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  drawGroup(layout, margin, margin, out);
  out.push('</svg>');
  return out.join('\n') + '\n';
}
