/**
 * Accept-only twins of the ajv validators, for the common case of a node with nothing to report.
 *
 * Each definition of the shallow schema (the same objects ajv's code was generated from) is turned
 * once, at load, into a tree of small predicates. A predicate answers one question, "would ajv
 * report nothing here?", without building paths or error objects, and visits an object's own keys
 * once (a key the definition does not declare means no). `validateStructure` asks it first and runs
 * the ajv validator, which words the errors, only when it says no. The keywords are interpreted as
 * ajv's generated code does (integers by `% 1`, `minimum` false for NaN, patterns with the `u` flag);
 * a keyword this module does not know stops the load rather than being ignored.
 */
import { isJsonObject, type JsonValue } from '@aslkit/core';
import { buildAslSchema, type AslSchemaFlavour } from './asl-schema.js';

/** True when ajv would find no error in the value. */
export type Accept = (value: JsonValue | undefined) => boolean;

type Schema = Record<string, unknown>;

/** Keywords that only annotate (or hold the definitions themselves). */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'definitions']);
const KNOWN = new Set(['$ref', 'type', 'enum', 'minimum', 'maximum', 'minItems', 'items', 'properties', 'additionalProperties', 'required', 'anyOf', 'pattern']);

const acceptAnything: Accept = () => true;

function typeTest(name: string): Accept {
  switch (name) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'null':
      return (value) => value === null;
    case 'number':
      return (value) => typeof value === 'number';
    case 'integer':
      return (value) => typeof value === 'number' && !(value % 1) && !Number.isNaN(value);
    case 'object':
      return isJsonObject;
    case 'array':
      return Array.isArray;
    default:
      throw new Error(`aslkit: fast-accept does not know the type '${name}'`);
  }
}

function anyOf(tests: readonly Accept[]): Accept {
  if (tests.length === 1) return tests[0] as Accept;
  return (value) => {
    for (const test of tests) if (test(value)) return true;
    return false;
  };
}

function allOf(tests: readonly Accept[]): Accept {
  if (tests.length === 0) return acceptAnything;
  if (tests.length === 1) return tests[0] as Accept;
  return (value) => {
    for (const test of tests) if (!test(value)) return false;
    return true;
  };
}

/** What an object test knows of one declared property. */
interface Declared {
  test: Accept;
  required: boolean;
}

/**
 * An object: every own key declared (or allowed by `additionalProperties`) and valid; required keys
 * present. One pass over the object's own keys; required keys are counted as they are met rather
 * than looked up by name afterwards.
 */
function objectTest(schema: Schema, compile: (schema: Schema) => Accept): Accept {
  const required = new Set((schema['required'] as string[] | undefined) ?? []);
  const declared = new Map<string, Declared>();
  for (const [key, property] of Object.entries((schema['properties'] as Record<string, Schema> | undefined) ?? {})) {
    declared.set(key, { test: compile(property), required: required.has(key) });
  }
  const additional = schema['additionalProperties'];
  const other: Accept | undefined = additional === false ? undefined : additional === undefined || additional === true ? acceptAnything : compile(additional as Schema);
  // A required key that is not declared can only be met through `additionalProperties`.
  const undeclaredRequired = [...required].filter((key) => !declared.has(key));
  const requiredCount = required.size - undeclaredRequired.length;
  return (value) => {
    if (!isJsonObject(value)) return true;
    let met = 0;
    for (const key in value) {
      const entry = declared.get(key);
      if (entry !== undefined) {
        if (!entry.test(value[key])) return false;
        if (entry.required) met++;
      } else if (other === undefined || !other(value[key])) return false;
    }
    if (met !== requiredCount) return false;
    for (const key of undeclaredRequired) if (value[key] === undefined) return false;
    return true;
  };
}

/** Compiles every definition of a schema; `$ref`s resolve to `#/definitions/<name>`. */
export function compileDefinitions(root: Schema): Map<string, Accept> {
  const definitions = (root['definitions'] as Record<string, Schema> | undefined) ?? {};
  const compiled = new Map<string, Accept>();
  const resolve = (ref: string): Accept => {
    const name = ref.startsWith('#/definitions/') ? ref.slice('#/definitions/'.length) : undefined;
    const target = name === undefined ? undefined : definitions[name];
    if (name === undefined || target === undefined) throw new Error(`aslkit: fast-accept cannot resolve ${ref}`);
    // Late-bound, so definitions may refer to each other (the deep schema recurses).
    return (value) => (compiled.get(name) as Accept)(value);
  };
  const compile = (schema: Schema): Accept => {
    const tests: Accept[] = [];
    for (const keyword of Object.keys(schema)) {
      if (!KNOWN.has(keyword) && !ANNOTATIONS.has(keyword)) throw new Error(`aslkit: fast-accept does not know the keyword '${keyword}'`);
    }
    if (typeof schema['$ref'] === 'string') tests.push(resolve(schema['$ref']));
    const type = schema['type'];
    if (type !== undefined) tests.push(anyOf((Array.isArray(type) ? type : [type]).map((name) => typeTest(String(name)))));
    const allowed = schema['enum'];
    if (Array.isArray(allowed)) {
      if (allowed.some((item) => typeof item === 'object' && item !== null)) throw new Error('aslkit: fast-accept compares enum values by identity only');
      tests.push((value) => allowed.includes(value));
    }
    const minimum = schema['minimum'];
    if (typeof minimum === 'number') tests.push((value) => typeof value !== 'number' || !(value < minimum || Number.isNaN(value)));
    const maximum = schema['maximum'];
    if (typeof maximum === 'number') tests.push((value) => typeof value !== 'number' || !(value > maximum || Number.isNaN(value)));
    const minItems = schema['minItems'];
    if (typeof minItems === 'number') tests.push((value) => !Array.isArray(value) || value.length >= minItems);
    const items = schema['items'];
    if (items !== undefined) {
      const item = compile(items as Schema);
      tests.push((value) => {
        if (!Array.isArray(value)) return true;
        for (const element of value) if (!item(element)) return false;
        return true;
      });
    }
    if (schema['properties'] !== undefined || schema['additionalProperties'] !== undefined || schema['required'] !== undefined) {
      tests.push(objectTest(schema, compile));
    }
    const alternatives = schema['anyOf'];
    if (Array.isArray(alternatives)) tests.push(anyOf(alternatives.map((alternative) => compile(alternative as Schema))));
    const pattern = schema['pattern'];
    if (typeof pattern === 'string') {
      const regex = new RegExp(pattern, 'u');
      tests.push((value) => typeof value !== 'string' || regex.test(value));
    }
    return allOf(tests);
  };
  for (const [name, definition] of Object.entries(definitions)) compiled.set(name, compile(definition));
  return compiled;
}

/** The accept-only predicates of the shallow schema's definitions, by flavour and definition name. */
export const shallowAccepts: Readonly<Record<AslSchemaFlavour, ReadonlyMap<string, Accept>>> = {
  jsonpath: compileDefinitions(buildAslSchema('jsonpath', false)),
  jsonata: compileDefinitions(buildAslSchema('jsonata', false)),
};
