import { isJsonObject, type DocumentPath, type JsonObject, type JsonValue, type Scope, type StateRef } from '@aslkit/core';
import { findJsonataFunction } from '@aslkit/expressions';
import type { ScopeGraph } from './graph.js';
import type { ExpressionSite } from './sites.js';
import type { StateFacts } from './state-facts.js';

/**
 * Workflow variables: where each is assigned (`Assign` of a state, a Choice rule or a Catcher) and
 * read (`$name` in JSONata, `$name…` paths and intrinsic arguments in JSONPath), and which are surely
 * assigned when a state starts (a "must" data-flow over each scope's graph).
 */

export interface VariableDef {
  readonly name: string;
  /** Path of the key in Assign. */
  readonly path: DocumentPath;
  readonly ref: StateRef;
  readonly where: 'state' | 'choice' | 'catch';
  /** The index of the Choice rule or Catcher whose Assign it is; -1 for the state's own Assign. */
  readonly index: number;
}

export interface VariableUse {
  readonly name: string;
  /** Path of the string that reads it. */
  readonly path: DocumentPath;
  readonly ref: StateRef;
  /** Read by a JSONata expression (where `$name` may also be a function passed as a value). */
  readonly jsonata: boolean;
}

/** A def whose path is built on first use (only reports need it). */
class Def implements VariableDef {
  private built: DocumentPath | undefined;

  constructor(
    readonly name: string,
    private readonly key: string,
    readonly ref: StateRef,
    readonly where: VariableDef['where'],
    readonly index: number,
  ) {}

  get path(): DocumentPath {
    if (!this.built) {
      const statePath = this.ref.path;
      this.built = this.where === 'state' ? [...statePath, 'Assign', this.key] : [...statePath, this.where === 'choice' ? 'Choices' : 'Catch', this.index, 'Assign', this.key];
    }
    return this.built;
  }
}

/** A use at an expression site; its path is the site's (built on first use). */
class Use implements VariableUse {
  constructor(
    readonly name: string,
    private readonly site: ExpressionSite,
    readonly ref: StateRef,
    readonly jsonata: boolean,
  ) {}

  get path(): DocumentPath {
    return this.site.path;
  }
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The answer of the readers below for the many texts that read no variable (shared: callers only read it). */
const NO_VARIABLES: readonly string[] = Object.freeze([]);

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
 * call, and not bound inside the expression (`$x := …`, `function($x)`, `#$i`, `@$item`).
 */
export function variablesReadByJsonata(body: string): readonly string[] {
  if (!body.includes('$')) return NO_VARIABLES;
  const hit = jsonataReadsCache.get(body);
  if (hit) return hit;
  const names = computeJsonataReads(body);
  if (jsonataReadsCache.size >= 5_000) jsonataReadsCache.clear();
  jsonataReadsCache.set(body, names);
  return names;
}

const jsonataReadsCache = new Map<string, string[]>();

function computeJsonataReads(body: string): string[] {
  const text = blankJsonataLiterals(body);
  const locals = new Set<string>();
  for (const match of text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)\s*:=/g)) locals.add(match[1] as string);
  // Positional (`#$i`) and context (`@$item`) bindings of path steps.
  for (const match of text.matchAll(/[#@]\s*\$([A-Za-z_][A-Za-z0-9_]*)/g)) locals.add(match[1] as string);
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
  // Most paths are `$.…` or `$$.…`: no variable, and no trimmed copy or regex needed.
  if (text.charCodeAt(0) === 36 && (text.charCodeAt(1) === 46 || text.charCodeAt(1) === 36 || text.length === 1)) return undefined;
  const match = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(text.trim());
  return match?.[1];
}

/** Variables read by a `.$` template value: a path or an intrinsic call with `$name` arguments. */
export function variablesReadByTemplateValue(text: string): readonly string[] {
  if (text.charCodeAt(0) === 36 && (text.charCodeAt(1) === 46 || text.charCodeAt(1) === 36 || text.length === 1)) return NO_VARIABLES;
  // The other texts (mostly intrinsic calls) recur across states and definitions: answers are remembered (and shared).
  let names = templateReadsCache.get(text);
  if (!names) {
    names = computeTemplateReads(text);
    if (templateReadsCache.size >= 5_000) templateReadsCache.clear();
    templateReadsCache.set(text, names);
  }
  return names;
}

const templateReadsCache = new Map<string, readonly string[]>();

function computeTemplateReads(text: string): readonly string[] {
  const trimmed = text.trim();
  if (!trimmed.startsWith('States.')) {
    const name = variableReadByPath(trimmed);
    return name ? [name] : NO_VARIABLES;
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

function defsOfAssign(assign: JsonObject, ref: StateRef, where: VariableDef['where'], index: number, out: VariableDef[]): void {
  for (const key in assign) out.push(new Def(variableNameOfKey(key, ref.queryLanguage), key, ref, where, index));
}

/** Appends every Assign of a state (its own, its Choice rules' and its Catchers') to `out`. */
function collectVariableDefs(ref: StateRef, own: JsonValue | undefined, choices: JsonValue | undefined, catchers: JsonValue | undefined, out: VariableDef[]): void {
  if (isJsonObject(own)) defsOfAssign(own, ref, 'state', -1, out);
  if (Array.isArray(choices)) {
    for (let index = 0; index < choices.length; index++) {
      const rule = choices[index];
      const assign = isJsonObject(rule) ? rule['Assign'] : undefined;
      if (isJsonObject(assign)) defsOfAssign(assign, ref, 'choice', index, out);
    }
  }
  if (Array.isArray(catchers)) {
    for (let index = 0; index < catchers.length; index++) {
      const catcher = catchers[index];
      const assign = isJsonObject(catcher) ? catcher['Assign'] : undefined;
      if (isJsonObject(assign)) defsOfAssign(assign, ref, 'catch', index, out);
    }
  }
}

function collectVariableUses(ref: StateRef, sites: readonly ExpressionSite[], out: VariableUse[]): void {
  for (const site of sites) {
    if (site.kind === 'plain') continue;
    if (site.kind === 'path') {
      const name = variableReadByPath(site.text);
      if (name) out.push(new Use(name, site, ref, false));
      continue;
    }
    const names = site.kind === 'jsonata' ? variablesReadByJsonata(site.body) : variablesReadByTemplateValue(site.text);
    for (const name of names) out.push(new Use(name, site, ref, site.kind === 'jsonata'));
  }
}

export interface VariableAnalysis {
  defs: VariableDef[];
  uses: VariableUse[];
  /** All names assigned anywhere. */
  assigned: Set<string>;
  /** All names read anywhere. */
  read: Set<string>;
  /**
   * Whether `name` is surely assigned when `state` starts (every path from StartAt assigns it first;
   * inline branches and processors inherit what their Parallel or Map state had). Undefined for
   * states not reached from StartAt.
   */
  isSurelyAssigned(state: JsonObject, name: string): boolean | undefined;
  /** All names surely assigned when `state` starts (for tools and tests; rules use isSurelyAssigned). */
  assignedAt(state: JsonObject): ReadonlySet<string> | undefined;
  /** Names assigned anywhere inside a scope or its nested scopes. */
  assignedWithin(scope: Scope): ReadonlySet<string>;
}

/** A set of variables as bits (variable i is bit i), so the data-flow costs words, not names. */
type Bits = Uint32Array;

function orInto(target: Bits, source: Bits | undefined): void {
  if (!source) return;
  for (let i = 0; i < target.length; i++) target[i] = (target[i] as number) | (source[i] as number);
}

/** `current &= incoming`; whether that changed `current`. */
function meet(current: Bits, incoming: Bits): boolean {
  let changed = false;
  for (let i = 0; i < current.length; i++) {
    // `&` gives a signed 32-bit number; the array holds unsigned ones.
    const next = ((current[i] as number) & (incoming[i] as number)) >>> 0;
    if (next !== current[i]) {
      current[i] = next;
      changed = true;
    }
  }
  return changed;
}

/** States reachable from `start` in reverse postorder (iterative depth-first search). */
function reversePostorder(successors: readonly number[][], start: number): number[] {
  const order: number[] = [];
  const seen = new Uint8Array(successors.length);
  const stack: [number, number][] = [[start, 0]];
  seen[start] = 1;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as [number, number];
    const next = successors[frame[0]] ?? [];
    if (frame[1] < next.length) {
      const target = next[frame[1]++] as number;
      if (!seen[target]) {
        seen[target] = 1;
        stack.push([target, 0]);
      }
    } else {
      order.push(frame[0]);
      stack.pop();
    }
  }
  return order.reverse();
}

/** What the Assigns of one state set: its own Assign's, and each Choice rule's and Catcher's by index. */
interface StateAssigns {
  own: Bits | undefined;
  choice: Map<number, Bits> | undefined;
  catch: Map<number, Bits> | undefined;
}

function assignsOf(defs: readonly VariableDef[], indexOf: ReadonlyMap<string, number>, words: number): StateAssigns {
  const assigns: StateAssigns = { own: undefined, choice: undefined, catch: undefined };
  for (const def of defs) {
    const bit = indexOf.get(def.name);
    if (bit === undefined) continue;
    let bits: Bits;
    if (def.where === 'state') bits = assigns.own ??= new Uint32Array(words);
    else {
      const byIndex = def.where === 'choice' ? (assigns.choice ??= new Map()) : (assigns.catch ??= new Map());
      bits = byIndex.get(def.index) ?? new Uint32Array(words);
      byIndex.set(def.index, bits);
    }
    bits[bit >>> 5] = (bits[bit >>> 5] as number) | (1 << (bit & 31));
  }
  return assigns;
}

/**
 * Variables surely assigned at entry of each state of one scope, given those assigned at the
 * scope's entry. `refs` are the scope's states by graph index; `defsOf` gives a state's defs.
 */
function mustDefined(
  graph: ScopeGraph,
  refs: readonly (StateRef | undefined)[],
  defsOf: ReadonlyMap<JsonObject, VariableDef[]>,
  atEntry: Bits,
  indexOf: ReadonlyMap<string, number>,
  out: Map<JsonObject, Bits>,
): void {
  if (graph.start === undefined) return;
  const words = atEntry.length;
  const count = graph.names.length;
  const entry: (Bits | undefined)[] = new Array(count).fill(undefined);
  const assigns: (StateAssigns | undefined)[] = new Array(count).fill(undefined);
  for (let node = 0; node < count; node++) {
    const defs = refs[node] ? defsOf.get((refs[node] as StateRef).state) : undefined;
    if (defs) assigns[node] = assignsOf(defs, indexOf, words);
  }
  entry[graph.start] = atEntry.slice();
  // Round-robin passes in reverse postorder: each loop settles before its effect moves downstream,
  // so the passes needed are bounded by the loop nesting depth, not the number of states.
  const order = reversePostorder(graph.successors, graph.start);
  const scratch = new Uint32Array(words);
  let changed = true;
  for (let pass = 0; changed && pass < count + 2; pass++) {
    changed = false;
    for (const node of order) {
      const here = entry[node];
      if (!here) continue;
      const group = assigns[node];
      for (const edge of graph.outgoing[node] ?? []) {
        scratch.set(here);
        const index = edge.index;
        if (edge.kind === 'catch') orInto(scratch, group?.catch?.get(index));
        else {
          orInto(scratch, group?.own);
          if (edge.kind === 'choice') orInto(scratch, group?.choice?.get(index));
        }
        const current = entry[edge.to];
        if (current === undefined) {
          entry[edge.to] = scratch.slice();
          changed = true;
        } else if (meet(current, scratch)) changed = true;
      }
    }
  }
  for (let node = 0; node < count; node++) {
    const ref = refs[node];
    const bits = entry[node];
    if (ref && bits) out.set(ref.state, bits);
  }
}

/** How the variable analysis finds each scope's graph and compares scopes (see `DefinitionAnalysis`). */
export interface ScopeLookup {
  graphOf(scope: Scope): ScopeGraph;
  scopeIdOf(scope: Scope): number;
}

const NO_NAMES: ReadonlySet<string> = new Set<string>();
const NO_POSITIONS: ReadonlyMap<string, number> = new Map<string, number>();

export function analyzeVariables(states: readonly StateFacts[], scopes: readonly Scope[], lookup: ScopeLookup): VariableAnalysis {
  const defs: VariableDef[] = [];
  const uses: VariableUse[] = [];
  for (const facts of states) {
    collectVariableDefs(facts.ref, facts.assign, facts.choices, facts.catch, defs);
    collectVariableUses(facts.ref, facts.sites, uses);
  }
  const assigned = new Set<string>();
  for (const def of defs) assigned.add(def.name);
  // `$string` in `$map(xs, $string)` is a function passed as a value, unless a variable of that name exists.
  for (let i = uses.length - 1; i >= 0; i--) {
    const use = uses[i] as VariableUse;
    if (use.jsonata && !assigned.has(use.name) && findJsonataFunction(use.name)) uses.splice(i, 1);
  }
  const read = new Set<string>();
  for (const use of uses) read.add(use.name);
  return new Variables(defs, uses, assigned, read, states, scopes, lookup);
}

/** The result of `analyzeVariables`; the must-assigned sets are computed when first asked for. */
class Variables implements VariableAnalysis {
  // The assigned names and their bit positions, made with the must-assigned sets (only these need them).
  private names: readonly string[] = NO_VARIABLES;
  private indexOf: ReadonlyMap<string, number> = NO_POSITIONS;
  private bitsAtEntry: Map<JsonObject, Bits> | undefined;
  private within: (Set<string> | undefined)[] | undefined;

  constructor(
    readonly defs: VariableDef[],
    readonly uses: VariableUse[],
    readonly assigned: Set<string>,
    readonly read: Set<string>,
    private readonly states: readonly StateFacts[],
    private readonly scopes: readonly Scope[],
    private readonly lookup: ScopeLookup,
  ) {}

  isSurelyAssigned(state: JsonObject, name: string): boolean | undefined {
    const bits = this.entryBits().get(state);
    if (!bits) return undefined;
    const index = this.indexOf.get(name);
    return index !== undefined && ((bits[index >>> 5] as number) & (1 << (index & 31))) !== 0;
  }

  assignedAt(state: JsonObject): ReadonlySet<string> | undefined {
    const bits = this.entryBits().get(state);
    if (!bits) return undefined;
    return new Set(this.names.filter((_, index) => ((bits[index >>> 5] as number) & (1 << (index & 31))) !== 0));
  }

  assignedWithin(scope: Scope): ReadonlySet<string> {
    if (this.defs.length === 0) return NO_NAMES;
    if (!this.within) {
      const within: (Set<string> | undefined)[] = [];
      for (const def of this.defs) {
        for (let scope: Scope | undefined = def.ref.scope; scope; scope = scope.parent) {
          const id = this.lookup.scopeIdOf(scope);
          (within[id] ??= new Set<string>()).add(def.name);
        }
      }
      this.within = within;
    }
    return this.within[this.lookup.scopeIdOf(scope)] ?? NO_NAMES;
  }

  private entryBits(): Map<JsonObject, Bits> {
    if (this.bitsAtEntry) return this.bitsAtEntry;
    const bitsAtEntry = new Map<JsonObject, Bits>();
    this.bitsAtEntry = bitsAtEntry;
    if (this.defs.length === 0 || this.uses.length === 0) return bitsAtEntry;
    const names = [...this.assigned];
    const indexOf = new Map<string, number>();
    for (let index = 0; index < names.length; index++) indexOf.set(names[index] as string, index);
    this.names = names;
    this.indexOf = indexOf;
    const words = Math.max(1, Math.ceil(names.length / 32));
    const lookup = this.lookup;
    // The states of each scope, by their index in the scope's graph.
    const refsByScope: StateRef[][] = [];
    const defsOf = new Map<JsonObject, VariableDef[]>();
    for (const def of this.defs) {
      const list = defsOf.get(def.ref.state);
      if (list) list.push(def);
      else defsOf.set(def.ref.state, [def]);
    }
    for (const { ref } of this.states) {
      const graph = lookup.graphOf(ref.scope);
      const index = graph.indexOf.get(ref.name);
      if (index !== undefined) (refsByScope[lookup.scopeIdOf(ref.scope)] ??= [])[index] = ref;
    }
    // Scopes come outermost first, so an owner's entry set is known before its branches are walked.
    for (const scope of this.scopes) {
      const graph = lookup.graphOf(scope);
      let atEntry: Bits = new Uint32Array(words);
      if (scope.owner && scope.parent && scope.mapMode !== 'DISTRIBUTED') {
        const owner = scope.parent.states[scope.owner.name];
        const ownerBits = isJsonObject(owner) ? bitsAtEntry.get(owner) : undefined;
        // An owner never reached from StartAt: its branches are not reached either.
        if (!ownerBits) continue;
        atEntry = ownerBits;
      }
      mustDefined(graph, refsByScope[lookup.scopeIdOf(scope)] ?? [], defsOf, atEntry, this.indexOf, bitsAtEntry);
    }
    return bitsAtEntry;
  }
}
