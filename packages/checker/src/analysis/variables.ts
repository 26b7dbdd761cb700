import { isJsonObject, type DocumentPath, type JsonObject, type Scope, type StateRef } from '@aslkit/core';
import { scopeKey, type ScopeGraph } from './graph.js';
import { expressionSitesOf } from './sites.js';

/**
 * Workflow variables: where each is assigned (`Assign` of a state, a Choice rule or a Catcher) and
 * read (`$name` in JSONata, `$name…` paths and intrinsic arguments in JSONPath), and which are surely
 * assigned when a state starts (a "must" data-flow over each scope's graph).
 */

export interface VariableDef {
  name: string;
  /** Path of the key in Assign. */
  path: DocumentPath;
  ref: StateRef;
  where: 'state' | 'choice' | 'catch';
}

export interface VariableUse {
  name: string;
  /** Path of the string that reads it. */
  path: DocumentPath;
  ref: StateRef;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Removes string literals, backtick names and comments of a JSONata body, keeping offsets. */
function blankJsonataLiterals(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i] as string;
    if (char === '"' || char === "'" || char === '`') {
      let j = i + 1;
      for (; j < body.length && body[j] !== char; j++) if (body[j] === '\\' && char !== '`') j++;
      out += ' '.repeat(Math.min(j, body.length - 1) - i + 1);
      i = j;
    } else if (char === '/' && body[i + 1] === '*') {
      const end = body.indexOf('*/', i + 2);
      const stop = end < 0 ? body.length : end + 2;
      out += ' '.repeat(stop - i);
      i = stop - 1;
    } else out += char;
  }
  return out;
}

/**
 * Names of workflow variables a JSONata body reads: `$name` that is not `$states`, not a function
 * call, and not bound inside the expression (`$x := …`, `function($x)`).
 */
export function variablesReadByJsonata(body: string): string[] {
  const text = blankJsonataLiterals(body);
  const locals = new Set<string>();
  for (const match of text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)\s*:=/g)) locals.add(match[1] as string);
  for (const match of text.matchAll(/(?:function|λ)\s*\(([^)]*)\)/g)) {
    for (const param of (match[1] ?? '').matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) locals.add(param[1] as string);
  }
  const names = new Set<string>();
  for (const match of text.matchAll(/(\$+)([A-Za-z_][A-Za-z0-9_]*)/g)) {
    if ((match[1] as string).length > 1) continue;
    const name = match[2] as string;
    if (name === 'states' || locals.has(name)) continue;
    const after = text.slice((match.index ?? 0) + match[0].length);
    if (/^\s*(?:\(|:=)/.test(after)) continue;
    names.add(name);
  }
  return [...names];
}

/** The variable a JSONPath path reads (`$name`, `$name.a[0]`), if any. */
export function variableReadByPath(text: string): string | undefined {
  const match = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(text.trim());
  return match?.[1];
}

/** Variables read by a `.$` template value: a path or an intrinsic call with `$name` arguments. */
export function variablesReadByTemplateValue(text: string): string[] {
  const trimmed = text.trim();
  if (!trimmed.startsWith('States.')) {
    const name = variableReadByPath(trimmed);
    return name ? [name] : [];
  }
  const withoutStrings = trimmed.replace(/'(?:[^'\\]|\\.)*'/g, "''");
  const names = new Set<string>();
  for (const match of withoutStrings.matchAll(/(?<![\w$])\$([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(match[1] as string);
  return [...names];
}

export function variableNameOfKey(key: string, queryLanguage: StateRef['queryLanguage']): string {
  return queryLanguage === 'JSONPath' && key.endsWith('.$') ? key.slice(0, -2) : key;
}

export function isValidVariableName(name: string): boolean {
  return IDENTIFIER.test(name) && name.length <= 80;
}

function defsOfAssign(assign: unknown, path: DocumentPath, ref: StateRef, where: VariableDef['where']): VariableDef[] {
  if (!isJsonObject(assign)) return [];
  return Object.keys(assign).map((key) => ({ name: variableNameOfKey(key, ref.queryLanguage), path: [...path, key], ref, where }));
}

/** Every Assign of a state: its own, its Choice rules' and its Catchers'. */
export function variableDefsOf(ref: StateRef): VariableDef[] {
  const state: JsonObject = ref.state;
  const defs = defsOfAssign(state['Assign'], [...ref.path, 'Assign'], ref, 'state');
  const choices = state['Choices'];
  if (Array.isArray(choices)) {
    choices.forEach((rule, index) => {
      if (isJsonObject(rule)) defs.push(...defsOfAssign(rule['Assign'], [...ref.path, 'Choices', index, 'Assign'], ref, 'choice'));
    });
  }
  const catchers = state['Catch'];
  if (Array.isArray(catchers)) {
    catchers.forEach((catcher, index) => {
      if (isJsonObject(catcher)) defs.push(...defsOfAssign(catcher['Assign'], [...ref.path, 'Catch', index, 'Assign'], ref, 'catch'));
    });
  }
  return defs;
}

/** Every read of a variable in a state's own expressions. */
export function variableUsesOf(ref: StateRef): VariableUse[] {
  const uses: VariableUse[] = [];
  for (const site of expressionSitesOf(ref)) {
    let names: string[] = [];
    if (site.kind === 'jsonata') names = variablesReadByJsonata(site.body);
    else if (site.kind === 'path') {
      const name = variableReadByPath(site.text);
      if (name) names = [name];
    } else if (site.kind === 'template') names = variablesReadByTemplateValue(site.text);
    for (const name of names) uses.push({ name, path: site.path, ref });
  }
  return uses;
}

export interface VariableAnalysis {
  defs: VariableDef[];
  uses: VariableUse[];
  /** All names assigned anywhere. */
  assigned: Set<string>;
  /** All names read anywhere. */
  read: Set<string>;
  /**
   * Names surely assigned when each state starts (undefined for states not reachable). Keyed by the
   * state object.
   */
  definedAtEntry: WeakMap<JsonObject, ReadonlySet<string>>;
  /** Names assigned anywhere inside a scope or its nested scopes. */
  assignedWithin(scope: Scope): ReadonlySet<string>;
}

function intersect(a: ReadonlySet<string> | undefined, b: ReadonlySet<string>): Set<string> {
  if (a === undefined) return new Set(b);
  const out = new Set<string>();
  for (const name of a) if (b.has(name)) out.add(name);
  return out;
}

function sameSet(a: ReadonlySet<string> | undefined, b: ReadonlySet<string>): boolean {
  if (a === undefined || a.size !== b.size) return false;
  for (const name of a) if (!b.has(name)) return false;
  return true;
}

/** Names surely assigned at entry of each state of one scope, given those assigned at the scope's entry. */
function mustDefined(graph: ScopeGraph, refs: StateRef[], atEntry: ReadonlySet<string>, out: WeakMap<JsonObject, ReadonlySet<string>>): void {
  if (graph.start === undefined) return;
  const count = graph.names.length;
  const entry: (Set<string> | undefined)[] = new Array(count).fill(undefined);
  const defsByWhere = refs.map((ref) => {
    const defs = variableDefsOf(ref);
    return {
      state: defs.filter((def) => def.where === 'state').map((def) => def.name),
      choice: new Map<number, string[]>(),
      catch: new Map<number, string[]>(),
      all: defs,
    };
  });
  defsByWhere.forEach((group) => {
    for (const def of group.all) {
      if (def.where === 'state') continue;
      const index = def.path[def.path.length - 3] as number;
      const map = def.where === 'choice' ? group.choice : group.catch;
      const list = map.get(index) ?? [];
      list.push(def.name);
      map.set(index, list);
    }
  });
  entry[graph.start] = new Set(atEntry);
  const queue: number[] = [graph.start];
  const queued = new Array<boolean>(count).fill(false);
  queued[graph.start] = true;
  let head = 0;
  const limit = 50 * (graph.edges.length + count + 1);
  while (head < queue.length && head < limit) {
    const node = queue[head++] as number;
    queued[node] = false;
    const here = entry[node] as Set<string>;
    const group = defsByWhere[node];
    for (const edge of graph.outgoing[node] ?? []) {
      const flowing = new Set(here);
      if (edge.kind === 'catch') {
        const index = edge.path[edge.path.length - 2] as number;
        for (const name of group?.catch.get(index) ?? []) flowing.add(name);
      } else {
        for (const name of group?.state ?? []) flowing.add(name);
        if (edge.kind === 'choice') {
          const index = edge.path[edge.path.length - 2] as number;
          for (const name of group?.choice.get(index) ?? []) flowing.add(name);
        }
      }
      const merged = intersect(entry[edge.to], flowing);
      if (!sameSet(entry[edge.to], merged)) {
        entry[edge.to] = merged;
        if (!queued[edge.to]) {
          queued[edge.to] = true;
          queue.push(edge.to);
        }
      }
    }
  }
  refs.forEach((ref, index) => {
    const set = entry[index];
    if (set) out.set(ref.state, set);
  });
}

export function analyzeVariables(states: readonly StateRef[], scopes: readonly Scope[], graphOf: (scope: Scope) => ScopeGraph): VariableAnalysis {
  const defs: VariableDef[] = [];
  const uses: VariableUse[] = [];
  for (const ref of states) {
    defs.push(...variableDefsOf(ref));
    uses.push(...variableUsesOf(ref));
  }
  const assigned = new Set(defs.map((def) => def.name));
  const read = new Set(uses.map((use) => use.name));
  const definedAtEntry = new WeakMap<JsonObject, ReadonlySet<string>>();
  const within = new Map<string, Set<string>>();
  for (const def of defs) {
    for (let scope: Scope | undefined = def.ref.scope; scope; scope = scope.parent) {
      const set = within.get(scopeKey(scope)) ?? new Set<string>();
      set.add(def.name);
      within.set(scopeKey(scope), set);
    }
  }
  if (defs.length > 0 && uses.length > 0) {
    const refsByScope = new Map<string, StateRef[]>();
    for (const ref of states) {
      const list = refsByScope.get(scopeKey(ref.scope)) ?? [];
      list.push(ref);
      refsByScope.set(scopeKey(ref.scope), list);
    }
    // Scopes come outermost first, so an owner's entry set is known before its branches are walked.
    for (const scope of scopes) {
      const graph = graphOf(scope);
      const byName = new Map((refsByScope.get(scopeKey(scope)) ?? []).map((ref) => [ref.name, ref]));
      const byIndex = graph.names.map((name) => byName.get(name) as StateRef);
      let atEntry: ReadonlySet<string> = new Set();
      if (scope.owner && scope.parent && scope.mapMode !== 'DISTRIBUTED') {
        const owner = scope.parent.states[scope.owner.name];
        atEntry = (isJsonObject(owner) ? definedAtEntry.get(owner) : undefined) ?? new Set();
        if (isJsonObject(owner) && !definedAtEntry.has(owner)) continue;
      }
      mustDefined(graph, byIndex, atEntry, definedAtEntry);
    }
  }
  return {
    defs,
    uses,
    assigned,
    read,
    definedAtEntry,
    assignedWithin: (scope) => within.get(scopeKey(scope)) ?? new Set(),
  };
}
