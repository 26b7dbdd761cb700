import { buildStateGraph, renderMermaid, renderSvg } from '@aslkit/core';
import type { AslModel } from '../service/model.js';
import type { StateGraphView } from '../service/types.js';

/** The state graph of each machine in the document, as SVG and Mermaid (core's renderers). */
export function stateGraphs(model: AslModel): StateGraphView[] {
  return model.machines.map((machine) => {
    const graph = buildStateGraph(machine.definition);
    return { name: machine.resource ?? 'State machine', svg: renderSvg(graph), mermaid: renderMermaid(graph) };
  });
}
