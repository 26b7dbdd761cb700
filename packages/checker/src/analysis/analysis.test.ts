import { collectScopes, collectStates, type JsonObject, type JsonValue, type StateRef } from '@aslkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analysisOf,
  buildScopeGraph,
  didYouMean,
  errorNameCovers,
  parseResource,
  shadowedHandlers,
  StateFacts,
  staticPayloadBytes,
  unknownContextField,
  variablesReadByJsonata,
  variablesReadByTemplateValue,
  variableReadByPath,
} from './index.js';

function contextOf(definition: JsonObject) {
  return { definition, scopes: collectScopes(definition), states: collectStates(definition) };
}

describe('scope graph', () => {
  const definition: JsonObject = {
    StartAt: 'A',
    States: {
      A: { Type: 'Pass', Next: 'B' },
      B: { Type: 'Choice', Choices: [{ Variable: '$.x', BooleanEquals: true, Next: 'A' }], Default: 'C' },
      C: { Type: 'Pass', Next: 'D' },
      D: { Type: 'Pass', Next: 'C' },
      E: { Type: 'Pass', Next: 'Missing' },
      F: { Type: 'Succeed' },
    },
  };
  const graph = buildScopeGraph(collectScopes(definition)[0]!);
  const at = (name: string) => graph.indexOf.get(name)!;
  it('walks from StartAt', () => {
    expect(graph.names.filter((_, i) => graph.reachable[i])).toEqual(['A', 'B', 'C', 'D']);
    expect(graph.dangling).toEqual([{ from: at('E'), target: 'Missing', path: ['States', 'E', 'Next'] }]);
  });
  it('finds loops and which states can still end', () => {
    expect(graph.loops.map((loop) => loop.map((i) => graph.names[i]))).toEqual(expect.arrayContaining([['A', 'B'], ['C', 'D']]));
    expect(graph.canTerminate[at('A')]).toBe(false);
    expect(graph.canTerminate[at('E')]).toBe(true);
    expect(graph.edges.find((edge) => edge.from === at('B') && edge.to === at('A'))?.kind).toBe('choice');
  });
});

describe('variables', () => {
  it('reads JSONata free variables, not locals, functions or strings', () => {
    expect(variablesReadByJsonata(' $states.input.items#$i@$item.{ "n": $i, "v": $item.v, "t": $total } ')).toEqual(['total']);
    expect(variablesReadByJsonata(" ($a := 1; $f := function($p) { $p + $b }; $f($a) & $c & '$d' & $sum([1]) & $states.input & $$.x) ")).toEqual(['b', 'c']);
  });
  it('does not take functions passed as values for variables', () => {
    const definition: JsonObject = {
      QueryLanguage: 'JSONata',
      StartAt: 'A',
      States: { A: { Type: 'Pass', Output: '{% $map($states.input.n, $string) %}', End: true } },
    };
    expect(analysisOf(contextOf(definition)).variables.uses).toEqual([]);
  });
  it('reads JSONPath variables', () => {
    expect(variableReadByPath('$order.items[0]')).toBe('order');
    expect(variableReadByPath('$.order')).toBeUndefined();
    expect(variableReadByPath('$$.Execution.Id')).toBeUndefined();
    expect(variablesReadByTemplateValue("States.Format('{} $notVar', $name, $.x, $other.y)")).toEqual(['name', 'other']);
  });
  it('knows what is surely assigned at each state, into inline branches but not distributed ones', () => {
    const definition: JsonObject = {
      QueryLanguage: 'JSONata',
      StartAt: 'Route',
      States: {
        Route: { Type: 'Choice', Choices: [{ Condition: '{% true %}', Next: 'Set', Assign: { viaRule: 1 } }], Default: 'Join', Assign: { always: 1 } },
        Set: { Type: 'Pass', Assign: { maybe: 1 }, Next: 'Join' },
        Join: {
          Type: 'Parallel',
          Branches: [{ StartAt: 'Inner', States: { Inner: { Type: 'Pass', Output: '{% $always %}', End: true } } }],
          End: true,
        },
      },
    };
    const analysis = analysisOf(contextOf(definition));
    const states = definition['States'] as Record<string, JsonObject>;
    expect([...(analysis.variables.assignedAt(states['Set']!) ?? [])].sort()).toEqual(['always', 'viaRule']);
    expect([...(analysis.variables.assignedAt(states['Join']!) ?? [])]).toEqual(['always']);
    const inner = ((states['Join']!['Branches'] as JsonObject[])[0]!['States'] as Record<string, JsonObject>)['Inner']!;
    expect([...(analysis.variables.assignedAt(inner) ?? [])]).toEqual(['always']);
  });
});

describe('variables at scale', () => {
  it('tracks more than 32 variables (bit 31 included) and settles loops', () => {
    const states: Record<string, JsonObject> = {};
    const count = 70;
    for (let i = 0; i < count; i++) {
      states[`S${i}`] =
        i % 10 === 9
          ? { Type: 'Choice', Choices: [{ Condition: `{% $v${i - 1} > 1 %}`, Next: `S${i - 5}` }], Default: `S${i + 1}` }
          : { Type: 'Pass', Assign: { [`v${i}`]: 1 }, Output: `{% $v${Math.max(0, i - 3)} %}`, Next: `S${i + 1}` };
    }
    states[`S${count}`] = { Type: 'Succeed', Output: '{% $v31 + $v68 %}' };
    const definition: JsonObject = { QueryLanguage: 'JSONata', StartAt: 'S0', States: states };
    const { variables } = analysisOf(contextOf(definition));
    const last = states[`S${count}`] as JsonObject;
    expect(variables.isSurelyAssigned(last, 'v31')).toBe(true);
    expect(variables.isSurelyAssigned(last, 'v68')).toBe(true);
    expect(variables.isSurelyAssigned(last, 'v9')).toBe(false);
    expect(variables.isSurelyAssigned(states['S5'] as JsonObject, 'v4')).toBe(true);
    expect(variables.isSurelyAssigned(states['S5'] as JsonObject, 'v5')).toBe(false);
  });
});

describe('errors, resources, context, payloads, suggestions', () => {
  it('knows what States.ALL and States.TaskFailed match', () => {
    expect(errorNameCovers('States.ALL', 'Lambda.ServiceException')).toBe(true);
    expect(errorNameCovers('States.ALL', 'States.Runtime')).toBe(false);
    expect(errorNameCovers('States.TaskFailed', 'Custom')).toBe(true);
    expect(errorNameCovers('States.TaskFailed', 'States.Timeout')).toBe(false);
    const handlers = [
      { index: 0, path: [], names: ['A', 'B'] },
      { index: 1, path: [], names: ['B'] },
      { index: 2, path: [], names: ['States.ALL'] },
      { index: 3, path: [], names: ['States.DataLimitExceeded'] },
    ];
    expect(shadowedHandlers(handlers).map((entry) => entry.handler.index)).toEqual([1]);
  });
  it('parses resources', () => {
    expect(parseResource('arn:aws:states:::states:startExecution.sync:2')).toMatchObject({ kind: 'optimized', service: 'states', action: 'startExecution', pattern: 'sync:2' });
    expect(parseResource('arn:aws-us-gov:states:::aws-sdk:s3:getObject')).toMatchObject({ kind: 'aws-sdk', service: 's3', action: 'getObject', pattern: 'request-response' });
    expect(parseResource('arn:aws:lambda:us-east-1:1:function:f').kind).toBe('lambda-function');
    expect(parseResource('arn:aws:states:us-east-1:1:activity:a').kind).toBe('activity');
    expect(parseResource('${LambdaArn}').kind).toBe('other');
  });
  it('knows the context object', () => {
    expect(unknownContextField('$$.Execution.Input.anything.at.all')).toBeUndefined();
    expect(unknownContextField("$$['Task']['Token']")).toBeUndefined();
    expect(unknownContextField('$$.Execution.ID')).toMatchObject({ field: 'ID', parent: '$$.Execution' });
    expect(unknownContextField('$$.Task.Token.x')).toMatchObject({ field: 'x' });
  });
  it('measures static payloads and suggests names', () => {
    expect(staticPayloadBytes({ 'a.$': '$.huge', b: 'é', c: '{% $x %}' })).toBe('{"b":"é"}'.length + 1);
    expect(didYouMean('States.Timout', ['States.Timeout', 'States.ALL'])).toBe('States.Timeout');
    expect(didYouMean('zzz', ['States.Timeout'])).toBeUndefined();
  });
});

describe('state facts and the per-run index', () => {
  const definition: JsonObject = {
    StartAt: 'T',
    States: {
      T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken', TimeoutSeconds: 60, Retry: [{ ErrorEquals: ['A', 1] }], Next: 'C' },
      C: { Type: 'Choice', Choices: [{ Variable: '$.x', BooleanEquals: true, Next: 'T' }], Default: 'P' },
      P: { Type: 'Parallel', Branches: [{ StartAt: 'In', States: { In: { Type: 'Task', Resource: 42, End: true } } }], End: true },
    },
  };
  const analysis = analysisOf(contextOf(definition));
  it('reads the fields rules ask for, and lists states by type, language and scope', () => {
    const [task, choice] = analysis.states.all;
    expect(task).toMatchObject({ type: 'Task', resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken', next: 'C', timeoutSeconds: 60, default: undefined });
    expect(task?.integration).toMatchObject({ kind: 'optimized', service: 'lambda', action: 'invoke', pattern: 'waitForTaskToken' });
    expect(task?.optimizedIntegration?.required).toEqual([['FunctionName']]);
    expect(task?.retriers.map((handler) => [handler.index, handler.names, handler.path])).toEqual([[0, ['A'], ['States', 'T', 'Retry', 0]]]);
    expect(choice?.default).toBe('P');
    // A Task without a string Resource is still a Task (rules about its other fields see it).
    expect(analysis.states.tasks.map((facts) => [facts.ref.name, facts.resource, facts.integration.kind])).toEqual([
      ['T', 'arn:aws:states:::lambda:invoke.waitForTaskToken', 'optimized'],
      ['In', undefined, 'other'],
    ]);
    expect(analysis.states.byScope.map((list) => list.map((facts) => facts.ref.name))).toEqual([['T', 'C', 'P'], ['In']]);
  });
  it('compares scopes built by separate walks by id', () => {
    const [machine, branch] = collectScopes(definition);
    expect(analysis.scopeIdOf(machine!)).toBe(0);
    expect(analysis.scopeIdOf(branch!)).toBe(1);
    expect(analysis.graphOf(branch!).names).toEqual(['In']);
  });
  it('finds loops only where an edge leads back, and builds paths on request', () => {
    const [machine, branch] = analysis.graphs;
    expect(machine?.loops.map((loop) => loop.map((i) => machine.names[i]))).toEqual([['T', 'C']]);
    expect(branch?.loops).toEqual([]);
    const back = machine?.edges.find((edge) => edge.kind === 'choice');
    expect(back && machine?.edgePath(back)).toEqual(['States', 'C', 'Choices', 0, 'Next']);
    expect(machine?.statePath(2)).toEqual(['States', 'P']);
  });
});

/**
 * The facts hold exactly what reading the state's fields by name gives, whatever the order, the
 * other keys (names of Object.prototype members included) and the values.
 */
describe('state facts read as lookups by name', () => {
  const RAW_FIELDS: readonly (readonly [string, keyof StateFacts])[] = [
    ['Type', 'rawType'], ['Resource', 'rawResource'], ['Next', 'next'], ['Default', 'default'], ['End', 'end'], ['Choices', 'choices'],
    ['Catch', 'catch'], ['Retry', 'retry'], ['Assign', 'assign'], ['Credentials', 'credentials'], ['TimeoutSeconds', 'timeoutSeconds'],
    ['TimeoutSecondsPath', 'timeoutSecondsPath'], ['HeartbeatSeconds', 'heartbeatSeconds'], ['HeartbeatSecondsPath', 'heartbeatSecondsPath'],
    ['Timestamp', 'timestamp'], ['Error', 'error'], ['Cause', 'cause'], ['Result', 'result'], ['Label', 'label'], ['Parameters', 'parameters'],
    ['ResultSelector', 'resultSelector'], ['ItemSelector', 'itemSelector'],
  ];
  const KEYS = [...RAW_FIELDS.map(([key]) => key), 'Comment', 'InputPath', 'constructor', 'toString', '__proto__', 'type', 'next'];
  const typeValue = fc.oneof(fc.constantFrom<JsonValue>('Task', 'Pass', 'Choice', 'Map', 'constructor'), fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<JsonValue>);
  const fieldValue = fc.oneof(fc.constantFrom<JsonValue>('arn:aws:states:::lambda:invoke'), fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<JsonValue>);

  function objectOf(entries: readonly (readonly [string, JsonValue])[]): JsonObject {
    const value: JsonObject = {};
    for (const [key, item] of entries) Object.defineProperty(value, key, { value: item, enumerable: true, writable: true, configurable: true });
    return value;
  }

  it('reads every raw field, and the normalized Type and Resource, as lookups by name do', () => {
    const entry = fc.constantFrom(...KEYS).chain((key) => fc.tuple(fc.constant(key), key === 'Type' ? typeValue : fieldValue));
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: ([key]) => key, maxLength: 12 }), (entries) => {
        const state = objectOf(entries);
        const facts = new StateFacts({ name: 'S', state, path: ['States', 'S'], queryLanguage: 'JSONPath' } as unknown as StateRef);
        for (const [key, slot] of RAW_FIELDS) expect(facts[slot], key).toStrictEqual(state[key]);
        const type = state['Type'];
        const resource = state['Resource'];
        expect(facts.type).toBe(typeof type === 'string' ? type : undefined);
        expect(facts.resource).toBe(type === 'Task' && typeof resource === 'string' ? resource : undefined);
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
