import { isJsonObject, isStateType, type DocumentPath, type QueryLanguage, type Scope, type StateType } from '@aslkit/core';
import type { FieldContext } from '../docs/fields.js';
import { contextOf, type AslModel } from './model.js';

export interface ObjectRole {
  /** What kind of ASL object this is. */
  context: FieldContext | 'States';
  language: QueryLanguage;
  scope?: Scope;
  stateName?: string;
  stateType?: StateType;
}

/** What ASL object lives at an object path: a scope, its States map, a state, a retrier, a catcher, a choice rule. */
export function objectRoleAt(model: AslModel, path: DocumentPath): ObjectRole | undefined {
  const ctx = contextOf(model, path);
  if (!ctx.scope) return undefined;
  if (!ctx.state) {
    if (ctx.rest.length === 0) return { context: 'Machine', language: ctx.scope.queryLanguage, scope: ctx.scope };
    if (ctx.rest.length === 1 && ctx.rest[0] === 'States') return { context: 'States', language: ctx.scope.queryLanguage, scope: ctx.scope };
    // A state whose object is not (yet) an object: nothing to say.
    return undefined;
  }
  const type = ctx.state.object['Type'];
  const base = { language: ctx.state.language, scope: ctx.scope, stateName: ctx.state.name, ...(isStateType(type) ? { stateType: type } : {}) };
  const rest = ctx.rest;
  if (rest.length === 0) return isStateType(type) ? { context: type, ...base } : { context: 'Pass', ...base };
  if (rest.length === 2 && rest[0] === 'Retry' && typeof rest[1] === 'number') return { context: 'Retrier', ...base };
  if (rest.length === 2 && rest[0] === 'Catch' && typeof rest[1] === 'number') return { context: 'Catcher', ...base };
  if (rest[0] === 'Choices' && typeof rest[1] === 'number') {
    // Choices[i], then And/Or[j] and Not any number of times.
    let i = 2;
    while (i < rest.length) {
      if ((rest[i] === 'And' || rest[i] === 'Or') && typeof rest[i + 1] === 'number') i += 2;
      else if (rest[i] === 'Not') i += 1;
      else return undefined;
    }
    return { context: 'ChoiceRule', ...base };
  }
  return undefined;
}

/** The names assigned as variables anywhere in a machine, with where (for hovers and completion). */
export function assignedVariables(model: AslModel, path: DocumentPath): Map<string, string[]> {
  const variables = new Map<string, string[]>();
  const ctx = contextOf(model, path);
  const scope = ctx.scope;
  if (!scope) return variables;
  // Variables are visible in the scope and those enclosing it.
  for (let current: Scope | undefined = scope; current; current = current.parent) {
    for (const [name, state] of Object.entries(current.states)) {
      if (!isJsonObject(state)) continue;
      const add = (assign: unknown, where: string): void => {
        if (!isJsonObject(assign as never)) return;
        for (const key of Object.keys(assign as object)) {
          const variable = key.endsWith('.$') ? key.slice(0, -2) : key;
          const list = variables.get(variable) ?? [];
          list.push(where);
          variables.set(variable, list);
        }
      };
      add(state['Assign'], name);
      for (const field of ['Choices', 'Catch'] as const) {
        const list = state[field];
        if (Array.isArray(list)) list.forEach((item, i) => isJsonObject(item) && add(item['Assign'], `${name} ${field}[${i}]`));
      }
    }
  }
  return variables;
}
