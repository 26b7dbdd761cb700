import type { ErrorObject } from 'ajv';
import { isJsonObject, type DocumentPath, type JsonValue, type PathSegment } from '@aslkit/core';
import type { AslSchemaFlavour } from './asl-schema.js';
import { shallowAccepts, type Accept } from './fast-accept.js';
import * as generated from './generated-validators.js';
import { validatorExportName } from './validator-names.js';

/** One structural problem, worded like AWS's SCHEMA_VALIDATION_FAILED messages. */
export interface SchemaIssue {
  path: PathSegment[];
  message: string;
  /** The range belongs on this property's key (the location stays the object's). */
  keyPath?: PathSegment[];
}

/** A validator ajv generated ahead of time (standalone code: no compilation, no `new Function`). */
interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** A definition's two checkers: the fast yes/no, and ajv's validator for the wording of errors. */
interface DefinitionCheckers {
  accepts: Accept;
  validate: Validator;
}

// Looked up once: dynamic property reads on a module namespace object are slow.
const validators = new Map<string, Validator>();
for (const [name, validate] of Object.entries(generated as unknown as Record<string, Validator>)) validators.set(name, validate);
const byFlavour: Record<AslSchemaFlavour, Map<string, DefinitionCheckers>> = { jsonpath: new Map(), jsonata: new Map() };

function checkersFor(flavour: AslSchemaFlavour, definition: string): DefinitionCheckers {
  let checkers = byFlavour[flavour].get(definition);
  if (!checkers) {
    const validate = validators.get(validatorExportName(flavour, definition));
    const accepts = shallowAccepts[flavour].get(definition);
    if (!validate || !accepts) throw new Error(`aslkit: no schema validator for ${definition}`);
    checkers = { accepts, validate };
    byFlavour[flavour].set(definition, checkers);
  }
  return checkers;
}

function instanceSegments(value: JsonValue, instancePath: string): PathSegment[] {
  if (instancePath === '') return [];
  const segments: PathSegment[] = [];
  let node: JsonValue | undefined = value;
  for (const raw of instancePath.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = Number(key);
      segments.push(index);
      node = node[index];
    } else {
      segments.push(key);
      node = isJsonObject(node) ? node[key] : undefined;
    }
  }
  return segments;
}

function fieldName(segments: readonly PathSegment[], fallback: string): string {
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i];
    if (typeof segment === 'string') return segment;
  }
  return fallback;
}

const ARTICLE_TYPES: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  object: 'an object',
  array: 'an array',
  boolean: 'a boolean',
  null: 'null',
};

function describeTypes(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((name) => ARTICLE_TYPES[String(name)] ?? String(name)).join(' or ');
}

function translate(errors: readonly ErrorObject[], value: JsonValue, base: DocumentPath): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  // One "These fields are required" per object, listing every missing field in schema order.
  const required = new Map<string, { issue: SchemaIssue; fields: string[] }>();
  for (const error of errors) {
    if (error.schemaPath.includes('/anyOf/')) continue;
    const segments = instanceSegments(value, error.instancePath);
    const path = [...base, ...segments];
    const field = fieldName(path, 'definition');
    const params = error.params as Record<string, unknown>;
    switch (error.keyword) {
      case 'required': {
        let entry = required.get(error.instancePath);
        if (!entry) {
          entry = { issue: { path, message: '' }, fields: [] };
          required.set(error.instancePath, entry);
          issues.push(entry.issue);
        }
        entry.fields.push(String(params['missingProperty']));
        entry.issue.message = `These fields are required: [${entry.fields.join(', ')}]`;
        break;
      }
      case 'additionalProperties': {
        const name = String(params['additionalProperty']);
        issues.push({ path, message: `Field '${name}' is not supported`, keyPath: [...path, name] });
        break;
      }
      case 'enum': {
        const allowed = (params['allowedValues'] as unknown[]).map(String).join(', ');
        issues.push({ path, message: `The field '${field}' should have one of these values: [${allowed}]` });
        break;
      }
      case 'type':
        issues.push({ path, message: `The value for the field '${field}' must be ${describeTypes(params['type'])}` });
        break;
      case 'minimum':
        issues.push({ path, message: `The value for the field '${field}' must be greater than or equal to ${String(params['limit'])}` });
        break;
      case 'maximum':
        issues.push({ path, message: `The value for the field '${field}' must be less than or equal to ${String(params['limit'])}` });
        break;
      case 'minItems':
        // AWS words an empty array (`"Branches": []`) as recorded by TestState; other minimums keep ours.
        issues.push({
          path,
          message: params['limit'] === 1 ? 'Value cannot be empty' : `The field '${field}' must have at least ${String(params['limit'])} element(s)`,
        });
        break;
      case 'anyOf': {
        const alternatives = ((error.parentSchema?.['anyOf'] as { type?: unknown }[] | undefined) ?? []).map((schema) => schema.type);
        const first = describeTypes(alternatives[0]);
        issues.push({ path, message: `The value for the field '${field}' must be ${first} or a JSONata expression` });
        break;
      }
      default:
        issues.push({ path, message: `The value for the field '${field}' is not valid` });
    }
  }
  return issues;
}

const NO_ISSUES: readonly SchemaIssue[] = [];

/** Whether a node has no structural problem at all (no paths or messages built: the common case). */
export function hasValidStructure(flavour: AslSchemaFlavour, definition: string, value: JsonValue): boolean {
  return checkersFor(flavour, definition).accepts(value);
}

/** The predicate `hasValidStructure` asks, for callers that look it up once and keep it. */
export function structureAccepts(flavour: AslSchemaFlavour, definition: string): Accept {
  return checkersFor(flavour, definition).accepts;
}

/**
 * Validates one node (the machine, a scope, a state) against one definition of the shallow
 * schema of a flavour; issues carry paths from the document root (`base` + the node's own path).
 */
export function validateStructure(flavour: AslSchemaFlavour, definition: string, value: JsonValue, base: DocumentPath): readonly SchemaIssue[] {
  const { accepts, validate } = checkersFor(flavour, definition);
  if (accepts(value) || validate(value)) return NO_ISSUES;
  return translate(validate.errors ?? [], value, base);
}
