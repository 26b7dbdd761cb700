export { buildStateGraph, type StateGraph, type GraphNode, type GraphEdge, type GraphEdgeKind, type GraphGroup } from './model.js';
export { renderMermaid, renderDot } from './text-renderers.js';
export { renderSvg } from './svg.js';
