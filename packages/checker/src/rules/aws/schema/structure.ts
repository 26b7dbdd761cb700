import { isJsonObject, type JsonValue } from '@aslkit/core';
import { STATE_TYPES } from '../../../schema/asl-schema.js';
import type { Accept } from '../../../schema/fast-accept.js';
import { hasValidStructure, structureAccepts, validateStructure, type SchemaIssue } from '../../../schema/structural.js';
import type { Emit, SchemaCheck } from './emit.js';

const SCOPE_DEFINITION = { machine: 'Machine', 'parallel-branch': 'Branch', 'map-processor': 'ItemProcessor' } as const;
const TYPES: readonly string[] = STATE_TYPES;
/** State type → its definition in the shallow schema, and that definition's fast check per flavour. */
interface StateDefinition {
  name: string;
  jsonpath: Accept;
  jsonata: Accept;
}
const STATE_DEFINITION = new Map<JsonValue, StateDefinition>(
  STATE_TYPES.map((type) => {
    const name = `${type}State`;
    return [type, { name, jsonpath: structureAccepts('jsonpath', name), jsonata: structureAccepts('jsonata', name) }];
  }),
);

function emitIssues(issues: readonly SchemaIssue[], emit: Emit): void {
  for (const issue of issues) emit(issue.path, issue.message, issue.keyPath ? { keyPath: issue.keyPath } : undefined);
}

/**
 * The machine, every scope and every state against the schema of its query language. Paths are
 * built only for nodes the fast structural check does not accept.
 */
export const checkStructure: SchemaCheck = (context, emit) => {
  for (const scope of context.scopes) {
    const scopeDefinition = SCOPE_DEFINITION[scope.kind];
    if (!hasValidStructure('jsonpath', scopeDefinition, scope.node)) emitIssues(validateStructure('jsonpath', scopeDefinition, scope.node, scope.path), emit);
    const states = scope.node['States'];
    if (!isJsonObject(states)) continue;
    for (const name in states) {
      const state = states[name];
      if (!isJsonObject(state)) {
        emit([...scope.path, 'States', name], `The value for the field '${name}' must be an object`);
        continue;
      }
      const type = state['Type'];
      if (type === undefined) {
        emit([...scope.path, 'States', name], 'These fields are required: [Type]');
        continue;
      }
      const definition = STATE_DEFINITION.get(type);
      if (definition === undefined) {
        emit([...scope.path, 'States', name, 'Type'], `The field 'Type' should have one of these values: [${TYPES.join(', ')}]`);
        continue;
      }
      const own = state['QueryLanguage'];
      const jsonata = (own === 'JSONata' || own === 'JSONPath' ? own : scope.queryLanguage) === 'JSONata';
      if (jsonata ? definition.jsonata(state) : definition.jsonpath(state)) continue;
      emitIssues(validateStructure(jsonata ? 'jsonata' : 'jsonpath', definition.name, state, [...scope.path, 'States', name]), emit);
    }
  }
};
