import { isJsonObject, type JsonObject, type JsonValue, type PathSegment, type StateRef } from '@aslkit/core';
import { isJsonataString, isValidIntrinsicCall, isValidJsonata, isValidJsonPath, isValidReferencePath } from '../../../expressions-seam.js';
import { hasPlaceholder } from '../../../substitutions.js';
import type { Emit, SchemaCheck } from './emit.js';

/** JSONPath-state fields holding a path (Jayway syntax, `$$` and `$var` roots allowed). */
const PATH_FIELDS = [
  'InputPath', 'OutputPath', 'ItemsPath', 'SecondsPath', 'TimestampPath', 'TimeoutSecondsPath', 'HeartbeatSecondsPath',
  'MaxConcurrencyPath', 'ToleratedFailurePercentagePath', 'ToleratedFailureCountPath',
];
/** Fields that also accept an intrinsic function call. */
const PATH_OR_INTRINSIC_FIELDS = ['ErrorPath', 'CausePath'];
/** Payload templates of JSONPath states, by where they sit. */
const TEMPLATE_FIELDS: readonly (readonly string[])[] = [
  ['Parameters'], ['ResultSelector'], ['ItemSelector'], ['Credentials'], ['Assign'],
  ['ItemReader', 'Parameters'], ['ResultWriter', 'Parameters'], ['ItemBatcher', 'BatchInput'],
];
/** Fields of JSONata states whose strings may be `{% %}` expressions (anywhere inside). */
const JSONATA_FIELDS: readonly (readonly string[])[] = [
  ['Arguments'], ['Output'], ['Assign'], ['Items'], ['ItemSelector'], ['Seconds'], ['Timestamp'], ['TimeoutSeconds'], ['HeartbeatSeconds'],
  ['Error'], ['Cause'], ['MaxConcurrency'], ['ToleratedFailurePercentage'], ['ToleratedFailureCount'],
  ['ItemReader', 'Arguments'], ['ItemReader', 'ReaderConfig', 'MaxItems'], ['ResultWriter', 'Arguments'], ['ItemBatcher', 'BatchInput'],
  ['ItemBatcher', 'MaxItemsPerBatch'], ['ItemBatcher', 'MaxInputBytesPerBatch'], ['Credentials'],
];

function at(value: JsonValue, fields: readonly string[]): JsonValue | undefined {
  let node: JsonValue | undefined = value;
  for (const field of fields) {
    if (node === undefined) return undefined;
    node = isJsonObject(node) ? node[field] : Array.isArray(node) ? node[Number(field)] : undefined;
  }
  return node;
}

function tolerated(value: string, tolerate: boolean): boolean {
  return tolerate && hasPlaceholder(value);
}

/** The first `.$` key whose value is neither a path nor an intrinsic call, searching depth-first. */
function firstBadTemplateKey(value: JsonValue, tolerate: boolean): string | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const bad = firstBadTemplateKey(item, tolerate);
      if (bad !== undefined) return bad;
    }
    return undefined;
  }
  if (!isJsonObject(value)) return undefined;
  for (const key in value) {
    const child = value[key] as JsonValue;
    if (key.endsWith('.$')) {
      if (typeof child !== 'string') return key;
      if (!(isValidJsonPath(child) || isValidIntrinsicCall(child) || tolerated(child, tolerate))) return key;
    } else {
      const bad = firstBadTemplateKey(child, tolerate);
      if (bad !== undefined) return bad;
    }
  }
  return undefined;
}

/*
 * Fast predicates: one pass over a state's own keys, true when the reporters below would report
 * nothing (no paths or messages built); the reporters run only for the states they reject. They
 * ignore DefinitionSubstitutions tolerance: a placeholder only ever sends a state down the
 * reporting path, which applies it.
 */

/** What a value must be, per field of a JSONPath state; true = nothing to report. */
const CLEAN_JSONPATH_FIELD = new Map<string, (value: JsonValue) => boolean>();
for (const field of PATH_FIELDS) CLEAN_JSONPATH_FIELD.set(field, (value) => typeof value !== 'string' || isValidJsonPath(value));
for (const field of PATH_OR_INTRINSIC_FIELDS) {
  CLEAN_JSONPATH_FIELD.set(field, (value) => typeof value !== 'string' || isValidJsonPath(value) || isValidIntrinsicCall(value));
}
CLEAN_JSONPATH_FIELD.set('ResultPath', (value) => typeof value !== 'string' || isValidReferencePath(value));
CLEAN_JSONPATH_FIELD.set('Catch', (catchers) => {
  if (!Array.isArray(catchers)) return true;
  for (const catcher of catchers) {
    const value = isJsonObject(catcher) ? catcher['ResultPath'] : undefined;
    if (typeof value === 'string' && !isValidReferencePath(value)) return false;
  }
  return true;
});
for (const [field, inner] of TEMPLATE_FIELDS) {
  if (field === undefined || CLEAN_JSONPATH_FIELD.has(field)) throw new Error(`aslkit: template field ${String(field)} listed twice`);
  if (inner === undefined) CLEAN_JSONPATH_FIELD.set(field, (value) => firstBadTemplateKey(value, false) === undefined);
  else CLEAN_JSONPATH_FIELD.set(field, (value) => {
    const template = isJsonObject(value) ? value[inner] : undefined;
    return template === undefined || firstBadTemplateKey(template, false) === undefined;
  });
}

/** True when `reportJsonPathState` would report nothing for this state. */
export function isCleanJsonPathState(state: JsonObject): boolean {
  for (const key in state) {
    const clean = CLEAN_JSONPATH_FIELD.get(key);
    if (clean !== undefined && !clean(state[key] as JsonValue)) return false;
  }
  return true;
}

/** Whether any `{% %}` string inside a value has a body that does not parse. */
function hasBadJsonata(value: JsonValue): boolean {
  if (typeof value === 'string') return isJsonataString(value) && !isValidJsonata(value.slice(2, -2));
  if (Array.isArray(value)) {
    for (const item of value) if (hasBadJsonata(item)) return true;
    return false;
  }
  if (!isJsonObject(value)) return false;
  for (const key in value) if (hasBadJsonata(value[key] as JsonValue)) return true;
  return false;
}

/** Per top-level field of a JSONata state: the places under it that may hold expressions. */
const JSONATA_PLACES = new Map<string, (readonly string[])[]>();
for (const [field, ...inner] of JSONATA_FIELDS) {
  if (field === undefined) continue;
  const places = JSONATA_PLACES.get(field) ?? [];
  places.push(inner);
  JSONATA_PLACES.set(field, places);
}

/** True when `reportJsonataState` would report nothing for this state. */
export function isCleanJsonataState(state: JsonObject): boolean {
  for (const key in state) {
    const value = state[key] as JsonValue;
    if (key === 'Catch') {
      if (!Array.isArray(value)) continue;
      for (const catcher of value) {
        if (!isJsonObject(catcher)) continue;
        const output = catcher['Output'];
        const assign = catcher['Assign'];
        if ((output !== undefined && hasBadJsonata(output)) || (assign !== undefined && hasBadJsonata(assign))) return false;
      }
      continue;
    }
    const places = JSONATA_PLACES.get(key);
    if (places === undefined) continue;
    for (const place of places) {
      const inner = place.length === 0 ? value : at(value, place);
      if (inner !== undefined && hasBadJsonata(inner)) return false;
    }
  }
  return true;
}

/** Reports a JSONPath state's bad paths and templates, in AWS's order (fields, then templates). */
export function reportJsonPathState(ref: StateRef, emit: Emit, tolerate: boolean): void {
  const { state, path } = ref;
  for (const field of PATH_FIELDS) {
    const value = state[field];
    if (typeof value === 'string' && !isValidJsonPath(value) && !tolerated(value, tolerate)) {
      emit([...path, field], `The value for the field '${field}' must be a valid JSONPath`);
    }
  }
  for (const field of PATH_OR_INTRINSIC_FIELDS) {
    const value = state[field];
    if (typeof value === 'string' && !isValidJsonPath(value) && !isValidIntrinsicCall(value) && !tolerated(value, tolerate)) {
      emit([...path, field], `The value for the field '${field}' must be a valid JSONPath or a valid intrinsic function call`);
    }
  }
  const resultPath = state['ResultPath'];
  if (typeof resultPath === 'string' && !isValidReferencePath(resultPath) && !tolerated(resultPath, tolerate)) {
    emit([...path, 'ResultPath'], "The value for the field 'ResultPath' must be a valid ReferencePath");
  }
  const catchers = state['Catch'];
  if (Array.isArray(catchers)) {
    catchers.forEach((catcher, index) => {
      const value = isJsonObject(catcher) ? catcher['ResultPath'] : undefined;
      if (typeof value === 'string' && !isValidReferencePath(value) && !tolerated(value, tolerate)) {
        emit([...path, 'Catch', index, 'ResultPath'], "The value for the field 'ResultPath' must be a valid ReferencePath");
      }
    });
  }
  for (const fields of TEMPLATE_FIELDS) {
    const value = at(state, fields);
    if (value === undefined) continue;
    const bad = firstBadTemplateKey(value, tolerate);
    if (bad !== undefined) emit([...path, ...fields], `The value for the field '${bad}' must be a valid JSONPath or a valid intrinsic function call`);
  }
}

/** The first `{% %}` string inside a value whose body does not parse, with its path. */
function firstBadJsonata(value: JsonValue, path: PathSegment[]): PathSegment[] | undefined {
  if (typeof value === 'string') return isJsonataString(value) && !isValidJsonata(value.slice(2, -2)) ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = firstBadJsonata(value[i] as JsonValue, [...path, i]);
      if (bad) return bad;
    }
    return undefined;
  }
  if (!isJsonObject(value)) return undefined;
  for (const key of Object.keys(value)) {
    const bad = firstBadJsonata(value[key] as JsonValue, [...path, key]);
    if (bad) return bad;
  }
  return undefined;
}

/** Reports a JSONata state's fields holding a `{% %}` string that does not parse. */
export function reportJsonataState(ref: StateRef, emit: Emit): void {
  const fieldsToCheck: (readonly string[])[] = [...JSONATA_FIELDS];
  const catchers = ref.state['Catch'];
  if (Array.isArray(catchers)) catchers.forEach((_, index) => fieldsToCheck.push(['Catch', String(index), 'Output'], ['Catch', String(index), 'Assign']));
  for (const fields of fieldsToCheck) {
    const value = at(ref.state, fields);
    if (value === undefined) continue;
    const fieldPath = [...ref.path, ...fields.map((field) => (/^\d+$/.test(field) ? Number(field) : field))];
    const bad = firstBadJsonata(value, fieldPath);
    if (bad) emit(fieldPath, `The value for the field '${fields[fields.length - 1] as string}' must be a valid JSONata expression`, { keyPath: bad });
  }
}

/** Paths, reference paths, payload templates and JSONata expressions, through the expressions seam. */
export const checkExpressions: SchemaCheck = (context, emit) => {
  const tolerate = context.tolerateSubstitutions === true;
  for (const ref of context.states) {
    if (ref.queryLanguage === 'JSONata') {
      if (!isCleanJsonataState(ref.state)) reportJsonataState(ref, emit);
    } else if (!isCleanJsonPathState(ref.state)) reportJsonPathState(ref, emit, tolerate);
  }
};
