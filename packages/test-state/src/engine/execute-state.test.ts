import { describe, expect, it } from 'vitest';
import type { JsonValue, StateDefinition } from '@aslkit/core';
import { executeState } from './execute-state.js';
import { createTestEnv } from './test-env.js';
import type { StageName } from './types.js';

const run = (state: object, input: JsonValue, env = createTestEnv()) => executeState('S', state as StateDefinition, input, env);

function stages(env: ReturnType<typeof createTestEnv>): Partial<Record<StageName, JsonValue>> {
  const seen: Partial<Record<StageName, JsonValue>> = {};
  for (const event of env.events) if (event.kind === 'stage') seen[event.stage] = event.value;
  return seen;
}

describe('JSONPath data flow', () => {
  it('runs InputPath → Parameters → ResultSelector → ResultPath → OutputPath in order for a Task', async () => {
    const env = createTestEnv({ ports: { invokeTask: async (request) => ({ ok: true, result: { echoed: request.parameters, extra: 1 } }) } });
    const outcome = await run(
      {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        InputPath: '$.in',
        Parameters: { 'x.$': '$.a' },
        ResultSelector: { 'got.$': '$.echoed.x' },
        ResultPath: '$.out',
        OutputPath: '$.out',
        Next: 'N',
      },
      { in: { a: 7 }, keep: true },
      env,
    );
    expect(outcome).toEqual({ kind: 'next', output: { got: 7 }, nextState: 'N', assigned: {} });
    expect(stages(env)).toMatchObject({
      input: { in: { a: 7 }, keep: true },
      afterInputPath: { a: 7 },
      afterParameters: { x: 7 },
      result: { echoed: { x: 7 }, extra: 1 },
      afterResultSelector: { got: 7 },
      afterResultPath: { in: { a: 7 }, keep: true, out: { got: 7 } },
      output: { got: 7 },
    });
  });

  it('Pass: Result replaces the input at ResultPath; ResultPath null keeps the input', async () => {
    expect(await run({ Type: 'Pass', Result: { r: 1 }, ResultPath: '$.x', End: true }, { a: 1 })).toEqual({ kind: 'end', output: { a: 1, x: { r: 1 } }, assigned: {} });
    expect(await run({ Type: 'Pass', Result: 5, ResultPath: null, End: true }, { a: 1 })).toEqual({ kind: 'end', output: { a: 1 }, assigned: {} });
    expect(await run({ Type: 'Pass', InputPath: null, End: true }, { a: 1 })).toEqual({ kind: 'end', output: {}, assigned: {} });
  });

  it('Assign is evaluated with the pre-state variables and returned, not written', async () => {
    const env = createTestEnv({ variables: { count: 1 } });
    const outcome = await run({ Type: 'Pass', Assign: { 'previous.$': '$count', 'count.$': '$.n' }, End: true }, { n: 2 }, env);
    expect(outcome).toEqual({ kind: 'end', output: { n: 2 }, assigned: { previous: 1, count: 2 } });
    expect(env.variables).toEqual({ count: 1 });
  });

  it('a missing InputPath is a States.Runtime failure that no catcher handles', async () => {
    const outcome = await run({ Type: 'Pass', InputPath: '$.missing', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'C' }], End: true }, {});
    expect(outcome.kind).toBe('fail');
    expect(outcome).toMatchObject({ error: 'States.Runtime' });
  });

  it('prefixes runtime causes with the state and event id when the caller gives one', async () => {
    const env = createTestEnv({ enteredEventId: 4 });
    const outcome = await run({ Type: 'Pass', OutputPath: '$.nope', End: true }, {}, env);
    expect(outcome).toMatchObject({ kind: 'fail', error: 'States.Runtime' });
    expect(outcome.kind === 'fail' && outcome.cause !== undefined && outcome.cause.startsWith("An error occurred while executing the state 'S' (entered at the event id #4). ")).toBe(true);
  });

  it('an output over 256 KiB fails with States.DataLimitExceeded', async () => {
    const outcome = await run({ Type: 'Pass', Result: 'x'.repeat(262_145), End: true }, {});
    expect(outcome).toEqual({ kind: 'fail', error: 'States.DataLimitExceeded', cause: "The state/task 'S' returned a result with a size exceeding the maximum number of bytes service limit." });
  });

  it('a task result over 256 KiB is catchable by States.ALL', async () => {
    const env = createTestEnv({ ports: { invokeTask: async () => ({ ok: true, result: 'x'.repeat(262_145) }) } });
    const outcome = await run({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'C' }], End: true }, {}, env);
    expect(outcome).toMatchObject({ kind: 'caught', error: 'States.DataLimitExceeded', nextState: 'C', catchIndex: 0 });
    expect(outcome.kind === 'caught' && outcome.cause).toBe("The state/task 'lambda' returned a result with a size exceeding the maximum number of bytes service limit.");
  });
});

describe('statuses of one attempt', () => {
  const failing = createTestEnv({ ports: { invokeTask: async () => ({ ok: false, error: 'Boom', cause: 'it broke' }) } });
  const task = {
    Type: 'Task',
    Resource: 'arn:aws:states:::lambda:invoke',
    Retry: [{ ErrorEquals: ['Boom'], MaxAttempts: 1, IntervalSeconds: 3 }],
    Catch: [{ ErrorEquals: ['Boom'], ResultPath: '$.error', Next: 'Handler' }],
    End: true,
  };
  it('retry while attempts remain', async () => {
    expect(await run(task, { a: 1 }, failing)).toEqual({ kind: 'retry', error: 'Boom', cause: 'it broke', retryIndex: 0, delaySeconds: 3 });
  });
  it('caught with the error output placed by the catcher ResultPath', async () => {
    const env = createTestEnv({ ports: failing.ports, retryCounts: [1] });
    expect(await run(task, { a: 1 }, env)).toEqual({
      kind: 'caught',
      error: 'Boom',
      cause: 'it broke',
      catchIndex: 0,
      nextState: 'Handler',
      output: { a: 1, error: { Error: 'Boom', Cause: 'it broke' } },
      assigned: {},
      exhaustedRetryIndex: 0,
    });
  });
  it('fail when nothing handles the error', async () => {
    expect(await run({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true }, {}, failing)).toEqual({ kind: 'fail', error: 'Boom', cause: 'it broke' });
  });
});

describe('state types', () => {
  it('Succeed passes its input through InputPath/OutputPath', async () => {
    expect(await run({ Type: 'Succeed', InputPath: '$.a' }, { a: { b: 1 } })).toEqual({ kind: 'end', output: { b: 1 }, assigned: {} });
  });

  it('Fail reports Error/Cause, ErrorPath/CausePath and never retries', async () => {
    expect(await run({ Type: 'Fail', Error: 'E', Cause: 'C' }, {})).toMatchObject({ kind: 'fail', error: 'E', cause: 'C' });
    expect(await run({ Type: 'Fail', ErrorPath: '$.e', CausePath: '$.c' }, { e: 'X', c: 'Y' })).toMatchObject({ kind: 'fail', error: 'X', cause: 'Y' });
  });

  it('Wait returns the time to wait without waiting', async () => {
    expect(await run({ Type: 'Wait', Seconds: 10, Next: 'N' }, { a: 1 })).toEqual({ kind: 'wait', seconds: 10, output: { a: 1 }, nextState: 'N', assigned: {} });
    expect(await run({ Type: 'Wait', TimestampPath: '$.t', End: true }, { t: '2030-01-01T00:00:00Z' })).toMatchObject({ kind: 'wait', until: '2030-01-01T00:00:00Z' });
    expect(await run({ Type: 'Wait', SecondsPath: '$.s', End: true }, { s: -1 })).toMatchObject({
      kind: 'fail',
      error: 'States.Runtime',
      cause: 'The SecondsPath parameter references a negative value: $.s == -1',
    });
  });

  it('Choice picks the first matching rule, else Default, else States.NoChoiceMatched', async () => {
    const choice = {
      Type: 'Choice',
      Choices: [
        { Variable: '$.n', NumericGreaterThan: 10, Next: 'Big' },
        { And: [{ Variable: '$.s', IsPresent: true }, { Not: { Variable: '$.s', StringEquals: 'x' } }], Next: 'NotX' },
      ],
      Default: 'Other',
    };
    expect(await run(choice, { n: 11 })).toMatchObject({ kind: 'next', nextState: 'Big' });
    expect(await run(choice, { n: 1, s: 'y' })).toMatchObject({ kind: 'next', nextState: 'NotX' });
    expect(await run(choice, { n: 1, s: 'x' })).toMatchObject({ kind: 'next', nextState: 'Other' });
    expect(await run({ ...choice, Default: undefined }, { n: 1 })).toMatchObject({ kind: 'fail', error: 'States.NoChoiceMatched' });
    expect(await run(choice, {})).toEqual({
      kind: 'fail',
      error: 'States.Runtime',
      cause: "Invalid path '$.n': The choice state's condition path references an invalid value.",
    });
  });

  it('Parallel gives every branch the effective input and collects the results', async () => {
    const env = createTestEnv({ ports: { runParallel: async (request) => ({ ok: true, result: request.branches.map(() => request.input) }) } });
    const outcome = await run({ Type: 'Parallel', Branches: [{ StartAt: 'A', States: {} }, { StartAt: 'B', States: {} }], InputPath: '$.x', End: true }, { x: 1 }, env);
    expect(outcome).toEqual({ kind: 'end', output: [1, 1], assigned: {} });
  });

  it('Map selects items, applies ItemSelector with $$.Map.Item and reports its settings', async () => {
    const env = createTestEnv({ ports: { runMap: async (request) => ({ ok: true, result: request.iterationInputs }) } });
    const outcome = await run(
      { Type: 'Map', ItemsPath: '$.items', ItemSelector: { 'i.$': '$$.Map.Item.Index', 'v.$': '$$.Map.Item.Value' }, MaxConcurrency: 2, ItemProcessor: { StartAt: 'P', States: {} }, End: true },
      { items: ['a', 'b'] },
      env,
    );
    expect(outcome).toEqual({ kind: 'end', output: [{ i: 0, v: 'a' }, { i: 1, v: 'b' }], assigned: {} });
    expect(env.events).toContainEqual({ kind: 'mapConfig', maxConcurrency: 2 });
  });

  it('Map over a non-array fails like AWS', async () => {
    const outcome = await run({ Type: 'Map', ItemsPath: '$.items', ItemProcessor: { StartAt: 'P', States: {} }, End: true }, { items: 1 });
    expect(outcome).toEqual({ kind: 'fail', error: 'States.Runtime', cause: 'Reference path "$.items" must point to array.' });
  });

  it('Map batches items with ItemBatcher', async () => {
    const env = createTestEnv({ ports: { runMap: async (request) => ({ ok: true, result: request.iterationInputs }) } });
    const outcome = await run({ Type: 'Map', ItemBatcher: { MaxItemsPerBatch: 2 }, ItemProcessor: { StartAt: 'P', States: {} }, End: true }, [1, 2, 3], env);
    expect(outcome).toMatchObject({ kind: 'end', output: [{ Items: [1, 2] }, { Items: [3] }] });
  });

  it('an unknown state type is a States.Runtime failure, not a throw', async () => {
    expect(await run({ Type: 'Nope' }, {})).toMatchObject({ kind: 'fail', error: 'States.Runtime' });
  });

  it('waitForTaskToken tasks receive a token in $$.Task.Token', async () => {
    const env = createTestEnv({ ports: { invokeTask: async (request) => ({ ok: true, result: { token: request.taskToken ?? null, sent: request.parameters } }) } });
    const outcome = await run({ Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { 'T.$': '$$.Task.Token' }, End: true }, {}, env);
    expect(outcome).toMatchObject({ kind: 'end', output: { token: '00000000-0000-4000-8000-000000000000', sent: { T: '00000000-0000-4000-8000-000000000000' } } });
  });
});

describe('JSONata', () => {
  const env = () => createTestEnv({ queryLanguage: 'JSONata', variables: { v: 1 } });

  it('Arguments → result → Output, with Assign from the pre-state variables', async () => {
    const e = createTestEnv({ queryLanguage: 'JSONata', variables: { v: 1 }, ports: { invokeTask: async (request) => ({ ok: true, result: { got: request.parameters } }) } });
    const outcome = await run(
      { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: { x: '{% $states.input.a %}' }, Output: '{% $states.result.got.x + $v %}', Assign: { v: '{% $v + 10 %}', w: '{% $v %}' }, End: true },
      { a: 5 },
      e,
    );
    expect(outcome).toEqual({ kind: 'end', output: 6, assigned: { v: 11, w: 1 } });
  });

  it('Choice Condition', async () => {
    const choice = { Type: 'Choice', Choices: [{ Condition: '{% $states.input.n > 1 %}', Next: 'Big', Output: { big: true } }], Default: 'Small' };
    expect(await run(choice, { n: 2 }, env())).toEqual({ kind: 'next', output: { big: true }, nextState: 'Big', assigned: {} });
    expect(await run(choice, { n: 0 }, env())).toMatchObject({ kind: 'next', nextState: 'Small' });
  });

  it('catcher Output sees $states.errorOutput', async () => {
    const e = createTestEnv({ queryLanguage: 'JSONata', ports: { invokeTask: async () => ({ ok: false, error: 'E', cause: 'C' }) } });
    const outcome = await run({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['E'], Output: '{% $states.errorOutput.Cause %}', Next: 'H' }], End: true }, {}, e);
    expect(outcome).toMatchObject({ kind: 'caught', output: 'C', nextState: 'H' });
  });

  it('Fail with JSONata Error and Cause', async () => {
    expect(await run({ Type: 'Fail', Error: '{% "E" & $states.input.n %}', Cause: 'plain' }, { n: 1 }, env())).toMatchObject({ kind: 'fail', error: 'E1', cause: 'plain' });
  });
});

describe('property: executeState never rejects', () => {
  it('returns an outcome for any state-shaped object and any input', async () => {
    const { default: fc } = await import('fast-check');
    const json = fc.jsonValue({ maxDepth: 3 });
    const state = fc.dictionary(
      fc.constantFrom('Type', 'Next', 'End', 'InputPath', 'OutputPath', 'ResultPath', 'Parameters', 'Result', 'Choices', 'Default', 'Seconds', 'SecondsPath', 'Resource', 'Branches', 'ItemsPath', 'Retry', 'Catch', 'Assign', 'Output', 'QueryLanguage', 'Error', 'CausePath'),
      fc.oneof(json, fc.constantFrom('Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map', 'JSONata', '$.a', '{% $states.input %}')),
    );
    await fc.assert(
      fc.asyncProperty(state, json, async (definition, input) => {
        const outcome = await executeState('S', definition as unknown as StateDefinition, input as JsonValue, createTestEnv());
        expect(['next', 'end', 'wait', 'retry', 'caught', 'fail']).toContain(outcome.kind);
      }),
      { numRuns: 500 },
    );
  });
});
