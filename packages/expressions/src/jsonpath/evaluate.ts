import { hasOwn, isJsonObject } from '@aslkit/core';
import type { JsonObject, JsonValue } from '@aslkit/core';
import type { EvalEnv, ExprResult, FilterExpression, FilterOperand, JsonPathAst, PathSegment } from '../types.js';
import { javaClassName, javaNumberText, javaText } from '../util/java-text.js';
import { isDefinitePath, parseJsonPath } from './parse.js';

const JSON_PROVIDER = 'com.jayway.jsonpath.spi.json.JacksonJsonProvider';

/** A path compiled for evaluation: the AST plus Jayway's normalized texts of its definite prefixes. */
export interface CompiledPath {
  ast: JsonPathAst;
  /** `upstreamDefinite[i]`: every segment before i is definite (errors are raised, not swallowed). */
  upstreamDefinite: boolean[];
  /** `prefixes[i]`: Jayway's text of the path up to and excluding segment i (`$['a'][0]`). */
  prefixes: string[];
}

/** Internal control flow: a Jayway PathNotFoundException; caught in {@link evaluatePath}. */
class PathNotFound {
  constructor(readonly message: string) {}
}

const CACHE_LIMIT = 2000;
const compiledCache = new Map<string, ExprResult<CompiledPath>>();

/** Compile (and cache by text) a path in full `path` mode. */
export function compilePath(path: string | JsonPathAst): ExprResult<CompiledPath> {
  if (typeof path !== 'string') return { ok: true, value: compileAst(path) };
  const cached = compiledCache.get(path);
  if (cached !== undefined) return cached;
  const parsed = parseJsonPath(path, { mode: 'path' });
  const result: ExprResult<CompiledPath> = parsed.ok ? { ok: true, value: compileAst(parsed.value) } : parsed;
  if (compiledCache.size >= CACHE_LIMIT) compiledCache.clear();
  compiledCache.set(path, result);
  return result;
}

function compileAst(ast: JsonPathAst): CompiledPath {
  const upstreamDefinite: boolean[] = [];
  const prefixes: string[] = [];
  let definite = true;
  let text = '$';
  ast.segments.forEach((segment, index) => {
    upstreamDefinite.push(definite);
    prefixes.push(text);
    const leaf = index === ast.segments.length - 1;
    const segmentDefinite =
      !segment.deep &&
      ((segment.selector.kind === 'name' && (segment.selector.names.length === 1 || leaf)) ||
        (segment.selector.kind === 'index' && segment.selector.indexes.length === 1) ||
        segment.selector.kind === 'function');
    definite = definite && segmentDefinite;
    text += fragmentText(segment);
  });
  prefixes.push(text);
  return { ast, upstreamDefinite, prefixes };
}

function fragmentText(segment: PathSegment): string {
  const { selector } = segment;
  const scan = segment.deep ? '..' : '';
  switch (selector.kind) {
    case 'name':
      return `${scan}[${selector.names.map((name) => `'${name}'`).join(',')}]`;
    case 'index':
      return `${scan}[${selector.indexes.join(',')}]`;
    case 'slice':
      return `${scan}[${selector.start ?? ''}:${selector.end ?? ''}]`;
    case 'wildcard':
      return `${scan}[*]`;
    case 'filter':
      return `${scan}[?]`;
    case 'function':
      return `${scan}.${selector.name}()`;
  }
}

/** Jayway's normalized form of a path, e.g. `$['a'][0]['b']` (as AWS quotes in causes). */
export function formatJaywayPath(path: string | JsonPathAst): string {
  const compiled = compilePath(path);
  if (!compiled.ok) return typeof path === 'string' ? path : path.text;
  return compiled.value.prefixes[compiled.value.prefixes.length - 1] ?? '$';
}

/** Evaluate a path (text, compiled and cached; or an AST from parseJsonPath). */
export function evaluatePath(path: string | JsonPathAst, input: JsonValue, env: EvalEnv = {}): ExprResult<JsonValue> {
  const compiled = compilePath(path);
  if (!compiled.ok) return { ok: false, error: { ...compiled.error, code: 'States.Runtime' } };
  return evaluateCompiled(compiled.value, input, env);
}

export function rootValue(ast: JsonPathAst, input: JsonValue, env: EvalEnv): ExprResult<JsonValue> {
  switch (ast.root.kind) {
    case 'input':
      return { ok: true, value: input };
    case 'context':
      return { ok: true, value: env.context ?? {} };
    case 'variable': {
      const { name } = ast.root;
      const variables = env.variables;
      if (variables === undefined || !hasOwn(variables, name)) {
        return { ok: false, error: { code: 'States.Runtime', message: `The variable '$${name}' is not defined.` } };
      }
      return { ok: true, value: variables[name] as JsonValue };
    }
  }
}

export function evaluateCompiled(compiled: CompiledPath, input: JsonValue, env: EvalEnv): ExprResult<JsonValue> {
  const root = rootValue(compiled.ast, input, env);
  if (!root.ok) return root;
  // AWS never fails an indefinite path (recorded: `$.items[*]` on `{}` gives []), so those run silently.
  const walker = new Walker(compiled, root.value, !compiled.ast.definite);
  try {
    walker.walk(0, root.value);
  } catch (caught) {
    if (caught instanceof PathNotFound) return { ok: false, error: { code: 'States.Runtime', message: caught.message } };
    if (caught instanceof RangeError) {
      return { ok: false, error: { code: 'States.Runtime', message: 'The path evaluation exceeded the maximum depth.' } };
    }
    throw caught;
  }
  if (compiled.ast.definite) {
    if (walker.out.length === 0) {
      return { ok: false, error: { code: 'States.Runtime', message: `No results for path: ${compiled.prefixes[compiled.prefixes.length - 1] ?? '$'}` } };
    }
    return { ok: true, value: walker.out[0] as JsonValue };
  }
  return { ok: true, value: walker.out };
}

const operandCache = new WeakMap<JsonPathAst, CompiledPath>();
const simpleNamesCache = new WeakMap<JsonPathAst, string[] | null>();

function compiledOperand(path: JsonPathAst): CompiledPath {
  let compiled = operandCache.get(path);
  if (compiled === undefined) {
    compiled = compileAst(path);
    operandCache.set(path, compiled);
  }
  return compiled;
}

/** The names of a path made only of single-name steps (`@.a.b`), else null. */
function simpleNames(path: JsonPathAst): string[] | null {
  let names = simpleNamesCache.get(path);
  if (names === undefined) {
    names = path.segments.every((segment) => !segment.deep && segment.selector.kind === 'name' && segment.selector.names.length === 1)
      ? path.segments.map((segment) => (segment.selector.kind === 'name' ? (segment.selector.names[0] as string) : ''))
      : null;
    simpleNamesCache.set(path, names);
  }
  return names;
}

/** Marker for "no value" in filter operands (Jayway's UNDEFINED). */
const UNDEFINED = Symbol('undefined');
type Operand = JsonValue | typeof UNDEFINED;

class Walker {
  readonly out: JsonValue[] = [];
  readonly segments: readonly PathSegment[];
  readonly last: number;
  constructor(
    readonly compiled: CompiledPath,
    /** `$` inside filters. */
    readonly root: JsonValue,
    /** Swallow every PathNotFound (indefinite paths, filter sub-paths). */
    readonly silentAll: boolean,
    /** Evaluating an operand inside a filter: nothing fails. */
    readonly insideFilter = false,
  ) {
    this.segments = compiled.ast.segments;
    this.last = this.segments.length - 1;
  }

  strict(index: number): boolean {
    return !this.silentAll && this.compiled.upstreamDefinite[index] === true;
  }

  walk(index: number, node: JsonValue): void {
    if (index > this.last) {
      this.out.push(node);
      return;
    }
    const segment = this.segments[index] as PathSegment;
    if (segment.deep) this.scan(index, segment, node);
    else this.apply(index, segment, node, this.strict(index));
  }

  apply(index: number, segment: PathSegment, node: JsonValue, strict: boolean): void {
    const { selector } = segment;
    switch (selector.kind) {
      case 'name': {
        if (!isJsonObject(node)) {
          if (strict) {
            const fragment = `[${selector.names.map((name) => `'${name}'`).join(',')}]`;
            throw new PathNotFound(
              `Expected to find an object with property ${fragment} in path ${this.compiled.prefixes[index] ?? '$'} but found '${javaClassName(node)}'. This is not a json object according to the JsonProvider: '${JSON_PROVIDER}'.`,
            );
          }
          return;
        }
        const { names } = selector;
        if (names.length === 1) {
          const name = names[0] as string;
          if (hasOwn(node, name)) this.walk(index + 1, node[name] as JsonValue);
          else if (index !== this.last && strict) {
            throw new PathNotFound(`Missing property in path ${this.compiled.prefixes[index] ?? '$'}['${name}']`);
          }
          return;
        }
        if (index === this.last) {
          const merged: JsonObject = {};
          for (const name of names) if (hasOwn(node, name)) merged[name] = node[name] as JsonValue;
          this.out.push(merged);
          return;
        }
        for (const name of names) if (hasOwn(node, name)) this.walk(index + 1, node[name] as JsonValue);
        return;
      }
      case 'index': {
        if (!this.checkArray(index, segment, node, strict)) return;
        const array = node as JsonValue[];
        for (const raw of selector.indexes) this.visitIndex(index, array, raw);
        return;
      }
      case 'slice': {
        if (!this.checkArray(index, segment, node, strict)) return;
        const array = node as JsonValue[];
        const length = array.length;
        if (length === 0) return;
        const { start, end } = selector;
        if (end === null) {
          let from = start ?? 0;
          if (from < 0) from = length + from;
          from = Math.max(0, from);
          for (let i = from; i < length; i++) this.visitIndex(index, array, i);
        } else if (start === null) {
          let to = end;
          if (to < 0) to = length + to;
          to = Math.min(length, to);
          for (let i = 0; i < to; i++) this.visitIndex(index, array, i);
        } else {
          const to = Math.min(length, end);
          for (let i = start; i < to; i++) this.visitIndex(index, array, i);
        }
        return;
      }
      case 'wildcard': {
        if (Array.isArray(node)) {
          for (const item of node) this.walk(index + 1, item);
        } else if (isJsonObject(node)) {
          for (const key of Object.keys(node)) this.walk(index + 1, node[key] as JsonValue);
        }
        return;
      }
      case 'function':
        // Path functions never yield a value in Step Functions.
        return;
      case 'filter': {
        if (Array.isArray(node)) {
          for (const item of node) if (this.test(selector.expression, item)) this.walk(index + 1, item);
        } else if (isJsonObject(node)) {
          if (this.test(selector.expression, node)) this.walk(index + 1, node);
        } else if (!this.insideFilter && this.compiled.upstreamDefinite[index] === true) {
          // Jayway raises InvalidPathException here, which indefinite paths do not swallow (checked with Jayway).
          throw new PathNotFound(`Filter: [?] can not be applied to primitives. Current context is: ${javaText(node)}`);
        }
        return;
      }
    }
  }

  visitIndex(index: number, array: JsonValue[], raw: number): void {
    const effective = raw < 0 ? array.length + raw : raw;
    if (effective >= 0 && effective < array.length) this.walk(index + 1, array[effective] as JsonValue);
  }

  checkArray(index: number, segment: PathSegment, node: JsonValue, strict: boolean): boolean {
    if (Array.isArray(node)) return true;
    if (!strict) return false;
    if (node === null) throw new PathNotFound(`The path ${this.compiled.prefixes[index] ?? '$'} is null`);
    throw new PathNotFound(`Filter: ${fragmentText({ ...segment, deep: false })} can only be applied to arrays. Current context is: ${javaText(node)}`);
  }

  /** Deep scan: the selector on every container, pre-order, where Jayway's scan predicate matches. */
  scan(index: number, segment: PathSegment, node: JsonValue): void {
    if (isJsonObject(node)) {
      if (this.scanMatches(segment, node)) this.apply(index, segment, node, false);
      for (const key of Object.keys(node)) this.scan(index, segment, node[key] as JsonValue);
    } else if (Array.isArray(node)) {
      if (this.scanMatches(segment, node)) this.apply(index, segment, node, false);
      for (const item of node) this.scan(index, segment, item);
    }
  }

  scanMatches(segment: PathSegment, node: JsonObject | JsonValue[]): boolean {
    const { selector } = segment;
    switch (selector.kind) {
      case 'name':
        return !Array.isArray(node) && selector.names.every((name) => hasOwn(node, name));
      case 'index':
      case 'slice':
        return Array.isArray(node);
      case 'wildcard':
        return true;
      case 'filter':
        return Array.isArray(node) ? this.test(selector.expression, node) : true;
      case 'function':
        return false;
    }
  }

  // ---- filters --------------------------------------------------------------------------------------
  test(expression: FilterExpression, current: JsonValue): boolean {
    switch (expression.kind) {
      case 'and':
        return this.test(expression.left, current) && this.test(expression.right, current);
      case 'or':
        return this.test(expression.left, current) || this.test(expression.right, current);
      case 'not':
        return !this.test(expression.operand, current);
      case 'exists': {
        const { operand } = expression;
        if (operand.kind === 'path') return this.operandValue(operand, current) !== UNDEFINED;
        if (operand.kind === 'literal') return operand.value === true;
        return false;
      }
      case 'compare':
        return this.compare(expression.operator, expression.left, expression.right, current);
    }
  }

  operandValue(operand: FilterOperand, current: JsonValue): Operand {
    if (operand.kind === 'literal') return operand.value;
    if (operand.kind === 'regex') return UNDEFINED;
    const segments = operand.path.segments;
    const last = segments[segments.length - 1];
    if (last !== undefined && last.selector.kind === 'function') {
      // Inside filters Jayway applies path functions to what the rest of the path selects.
      const rest = { ...operand.path, segments: segments.slice(0, -1) };
      const target = this.operandValue({ ...operand, path: functionTarget(operand.path, rest) }, current);
      return applyPathFunction(last.selector.name, target);
    }
    const start = operand.relative ? current : this.root;
    const names = simpleNames(operand.path);
    if (names !== null) {
      // Fast path for `@.a.b`: plain property lookups.
      let node: JsonValue = start;
      for (const name of names) {
        if (!isJsonObject(node) || !hasOwn(node, name)) return UNDEFINED;
        node = node[name] as JsonValue;
      }
      return node;
    }
    const compiled = compiledOperand(operand.path);
    const walker = new Walker(compiled, this.root, true, true);
    try {
      walker.walk(0, start);
    } catch (caught) {
      if (caught instanceof PathNotFound) return UNDEFINED;
      throw caught;
    }
    if (operand.path.definite) return walker.out.length === 0 ? UNDEFINED : (walker.out[0] as JsonValue);
    return walker.out;
  }

  compare(operator: string, leftOperand: FilterOperand, rightOperand: FilterOperand, current: JsonValue): boolean {
    const left = this.operandValue(leftOperand, current);
    if (operator === '=~') {
      if (rightOperand.kind !== 'regex') return false;
      const text =
        typeof left === 'string' ? left : typeof left === 'number' ? javaNumberText(left) : typeof left === 'boolean' ? String(left) : null;
      return text !== null && regexFor(rightOperand).test(text);
    }
    const right = this.operandValue(rightOperand, current);
    switch (operator) {
      case '==':
        return filterEquals(left, right);
      case '!=':
        return !filterEquals(left, right);
      case '<':
      case '<=':
      case '>':
      case '>=': {
        if (typeof left === 'number' && typeof right === 'number') return order(operator, left - right);
        if (typeof left === 'string' && typeof right === 'string') return order(operator, left < right ? -1 : left > right ? 1 : 0);
        return false;
      }
      case 'in':
        return Array.isArray(right) && right.some((item) => filterEquals(left, item));
      case 'nin':
        return !(Array.isArray(right) && right.some((item) => filterEquals(left, item)));
      case 'subsetof':
        return Array.isArray(left) && Array.isArray(right) && left.every((item) => right.some((other) => filterEquals(item, other)));
      case 'anyof':
        return Array.isArray(left) && Array.isArray(right) && left.some((item) => right.some((other) => filterEquals(item, other)));
      case 'noneof':
        return Array.isArray(left) && Array.isArray(right) && !left.some((item) => right.some((other) => filterEquals(item, other)));
      case 'size': {
        // Strings and arrays only (checked with Jayway: an object of the right size does not match).
        if (typeof right !== 'number') return false;
        const expected = Math.trunc(right);
        if (typeof left === 'string' || Array.isArray(left)) return left.length === expected;
        return false;
      }
      case 'empty': {
        // Strings and arrays (Jayway itself crashes on objects; they never match here).
        if (typeof right !== 'boolean') return false;
        if (typeof left === 'string' || Array.isArray(left)) return (left.length === 0) === right;
        return false;
      }
      default:
        return false;
    }
  }
}

const functionTargets = new WeakMap<JsonPathAst, JsonPathAst>();

/** The path without its trailing function, with its definiteness recomputed (cached per AST). */
function functionTarget(path: JsonPathAst, rest: JsonPathAst): JsonPathAst {
  let target = functionTargets.get(path);
  if (target === undefined) {
    target = { ...rest, definite: isDefinitePath(rest.segments) };
    functionTargets.set(path, target);
  }
  return target;
}

/** Jayway's path functions, as filters evaluate them. */
function applyPathFunction(name: string, target: Operand): Operand {
  if (target === UNDEFINED) return UNDEFINED;
  const numbers = Array.isArray(target) ? target.filter((item): item is number => typeof item === 'number') : [];
  switch (name) {
    case 'length':
    case 'size':
      if (typeof target === 'string' || Array.isArray(target)) return target.length;
      if (isJsonObject(target)) return Object.keys(target).length;
      return UNDEFINED;
    case 'min':
      return numbers.length === 0 ? UNDEFINED : Math.min(...numbers);
    case 'max':
      return numbers.length === 0 ? UNDEFINED : Math.max(...numbers);
    case 'sum':
      return numbers.reduce((sum, value) => sum + value, 0);
    case 'avg':
      return numbers.length === 0 ? UNDEFINED : numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
    case 'first':
      return Array.isArray(target) && target.length > 0 ? (target[0] as JsonValue) : UNDEFINED;
    case 'last':
      return Array.isArray(target) && target.length > 0 ? (target[target.length - 1] as JsonValue) : UNDEFINED;
    case 'keys':
      return isJsonObject(target) ? Object.keys(target) : UNDEFINED;
    default:
      return UNDEFINED;
  }
}

function order(operator: string, difference: number): boolean {
  switch (operator) {
    case '<':
      return difference < 0;
    case '<=':
      return difference <= 0;
    case '>':
      return difference > 0;
    default:
      return difference >= 0;
  }
}

const JAVA_DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Jayway's equality of value nodes: numbers and numeric strings compare as numbers; JSON deeply. */
function filterEquals(left: Operand, right: Operand): boolean {
  if (left === UNDEFINED || right === UNDEFINED) return false;
  if (typeof left === 'number') {
    if (typeof right === 'number') return left === right;
    if (typeof right === 'string') return JAVA_DECIMAL.test(right) && Number(right) === left;
    return false;
  }
  if (typeof left === 'string') {
    if (typeof right === 'string') return left === right;
    if (typeof right === 'number') return left === javaNumberText(right);
    return false;
  }
  return deepEqual(left, right);
}

export function deepEqual(left: JsonValue, right: JsonValue): boolean {
  if (left === right) return true;
  if (Array.isArray(left)) {
    return Array.isArray(right) && left.length === right.length && left.every((item, i) => deepEqual(item, right[i] as JsonValue));
  }
  if (isJsonObject(left) && isJsonObject(right)) {
    const keys = Object.keys(left);
    if (keys.length !== Object.keys(right).length) return false;
    return keys.every((key) => hasOwn(right, key) && deepEqual(left[key] as JsonValue, right[key] as JsonValue));
  }
  return false;
}

const regexCache = new WeakMap<FilterOperand, RegExp>();

/** Java's `Matcher.matches()`: the whole string must match. The `x` flag drops whitespace and comments. */
function regexFor(operand: FilterOperand & { kind: 'regex' }): RegExp {
  const cached = regexCache.get(operand);
  if (cached !== undefined) return cached;
  let source = operand.source;
  let flags = operand.flags;
  if (flags.includes('x')) {
    source = source.replace(/\\#/g, "\uE000").replace(/#[^\n]*/g, "").replace(/\s+/g, "").replace(/\uE000/g, "\\#");
    flags = flags.replace('x', '');
  }
  let regex: RegExp;
  try {
    regex = new RegExp(`^(?:${source})$`, flags);
  } catch {
    regex = /(?!)/;
  }
  regexCache.set(operand, regex);
  return regex;
}
