import type { GraphEdge, GraphGroup, GraphNode, StateGraph } from './model.js';

function mermaidText(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'));
}

function mermaidNode(node: GraphNode): string {
  const label = `"${mermaidText(node.label)}"`;
  if (node.pseudo) return `${node.id}((${label}))`;
  switch (node.type) {
    case 'Choice':
      return `${node.id}{${label}}`;
    case 'Succeed':
    case 'Fail':
      return `${node.id}([${label}])`;
    case 'Parallel':
    case 'Map':
      return `${node.id}[[${label}]]`;
    case 'Wait':
      return `${node.id}[/${label}/]`;
    default:
      return `${node.id}[${label}]`;
  }
}

function mermaidEdge(edge: GraphEdge): string {
  const label = edge.label ? `|"${mermaidText(edge.label)}"|` : '';
  switch (edge.kind) {
    case 'default':
    case 'catch':
      return `${edge.from} -.->${label} ${edge.to}`;
    case 'enter':
      return `${edge.from} ==> ${edge.to}`;
    default:
      return `${edge.from} -->${label} ${edge.to}`;
  }
}

/** Groups nested directly in `group` (through its states' children). */
function childGroups(graph: StateGraph, group: GraphGroup): GraphGroup[] {
  const owners = new Set(graph.nodes.filter((n) => n.group === group.id).map((n) => n.id));
  return graph.groups.filter((g) => g.owner !== undefined && owners.has(g.owner));
}

const MERMAID_CLASSES: Record<string, string> = {
  fail: 'fill:#fde2e1,stroke:#c0392b',
  succeed: 'fill:#e3f6e8,stroke:#27ae60',
  choice: 'fill:#fff4d6,stroke:#d4a017',
  pseudo: 'fill:#eeeeee,stroke:#888888',
};

/** The graph as a mermaid flowchart; nested scopes are subgraphs, Catch and Default edges dashed. */
export function renderMermaid(graph: StateGraph): string {
  const lines = ['flowchart TD'];
  const emitGroup = (group: GraphGroup, indent: string): void => {
    for (const node of graph.nodes.filter((n) => n.group === group.id)) lines.push(`${indent}${mermaidNode(node)}`);
    for (const child of childGroups(graph, group)) {
      lines.push(`${indent}subgraph ${child.id}["${mermaidText(child.label)}"]`);
      emitGroup(child, indent + '  ');
      lines.push(`${indent}end`);
    }
  };
  const machine = graph.groups[0];
  if (machine) emitGroup(machine, '  ');
  for (const edge of graph.edges) lines.push(`  ${mermaidEdge(edge)}`);
  for (const [name, style] of Object.entries(MERMAID_CLASSES)) lines.push(`  classDef ${name} ${style}`);
  const classed = (cls: string, pick: (n: GraphNode) => boolean): void => {
    const ids = graph.nodes.filter(pick).map((n) => n.id);
    if (ids.length > 0) lines.push(`  class ${ids.join(',')} ${cls}`);
  };
  classed('fail', (n) => n.type === 'Fail');
  classed('succeed', (n) => n.type === 'Succeed');
  classed('choice', (n) => n.type === 'Choice');
  classed('pseudo', (n) => n.pseudo !== undefined);
  return lines.join('\n') + '\n';
}

function dotText(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

function dotNode(node: GraphNode): string {
  const attributes = [`label=${dotText(node.label)}`];
  if (node.pseudo) attributes.push('shape=circle', 'style=filled', 'fillcolor="#eeeeee"', 'fontsize=10');
  else if (node.type === 'Choice') attributes.push('shape=diamond', 'style=filled', 'fillcolor="#fff4d6"');
  else if (node.type === 'Fail') attributes.push('style="rounded,filled"', 'fillcolor="#fde2e1"');
  else if (node.type === 'Succeed') attributes.push('style="rounded,filled"', 'fillcolor="#e3f6e8"');
  else if (node.type === 'Parallel' || node.type === 'Map') attributes.push('shape=box3d');
  return `${node.id} [${attributes.join(', ')}];`;
}

function dotEdge(edge: GraphEdge): string {
  const attributes: string[] = [];
  if (edge.label) attributes.push(`label=${dotText(edge.label)}`);
  if (edge.kind === 'catch') attributes.push('style=dashed', 'color="#c0392b"', 'fontcolor="#c0392b"');
  if (edge.kind === 'default') attributes.push('style=dashed');
  if (edge.kind === 'enter') attributes.push('style=bold', 'arrowhead=onormal');
  return `${edge.from} -> ${edge.to}${attributes.length > 0 ? ` [${attributes.join(', ')}]` : ''};`;
}

/** The graph in Graphviz DOT; nested scopes are clusters, Catch edges dashed red, Default dashed. */
export function renderDot(graph: StateGraph, name = 'StateMachine'): string {
  const lines = [`digraph ${dotText(name)} {`, '  rankdir=TB;', '  compound=true;', '  node [shape=box, style=rounded, fontname="Helvetica"];', '  edge [fontname="Helvetica", fontsize=10];'];
  const emitGroup = (group: GraphGroup, indent: string): void => {
    for (const node of graph.nodes.filter((n) => n.group === group.id)) lines.push(`${indent}${dotNode(node)}`);
    for (const child of childGroups(graph, group)) {
      lines.push(`${indent}subgraph cluster_${child.id} {`);
      lines.push(`${indent}  label=${dotText(child.label)};`, `${indent}  style=dashed;`);
      emitGroup(child, indent + '  ');
      lines.push(`${indent}}`);
    }
  };
  const machine = graph.groups[0];
  if (machine) emitGroup(machine, '  ');
  for (const edge of graph.edges) lines.push(`  ${dotEdge(edge)}`);
  lines.push('}');
  return lines.join('\n') + '\n';
}
