import { isJsonObject } from '@aslkit/core';
import { STATE_TYPES } from '../../../schema/asl-schema.js';
import { validateStructure } from '../../../schema/structural.js';
import type { SchemaCheck } from './emit.js';

const SCOPE_DEFINITION = { machine: 'Machine', 'parallel-branch': 'Branch', 'map-processor': 'ItemProcessor' } as const;
const TYPES: readonly string[] = STATE_TYPES;

/** The machine, every scope and every state against the schema of its query language. */
export const checkStructure: SchemaCheck = (context, emit) => {
  for (const scope of context.scopes) {
    for (const issue of validateStructure('jsonpath', SCOPE_DEFINITION[scope.kind], scope.node, scope.path)) {
      emit(issue.path, issue.message, issue.keyPath ? { keyPath: issue.keyPath } : undefined);
    }
    const states = scope.node['States'];
    if (!isJsonObject(states)) continue;
    for (const name of Object.keys(states)) {
      const state = states[name];
      const path = [...scope.path, 'States', name];
      if (!isJsonObject(state)) {
        emit(path, `The value for the field '${name}' must be an object`);
        continue;
      }
      const type = state['Type'];
      if (type === undefined) {
        emit(path, 'These fields are required: [Type]');
        continue;
      }
      if (typeof type !== 'string' || !TYPES.includes(type)) {
        emit([...path, 'Type'], `The field 'Type' should have one of these values: [${TYPES.join(', ')}]`);
        continue;
      }
      const language = state['QueryLanguage'] === 'JSONata' || state['QueryLanguage'] === 'JSONPath' ? state['QueryLanguage'] : scope.queryLanguage;
      for (const issue of validateStructure(language === 'JSONata' ? 'jsonata' : 'jsonpath', `${type}State`, state, path)) {
        emit(issue.path, issue.message, issue.keyPath ? { keyPath: issue.keyPath } : undefined);
      }
    }
  }
};
