import { describe, expect, it } from 'vitest';
import type { JsonValue, StateDefinition } from '@aslkit/core';
import { createRunContext } from '../engine/run-context.js';
import { createTestEnv } from '../engine/test-env.js';
import { applyArgumentsStage } from './arguments.js';
import { evaluateAssignStage } from './assign.js';
import { applyInputPathStage } from './input-path.js';
import { applyOutputPathStage } from './output-path.js';
import { applyOutputStage } from './output.js';
import { applyParametersStage } from './parameters.js';
import { checkPayloadLimit } from './payload-limit.js';
import { applyResultPathStage } from './result-path.js';
import { applyResultSelectorStage } from './result-selector.js';

const context = (fields: object, input: JsonValue, language: 'JSONPath' | 'JSONata' = 'JSONPath', variables: Record<string, JsonValue> = {}) =>
  createRunContext('S', { Type: 'Pass', ...fields } as unknown as StateDefinition, input, createTestEnv({ queryLanguage: language, variables }));

const value = (step: { ok: boolean; value?: unknown; failure?: { error: string } }) => (step.ok ? step.value : `fail ${step.failure?.error}`);

describe('JSONPath stages', () => {
  const input = { a: { b: 1 }, list: [1, 2] };
  it.each([
    ['InputPath absent', {}, input],
    ['InputPath $', { InputPath: '$' }, input],
    ['InputPath $.a', { InputPath: '$.a' }, { b: 1 }],
    ['InputPath null', { InputPath: null }, {}],
    ['InputPath missing', { InputPath: '$.x' }, 'fail States.Runtime'],
  ])('%s', (_name, fields, expected) => {
    expect(value(applyInputPathStage(context(fields, input), input))).toEqual(expected);
  });

  it.each([
    ['Parameters absent', {}, input],
    ['Parameters template', { Parameters: { 'x.$': '$.a.b', k: 'v', 'n.$': 'States.ArrayLength($.list)' } }, { x: 1, k: 'v', n: 2 }],
    ['Parameters missing path', { Parameters: { 'x.$': '$.nope' } }, 'fail States.Runtime'],
  ])('%s', (_name, fields, expected) => {
    expect(value(applyParametersStage(context(fields, input), input))).toEqual(expected);
  });

  it.each([
    ['ResultSelector absent', {}, { r: 1 }],
    ['ResultSelector template', { ResultSelector: { 'only.$': '$.r' } }, { only: 1 }],
  ])('%s', (_name, fields, expected) => {
    expect(value(applyResultSelectorStage(context(fields, input), { r: 1 }))).toEqual(expected);
  });

  it.each([
    ['ResultPath absent', {}, 'R'],
    ['ResultPath $', { ResultPath: '$' }, 'R'],
    ['ResultPath $.x.y', { ResultPath: '$.x.y' }, { ...input, x: { y: 'R' } }],
    ['ResultPath null', { ResultPath: null }, input],
    ['ResultPath through a non-object', { ResultPath: '$.a.b.c' }, 'fail States.ResultPathMatchFailure'],
  ])('%s', (_name, fields, expected) => {
    expect(value(applyResultPathStage(context(fields, input), input, 'R'))).toEqual(expected);
  });

  it.each([
    ['OutputPath absent', {}, input],
    ['OutputPath $.list', { OutputPath: '$.list' }, [1, 2]],
    ['OutputPath null', { OutputPath: null }, {}],
    ['OutputPath missing', { OutputPath: '$.zz' }, 'fail States.Runtime'],
  ])('%s', (_name, fields, expected) => {
    expect(value(applyOutputPathStage(context(fields, input), input))).toEqual(expected);
  });

  it('Assign (JSONPath) reads the given value and the pre-state variables', async () => {
    const run = context({}, input, 'JSONPath', { old: 5 });
    expect(value(await evaluateAssignStage(run, { 'x.$': '$.r', 'y.$': '$old', z: 3 }, { r: 'R' }, run.states()))).toEqual({ x: 'R', y: 5, z: 3 });
  });

  it('payload limit: 256 KiB of UTF-8', () => {
    expect(checkPayloadLimit('x'.repeat(262_142), 'S').ok).toBe(true);
    expect(checkPayloadLimit('é'.repeat(131_072), 'S').ok).toBe(false);
    expect(checkPayloadLimit({ big: 'x'.repeat(100_000), list: [1, 2, 3] }, 'S').ok).toBe(true);
    expect(checkPayloadLimit([{ a: 'x'.repeat(131_100) }, { b: 'y'.repeat(131_100) }], 'S').ok).toBe(false);
  });
});

describe('JSONata stages', () => {
  const input = { n: 2 };
  it('Arguments', async () => {
    const run = context({ Arguments: { double: '{% $states.input.n * 2 %}', fixed: 1 } }, input, 'JSONata');
    expect(value(await applyArgumentsStage(run))).toEqual({ double: 4, fixed: 1 });
  });
  it('Arguments that evaluate to nothing fail with States.QueryEvaluationError', async () => {
    const run = context({ Arguments: '{% $nothing %}' }, input, 'JSONata');
    expect(value(await applyArgumentsStage(run))).toBe('fail States.QueryEvaluationError');
  });
  it('Output sees $states.result; absent Output gives the fallback', async () => {
    const run = context({}, input, 'JSONata');
    expect(value(await applyOutputStage(run, run.states({ result: 7 }), '{% $states.result + 1 %}', null))).toBe(8);
    expect(value(await applyOutputStage(run, run.states({ result: 7 }), undefined, 'fallback'))).toBe('fallback');
  });
  it('Assign evaluates every binding before any is written', async () => {
    const run = context({}, input, 'JSONata', { a: 1, b: 2 });
    expect(value(await evaluateAssignStage(run, { a: '{% $b %}', b: '{% $a %}' }, null, run.states()))).toEqual({ a: 2, b: 1 });
  });
});
