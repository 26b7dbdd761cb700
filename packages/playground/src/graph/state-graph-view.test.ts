import { buildStateGraph, renderSvg } from '@aslkit/core';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../examples.js';
import { drawingOrder, edgeDrawingOrder, enclosingStatePath } from './state-graph-view.js';

describe('drawingOrder', () => {
  it.each(EXAMPLES.map((e) => [e.id, e.definition]))('names the n-th drawn state box of %s', (_id, definition) => {
    const graph = buildStateGraph(JSON.parse(definition));
    const svg = renderSvg(graph);
    const titles = [...svg.matchAll(/<g class="state"[^>]*><title>([^<]*) \(([^)]*)\)<\/title>/g)].map((m) => `${m[1]} (${m[2]})`);
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const expected = drawingOrder(graph).map((id) => `${byId.get(id)?.label} (${byId.get(id)?.type})`);
    expect(titles).toEqual(expected);
    expect(expected.length).toBe(graph.nodes.length);
  });

  it('follows nested scopes right after their owner', () => {
    const graph = buildStateGraph(JSON.parse(EXAMPLES.find((e) => e.id === 'distributed-map')!.definition));
    const labels = drawingOrder(graph).map((id) => graph.nodes.find((n) => n.id === id)?.label);
    expect(labels.indexOf('Validate')).toBe(labels.indexOf('ProcessOrders') + 1);
  });
});

describe('edgeDrawingOrder', () => {
  it.each(EXAMPLES.map((e) => [e.id, e.definition]))('names the n-th drawn edge of %s', (_id, definition) => {
    const graph = buildStateGraph(JSON.parse(definition));
    const kinds = [...renderSvg(graph).matchAll(/<path [^>]*data-kind="([a-z]+)"/g)].map((m) => m[1]);
    expect(kinds).toEqual(edgeDrawingOrder(graph).map((e) => e.kind));
  });

  it('puts the edges of a nested scope before those of its owner scope', () => {
    const graph = buildStateGraph(JSON.parse(EXAMPLES.find((e) => e.id === 'distributed-map')!.definition));
    const label = (id: string) => graph.nodes.find((n) => n.id === id)?.label;
    expect(edgeDrawingOrder(graph).map((e) => `${label(e.from)}>${label(e.to)}`)).toEqual([
      'Validate>Ship', 'Validate>Skip', 'Start>ProcessOrders', 'ProcessOrders>Summarize', 'Summarize>End',
    ]);
  });
});

describe('enclosingStatePath', () => {
  it('finds the innermost state around a path', () => {
    expect(enclosingStatePath(['States', 'A', 'Parameters', 'x'])).toEqual(['States', 'A']);
    expect(enclosingStatePath(['States', 'M', 'ItemProcessor', 'States', 'B', 'Type'])).toEqual(['States', 'M', 'ItemProcessor', 'States', 'B']);
    expect(enclosingStatePath(['States', 'P', 'Branches', 0])).toEqual(['States', 'P']);
    expect(enclosingStatePath(['StartAt'])).toBeUndefined();
    expect(enclosingStatePath(['States'])).toBeUndefined();
  });
});
