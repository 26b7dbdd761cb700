/**
 * StateFields holds exactly what reading the state's fields by name gives, whatever the order,
 * the other keys (names of Object.prototype members included) and the values.
 */
import type { JsonObject, JsonValue, StateRef } from '@aslkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StateFields } from './state-fields.js';

const SLOTS: readonly (readonly [string, keyof StateFields])[] = [
  ['Type', 'type'], ['Next', 'next'], ['End', 'end'], ['Default', 'default'], ['Choices', 'choices'], ['Retry', 'retry'], ['Catch', 'catch'],
  ['Resource', 'resource'], ['Credentials', 'credentials'], ['TimeoutSeconds', 'timeoutSeconds'], ['HeartbeatSeconds', 'heartbeatSeconds'],
  ['Timestamp', 'timestamp'], ['Error', 'error'], ['Cause', 'cause'], ['Result', 'result'], ['Label', 'label'], ['Parameters', 'parameters'],
  ['ResultSelector', 'resultSelector'], ['ItemSelector', 'itemSelector'],
];
const KEYS = [...SLOTS.map(([key]) => key), 'Comment', 'InputPath', 'constructor', 'toString', '__proto__', 'type', 'next'];

function objectOf(entries: readonly (readonly [string, JsonValue])[]): JsonObject {
  const value: JsonObject = {};
  for (const [key, item] of entries) Object.defineProperty(value, key, { value: item, enumerable: true, writable: true, configurable: true });
  return value;
}

describe('StateFields', () => {
  it('reads every field as a lookup by name does', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<JsonValue>), { selector: ([key]) => key, maxLength: 12 }), (entries) => {
        const state = objectOf(entries);
        const fields = new StateFields({ name: 'S', state, path: ['States', 'S'], queryLanguage: 'JSONPath' } as unknown as StateRef);
        for (const [key, slot] of SLOTS) expect(fields[slot], key).toStrictEqual(state[key]);
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
