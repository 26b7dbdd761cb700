/**
 * The fast structural check must answer exactly as the ajv validators do: when it accepts what ajv
 * rejects, errors go missing; when it rejects what ajv accepts, only time is lost (still asserted,
 * so the fast path stays useful). Random states are drawn from the schema itself (mostly valid,
 * with wrong values, unknown keys and missing required fields mixed in), plus every state and
 * scope of ../shared/corpus when it is present.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectScopesAndStates, type JsonValue } from '@aslkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAslSchema, type AslSchemaFlavour } from './asl-schema.js';
import { compileDefinitions, shallowAccepts } from './fast-accept.js';
import * as generated from './generated-validators.js';
import { VALIDATOR_DEFINITIONS, validatorExportName } from './validator-names.js';

type Schema = Record<string, unknown>;
type Validator = (data: unknown) => boolean;
const FLAVOURS: readonly AslSchemaFlavour[] = ['jsonpath', 'jsonata'];

function ajvFor(flavour: AslSchemaFlavour, definition: string): Validator {
  return (generated as unknown as Record<string, Validator>)[validatorExportName(flavour, definition)] as Validator;
}

/** Values that sit on the edges of what the schemas allow. */
const oddValue: fc.Arbitrary<JsonValue> = fc.constantFrom<JsonValue>(
  '', 'x', '$.a', '{% $x %}', '{%', '{% %}', ' {% 1 %}', 'Task', 'JSONPath', 'JSONata', 'FULL', 'INLINE', 'DISTRIBUTED', 'EXPRESS', 'CSV', 'NONE',
  -1, 0, 1, 1.5, -0.5, 100, 100.5, 262_144, 262_145, 31_622_399, 31_622_400, 99_999_999, 100_000_000, 100_000_001, 1e300,
  true, false, null, [], [''], [1], ['States.ALL'], {}, { x: 1 }, [{}],
);

const EXTRA_KEYS = ['Foo', 'Parameters', 'Arguments', 'ResultPath', 'Output', 'Items', 'Iterator', 'Result', 'Comment', 'constructor', '__proto__', 'Next'];

/** Draws values for a schema: mostly valid, sometimes an odd value instead. */
function arbitraryFor(schema: Schema, definitions: Record<string, Schema>, depth: number): fc.Arbitrary<JsonValue> {
  const odd = depth > 8 ? oddValue : fc.oneof({ weight: 1, arbitrary: oddValue }, { weight: 15, arbitrary: validish(schema, definitions, depth) });
  return odd;
}

function validish(schema: Schema, definitions: Record<string, Schema>, depth: number): fc.Arbitrary<JsonValue> {
  const ref = schema['$ref'];
  if (typeof ref === 'string') return arbitraryFor(definitions[ref.replace('#/definitions/', '')] as Schema, definitions, depth + 1);
  if (Array.isArray(schema['anyOf'])) return fc.oneof(...(schema['anyOf'] as Schema[]).map((alternative) => validish(alternative, definitions, depth)));
  if (Array.isArray(schema['enum'])) return fc.constantFrom(...(schema['enum'] as JsonValue[]));
  const type = Array.isArray(schema['type']) ? (schema['type'] as string[]) : schema['type'] === undefined ? ['any'] : [String(schema['type'])];
  return fc.oneof(
    ...type.map((name): fc.Arbitrary<JsonValue> => {
      switch (name) {
        case 'string':
          return typeof schema['pattern'] === 'string' ? fc.constantFrom('{% 1 %}', '{%%}', '{% a', 'x') : fc.string({ maxLength: 4 });
        case 'integer':
        case 'number': {
          const min = typeof schema['minimum'] === 'number' ? schema['minimum'] : -5;
          const max = typeof schema['maximum'] === 'number' ? schema['maximum'] : min + 10;
          return fc.oneof(
            { weight: 8, arbitrary: fc.integer({ min: Math.max(min, -1e6), max: Math.min(max, 1e6) }) },
            { weight: 1, arbitrary: fc.constantFrom(min, max, min + 0.5) },
            { weight: 1, arbitrary: fc.constantFrom(min - 1, max + 1) },
          );
        }
        case 'boolean':
          return fc.boolean();
        case 'null':
          return fc.constant(null);
        case 'array': {
          const items = (schema['items'] as Schema | undefined) ?? {};
          return fc.array(arbitraryFor(items, definitions, depth + 1), { maxLength: 3 });
        }
        case 'object':
          if (schema['properties'] === undefined) return fc.oneof(fc.constant({}), fc.constant({ a: 1 }));
          return objectFor(schema, definitions, depth);
        default:
          return oddValue;
      }
    }),
  );
}

function objectFor(schema: Schema, definitions: Record<string, Schema>, depth: number): fc.Arbitrary<JsonValue> {
  const properties = schema['properties'] as Record<string, Schema>;
  const required = (schema['required'] as string[] | undefined) ?? [];
  const entries: Record<string, fc.Arbitrary<JsonValue>> = {};
  for (const [key, property] of Object.entries(properties)) entries[key] = arbitraryFor(property, definitions, depth + 1);
  const known = fc.record(entries, { requiredKeys: [] });
  const withRequired = fc.record(Object.fromEntries(required.map((key) => [key, entries[key] as fc.Arbitrary<JsonValue>])));
  const extra = fc.oneof({ weight: 12, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...EXTRA_KEYS), oddValue) });
  const keepRequired = fc.integer({ min: 0, max: 9 }).map((draw) => draw > 0);
  return fc.tuple(known, withRequired, keepRequired, extra).map(([some, needed, keepRequired, added]) => {
    const value: Record<string, JsonValue> = {};
    for (const [key, item] of Object.entries(keepRequired ? { ...needed, ...some } : some)) Object.defineProperty(value, key, { value: item, enumerable: true, writable: true, configurable: true });
    if (added) Object.defineProperty(value, added[0], { value: added[1], enumerable: true, writable: true, configurable: true });
    return value;
  });
}

describe('fast structural check', () => {
  for (const flavour of FLAVOURS) {
    const schema = buildAslSchema(flavour, false);
    const definitions = schema['definitions'] as Record<string, Schema>;
    for (const definition of VALIDATOR_DEFINITIONS) {
      it(`answers as ajv for ${flavour} ${definition}`, () => {
        const accepts = shallowAccepts[flavour].get(definition);
        const validate = ajvFor(flavour, definition);
        expect(accepts).toBeDefined();
        let accepted = 0;
        fc.assert(
          fc.property(validish(definitions[definition] as Schema, definitions, 0), (value) => {
            const fast = accepts?.(value) === true;
            if (fast) accepted++;
            expect(fast).toBe(validate(value));
          }),
          { numRuns: 400, seed: 20261121 },
        );
        // The generator must reach the accepting side too, or the comparison proves little.
        expect(accepted).toBeGreaterThan(0);
      });
    }
  }

  it('resolves references between definitions, recursive ones included', () => {
    const tree = compileDefinitions({
      definitions: { Node: { type: 'object', additionalProperties: false, properties: { Children: { type: 'array', items: { $ref: '#/definitions/Node' } }, Name: { type: 'string' } } } },
    }).get('Node');
    expect(tree?.({ Name: 'a', Children: [{ Children: [{ Name: 'b' }] }] })).toBe(true);
    expect(tree?.({ Children: [{ Children: [{ Name: 1 }] }] })).toBe(false);
  });

  it('refuses a keyword it does not interpret', () => {
    expect(() => compileDefinitions({ definitions: { X: { type: 'string', format: 'date-time' } } })).toThrow(/format/);
  });
});

const corpus = fileURLToPath(new URL('../../../../../shared/corpus', import.meta.url));
const hasCorpus = existsSync(corpus);

function definitionFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) definitionFiles(path, out);
    else if (entry.name.endsWith('.json')) out.push(path);
  }
  return out;
}

describe.skipIf(!hasCorpus)('fast structural check over ../shared/corpus', () => {
  if (!hasCorpus) it.skip('../shared/corpus is absent: skipped', () => undefined);
  it('agrees with ajv on every scope and state', () => {
    let compared = 0;
    for (const file of definitionFiles(corpus)) {
      let definition: JsonValue;
      try {
        definition = JSON.parse(readFileSync(file, 'utf8')) as JsonValue;
      } catch {
        continue;
      }
      const { scopes, states } = collectScopesAndStates(definition);
      for (const flavour of FLAVOURS) {
        for (const scope of scopes) {
          const name = scope.kind === 'machine' ? 'Machine' : scope.kind === 'parallel-branch' ? 'Branch' : 'ItemProcessor';
          expect(shallowAccepts[flavour].get(name)?.(scope.node), `${file} ${scope.path.join('/')}`).toBe(ajvFor(flavour, name)(scope.node));
          compared++;
        }
        for (const ref of states) {
          const name = `${String(ref.state['Type'])}State`;
          if (!VALIDATOR_DEFINITIONS.includes(name)) continue;
          expect(shallowAccepts[flavour].get(name)?.(ref.state), `${file} ${ref.path.join('/')}`).toBe(ajvFor(flavour, name)(ref.state));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
