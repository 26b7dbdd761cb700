/**
 * The fast predicates of the expressions check must say "clean" exactly when the reporters would
 * report nothing: random JSONPath and JSONata states built from valid and invalid paths, intrinsic
 * calls, templates and `{% %}` strings, in every field the reporters read (nested ones included).
 */
import type { JsonObject, JsonValue, StateRef } from '@aslkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCleanJsonataState, isCleanJsonPathState, reportJsonataState, reportJsonPathState } from './expressions.js';

// Mostly values every field accepts, so that a single bad one decides the answer.
const USUAL: JsonValue[] = ['$', '$.a', '$.a[0]', 'States.StringToJson($.a)', 1, null, true];
const EDGES: JsonValue[] = ['$$.Execution.Id', '$x', 'a', '$.', '$[', '$..a', '$.a[?(@.b)]', '$.a[*]', '${Bucket}', "States.Format('{}', $.a)", 'States.Nope(1)', 'States.Array('];
const JSONATA_USUAL: JsonValue[] = ['{% $x %}', '{% $states.input %}', 'plain', 3, null];
const JSONATA_EDGES: JsonValue[] = ['{% 1 + %}', '{% %}', '{%x%}', '{% ) %}', '{%'];

const scalar = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...USUAL) }, { weight: 1, arbitrary: fc.constantFrom(...EDGES) });
const templateKey = fc.constantFrom('a', 'b.$', 'c.$', 'd');
const template: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.dictionary(templateKey, tie('value'), { maxKeys: 3 }),
    fc.array(tie('value'), { maxLength: 2 }),
  ),
})).value;

const jsonataValue: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...JSONATA_USUAL) }, { weight: 1, arbitrary: fc.constantFrom(...JSONATA_EDGES) }),
    fc.dictionary(fc.constantFrom('a', 'Arguments', 'MaxItems', 'Output'), tie('value'), { maxKeys: 3 }),
    fc.array(tie('value'), { maxLength: 2 }),
  ),
})).value;

const JSONPATH_FIELDS = [
  'InputPath', 'OutputPath', 'ItemsPath', 'SecondsPath', 'TimestampPath', 'TimeoutSecondsPath', 'HeartbeatSecondsPath', 'MaxConcurrencyPath',
  'ToleratedFailurePercentagePath', 'ToleratedFailureCountPath', 'ErrorPath', 'CausePath', 'ResultPath', 'Comment', 'Next',
];
const TEMPLATE_FIELDS = ['Parameters', 'ResultSelector', 'ItemSelector', 'Credentials', 'Assign', 'Result'];

const jsonPathState: fc.Arbitrary<JsonObject> = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...JSONPATH_FIELDS), scalar, { maxKeys: 4 }),
    fc.dictionary(fc.constantFrom(...TEMPLATE_FIELDS), template, { maxKeys: 2 }),
    fc.dictionary(fc.constantFrom('ItemReader', 'ResultWriter', 'ItemBatcher'), fc.dictionary(fc.constantFrom('Parameters', 'BatchInput', 'Resource'), template, { maxKeys: 2 }), { maxKeys: 2 }),
    fc.option(fc.array(fc.oneof(fc.record({ ResultPath: scalar, Next: fc.constant('A') }, { requiredKeys: [] }), scalar), { maxLength: 3 })),
  )
  .map(([fields, templates, nested, catchers]) => ({ Type: 'Task', ...fields, ...templates, ...nested, ...(catchers ? { Catch: catchers } : {}) }));

const JSONATA_FIELDS = [
  'Arguments', 'Output', 'Assign', 'Items', 'ItemSelector', 'Seconds', 'Timestamp', 'TimeoutSeconds', 'HeartbeatSeconds', 'Error', 'Cause',
  'MaxConcurrency', 'ToleratedFailurePercentage', 'ToleratedFailureCount', 'Credentials', 'Comment', 'Parameters',
];

const jsonataState: fc.Arbitrary<JsonObject> = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...JSONATA_FIELDS), jsonataValue, { maxKeys: 4 }),
    fc.dictionary(
      fc.constantFrom('ItemReader', 'ResultWriter', 'ItemBatcher'),
      fc.oneof(fc.dictionary(fc.constantFrom('Arguments', 'ReaderConfig', 'BatchInput', 'MaxItemsPerBatch', 'MaxInputBytesPerBatch', 'Resource'), jsonataValue, { maxKeys: 3 }), jsonataValue),
      { maxKeys: 2 },
    ),
    fc.option(fc.array(fc.oneof(fc.record({ Output: jsonataValue, Assign: jsonataValue, Next: fc.constant('A') }, { requiredKeys: [] }), jsonataValue), { maxLength: 3 })),
  )
  .map(([fields, nested, catchers]) => ({ Type: 'Task', QueryLanguage: 'JSONata', ...fields, ...nested, ...(catchers ? { Catch: catchers } : {}) }));

function refOf(state: JsonObject, queryLanguage: 'JSONPath' | 'JSONata'): StateRef {
  return { name: 'S', state, path: ['States', 'S'], queryLanguage } as unknown as StateRef;
}

describe('expressions check: fast predicates agree with the reporters', () => {
  it('JSONPath states', () => {
    let clean = 0;
    fc.assert(
      fc.property(jsonPathState, (state) => {
        let reports = 0;
        reportJsonPathState(refOf(state, 'JSONPath'), () => reports++, false);
        if (isCleanJsonPathState(state)) clean++;
        expect(isCleanJsonPathState(state)).toBe(reports === 0);
      }),
      { numRuns: 3000, seed: 4 },
    );
    expect(clean).toBeGreaterThan(300);
  });

  it('JSONata states', () => {
    let clean = 0;
    fc.assert(
      fc.property(jsonataState, (state) => {
        let reports = 0;
        reportJsonataState(refOf(state, 'JSONata'), () => reports++);
        if (isCleanJsonataState(state)) clean++;
        expect(isCleanJsonataState(state)).toBe(reports === 0);
      }),
      { numRuns: 3000, seed: 4 },
    );
    expect(clean).toBeGreaterThan(300);
  });
});
