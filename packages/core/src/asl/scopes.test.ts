import { describe, expect, it } from 'vitest';
import { collectScopes, collectStates, transitionsOf } from './scopes.js';

const definition = {
  StartAt: 'P',
  QueryLanguage: 'JSONata',
  States: {
    P: {
      Type: 'Parallel',
      Branches: [{ StartAt: 'M', States: { M: { Type: 'Map', QueryLanguage: 'JSONPath', ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED' }, StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }, End: true } } }],
      Next: 'C',
    },
    C: { Type: 'Choice', Choices: [{ Condition: '{% true %}', Next: 'P' }], Default: 'F' },
    F: { Type: 'Fail' },
  },
};

describe('scopes', () => {
  it('walks nested scopes with inherited query languages', () => {
    const scopes = collectScopes(definition);
    expect(scopes.map((s) => [s.kind, s.depth, s.queryLanguage, s.mapMode])).toEqual([
      ['machine', 0, 'JSONata', undefined],
      ['parallel-branch', 1, 'JSONata', undefined],
      ['map-processor', 2, 'JSONPath', 'DISTRIBUTED'],
    ]);
    expect(collectStates(definition).map((s) => s.name)).toEqual(['P', 'C', 'F', 'M', 'X']);
  });

  it('lists transitions with their paths', () => {
    expect(transitionsOf(definition.States.C, ['States', 'C'])).toEqual([
      { target: 'F', path: ['States', 'C', 'Default'] },
      { target: 'P', path: ['States', 'C', 'Choices', 0, 'Next'] },
    ]);
  });
});
