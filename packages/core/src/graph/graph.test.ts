import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../json.js';
import { buildStateGraph, renderDot, renderMermaid, renderSvg } from './index.js';

const definition: JsonValue = {
  StartAt: 'Check',
  States: {
    Check: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'Work' }], Default: 'Failed' },
    Work: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
        { StartAt: 'B', States: { B: { Type: 'Map', ItemProcessor: { StartAt: 'C', States: { C: { Type: 'Pass', End: true } } }, End: true } } },
      ],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }],
      Next: 'Loop',
    },
    Loop: { Type: 'Wait', Seconds: 1, Next: 'Check' },
    Failed: { Type: 'Fail' },
  },
};

describe('state graph', () => {
  it('models states, scopes as groups, and marked Catch/Default edges', () => {
    const graph = buildStateGraph(definition);
    expect(graph.groups.map((g) => [g.kind, g.label])).toEqual([
      ['machine', 'State machine'],
      ['parallel-branch', 'Work: branch 1'],
      ['parallel-branch', 'Work: branch 2'],
      ['map-processor', 'B: inline iteration'],
    ]);
    const name = (id: string) => graph.nodes.find((n) => n.id === id)?.label;
    const edges = graph.edges.map((e) => `${name(e.from)}-${e.kind}->${name(e.to)}${e.label ? ` (${e.label})` : ''}`);
    expect(edges).toContain('Check-choice->Work (Choices[0])');
    expect(edges).toContain('Check-default->Failed (Default)');
    expect(edges).toContain('Work-catch->Failed (Catch: States.ALL)');
    expect(edges).toContain('Work-enter->A');
    expect(edges).toContain('B-enter->C');
    expect(edges).toContain('Failed-end->End');
    expect(edges).toContain('Start-start->Check');
  });

  it('renders mermaid with nested subgraphs', () => {
    const text = renderMermaid(buildStateGraph(definition));
    expect(text.startsWith('flowchart TD\n')).toBe(true);
    expect(text).toMatch(/subgraph g2\["Work: branch 2"\]\n\s+s\d\[\["B"\]\]\n\s+subgraph g3/);
    expect(text).toContain('-.->|"Catch: States.ALL"|');
  });

  it('renders dot with clusters', () => {
    const text = renderDot(buildStateGraph(definition));
    expect(text).toContain('subgraph cluster_g1 {');
    expect(text).toMatch(/-> s\d+ \[label="Catch: States.ALL", style=dashed, color="#c0392b"/);
  });

  it('renders a well-formed SVG with every state, tolerating junk', () => {
    const svg = renderSvg(buildStateGraph(definition));
    expect(svg.startsWith('<svg')).toBe(true);
    for (const name of ['Check', 'Work', 'A', 'B', 'C', 'Loop', 'Failed']) expect(svg).toContain(`>${name}</text>`);
    expect(svg).not.toContain('NaN');
    expect(renderSvg(buildStateGraph(42))).toContain('</svg>');
    expect(renderMermaid(buildStateGraph({ StartAt: 'X', States: { X: 1, Y: { Type: 'Pass', Next: 'Missing' } } }))).toContain('Y');
  });
});
