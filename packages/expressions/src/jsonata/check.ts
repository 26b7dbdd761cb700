import jsonata from 'jsonata';
import type { ExprNode } from 'jsonata';
import type { ExprFinding, ExprResult, JsonataCheckOptions } from '../types.js';
import { findJsonataFunction } from './catalogue.js';
import { describeJsonataError } from './errors.js';

/** Offsets of the JSONata 2.1 operators `??` and `?:`, outside strings and comments. */
function findUnsupportedOperators(body: string): { operator: string; offset: number }[] {
  const found: { operator: string; offset: number }[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      for (i++; i < body.length && body[i] !== ch; i++) if (body[i] === '\\') i++;
      continue;
    }
    if (ch === '/' && body[i + 1] === '*') {
      const end = body.indexOf('*/', i + 2);
      i = end === -1 ? body.length : end + 1;
      continue;
    }
    if (ch === '?' && (body[i + 1] === '?' || body[i + 1] === ':')) {
      found.push({ operator: `?${body[i + 1]}`, offset: i });
      i++;
    }
  }
  return found;
}

interface JsonataSyntaxError {
  message: string;
  offset: number;
  length: number;
}

function syntaxErrorOf(caught: unknown, body: string): JsonataSyntaxError {
  const error = (typeof caught === 'object' && caught !== null ? caught : {}) as { position?: unknown; token?: unknown };
  const token = typeof error.token === 'string' ? error.token : '';
  const position = typeof error.position === 'number' ? error.position : body.length;
  const length = Math.max(1, token.length);
  const offset = Math.max(0, Math.min(body.length, position - token.length));
  return { message: describeJsonataError(caught), offset, length };
}

const parseCache = new Map<string, ExprResult<ExprNode>>();

/** Parse the body of `{% … %}` with jsonata 2.0.6 (plus the rejection of `??`/`?:`). Errors carry offsets. */
export function parseJsonata(body: string): ExprResult<ExprNode> {
  const cached = parseCache.get(body);
  if (cached !== undefined) return cached;
  let result: ExprResult<ExprNode>;
  const unsupported = findUnsupportedOperators(body)[0];
  if (unsupported !== undefined) {
    result = {
      ok: false,
      error: {
        code: 'SyntaxError',
        message: `The operator '${unsupported.operator}' is not supported: Step Functions implements JSONata 2.0, which has no '??' or '?:' operators.`,
        offset: unsupported.offset,
        length: 2,
      },
    };
  } else if (body.trim() === '') {
    result = { ok: false, error: { code: 'SyntaxError', message: 'The JSONata expression is empty.', offset: 0, length: Math.max(1, body.length) } };
  } else {
    try {
      result = { ok: true, value: jsonata(body).ast() };
    } catch (caught) {
      const error = syntaxErrorOf(caught, body);
      result = { ok: false, error: { code: 'SyntaxError', ...error } };
    }
  }
  if (parseCache.size > 1000) parseCache.clear();
  parseCache.set(body, result);
  return result;
}

/**
 * Static checks of a JSONata body: `jsonata.syntax`, `jsonata.unknownFunction`, `jsonata.arity`,
 * `jsonata.eval` ($eval unavailable), `jsonata.unsupportedOperator` (`??`, `?:`), `jsonata.statesResult`,
 * `jsonata.statesErrorOutput`, `jsonata.fieldReference` (top-level field name, reads nothing in ASL),
 * `jsonata.contextReference` (`$$`).
 */
export function checkJsonata(body: string, options: JsonataCheckOptions = {}): ExprFinding[] {
  const unsupported = findUnsupportedOperators(body);
  if (unsupported.length > 0) {
    return unsupported.map(({ operator, offset }) => ({
      code: 'jsonata.unsupportedOperator',
      severity: 'error' as const,
      message: `The operator '${operator}' is not supported: Step Functions implements JSONata 2.0, which has no '??' or '?:' operators.`,
      offset,
      length: 2,
    }));
  }
  const parsed = parseJsonata(body);
  if (!parsed.ok) {
    const { message, offset = 0, length = 1 } = parsed.error;
    return [{ code: 'jsonata.syntax', severity: 'error', message, offset, length }];
  }
  const findings: ExprFinding[] = [];
  const locallyBound = new Set<string>();
  collectBindings(parsed.value, locallyBound);
  visit(parsed.value, true, { body, options, findings, locallyBound });
  return findings;
}

interface VisitContext {
  body: string;
  options: JsonataCheckOptions;
  findings: ExprFinding[];
  locallyBound: Set<string>;
}

type Node = ExprNode & {
  position?: number;
  predicate?: Node[];
  stages?: Node[];
  group?: { lhsOrRhs?: unknown; lhs?: [Node, Node][] };
  condition?: Node;
  then?: Node;
  else?: Node;
  pattern?: Node;
  update?: Node;
  delete?: Node;
  body?: Node;
  expr?: Node;
  arguments?: Node[];
  lhs?: Node | Node[] | [Node, Node][];
  rhs?: Node;
  steps?: Node[];
  expressions?: Node[];
  procedure?: Node;
  focus?: string;
  index?: string;
  tuple?: boolean;
};

/** Names assigned with `:=` or used as lambda parameters anywhere in the expression. */
function collectBindings(node: unknown, names: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectBindings(item, names);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const n = node as Node;
  if (n.type === 'bind' as string && isNode(n.lhs) && n.lhs.type === 'variable') names.add(String(n.lhs.value));
  if (n.type === 'lambda' && Array.isArray(n.arguments)) for (const arg of n.arguments) if (arg.type === 'variable') names.add(String(arg.value));
  if (typeof n.focus === 'string') names.add(n.focus);
  if (typeof n.index === 'string') names.add(n.index);
  for (const key of Object.keys(n)) {
    if (key === 'position' || key === 'value' || key === 'type') continue;
    collectBindings((n as unknown as Record<string, unknown>)[key], names);
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Node).type === 'string';
}

/** Start offset of a node: jsonata positions point just after the token. */
function spanOf(node: Node, text: string): { offset: number; length: number } {
  const end = typeof node.position === 'number' ? node.position : 0;
  return { offset: Math.max(0, end - text.length), length: Math.max(1, text.length) };
}

function report(context: VisitContext, code: string, severity: 'error' | 'warning', message: string, span: { offset: number; length: number }): void {
  context.findings.push({ code, severity, message, ...span });
}

/** `root`: the node is evaluated against the expression's own input (where bare field names read nothing). */
function visit(node: unknown, root: boolean, context: VisitContext): void {
  if (Array.isArray(node)) {
    for (const item of node) visit(item, root, context);
    return;
  }
  if (!isNode(node)) return;
  const n = node;
  switch (n.type as string) {
    case 'path': {
      const steps = n.steps ?? [];
      checkStatesPath(steps, context);
      steps.forEach((step, index) => visit(step, root && index === 0, context));
      return;
    }
    case 'name':
      if (root) {
        report(context, 'jsonata.fieldReference', 'warning', `The field reference '${String(n.value)}' reads the expression's input, which is empty in Step Functions; use $states.input.${String(n.value)}.`, spanOf(n, String(n.value)));
      }
      visitChildren(n, context);
      return;
    case 'variable':
      if (n.value === '$') {
        report(context, 'jsonata.contextReference', 'warning', "'$$' refers to the expression's input, which is empty in Step Functions; use $states.input or $states.context.", spanOf(n, '$$'));
      }
      visitChildren(n, context);
      return;
    case 'function':
    case 'partial': {
      const procedure = n.procedure;
      if (procedure?.type === 'variable' && typeof procedure.value === 'string') checkCall(n, procedure, context);
      visit(procedure, root, context);
      visit(n.arguments, root, context);
      visitChildren(n, context, ['procedure', 'arguments']);
      return;
    }
    case 'lambda':
      visit(n.body, false, context);
      return;
    case 'apply':
      // `x ~> $f(a)` calls $f(x, a): one more argument than written.
      if (n.value === '~>' && isNode(n.rhs) && n.rhs.type === 'function') chained.add(n.rhs);
      visitChildrenWithRoot(n, root, context);
      return;
    default:
      visitChildrenWithRoot(n, root, context);
  }
}

/** Predicates, stages and group expressions are evaluated in another context: not root. */
function visitChildren(n: Node, context: VisitContext, skip: string[] = []): void {
  for (const key of ['predicate', 'stages', 'group'] as const) if (!skip.includes(key)) visit(key === 'group' ? n.group?.lhs : n[key], false, context);
}

function visitChildrenWithRoot(n: Node, root: boolean, context: VisitContext): void {
  for (const key of Object.keys(n)) {
    if (key === 'position' || key === 'value' || key === 'type' || key === 'predicate' || key === 'stages' || key === 'group') continue;
    visit((n as unknown as Record<string, unknown>)[key], root, context);
  }
  visitChildren(n, context);
}

function checkStatesPath(steps: Node[], context: VisitContext): void {
  const first = steps[0];
  const second = steps[1];
  if (first?.type !== 'variable' || first.value !== 'states' || second?.type !== 'name') return;
  if (second.value === 'result' && context.options.allowResult !== true) {
    report(context, 'jsonata.statesResult', 'error', '$states.result is only available in the Output and Assign of Task, Map and Parallel states.', spanOf(second, 'result'));
  }
  if (second.value === 'errorOutput' && context.options.allowErrorOutput !== true) {
    report(context, 'jsonata.statesErrorOutput', 'error', "$states.errorOutput is only available in a Catcher's Output and Assign.", spanOf(second, 'errorOutput'));
  }
}

/** Function calls on the right of `~>`. */
const chained = new WeakSet<object>();

function checkCall(call: Node, procedure: Node, context: VisitContext): void {
  const name = String(procedure.value);
  const span = spanOf(procedure, `$${name}`);
  if (name === 'eval') {
    report(context, 'jsonata.eval', 'error', 'The function $eval is not available in Step Functions.', span);
    return;
  }
  if (context.locallyBound.has(name)) return;
  const info = findJsonataFunction(name);
  if (info === undefined) {
    report(context, 'jsonata.unknownFunction', 'error', `Unknown function '$${name}'.`, span);
    return;
  }
  if (call.type === 'partial') return;
  const count = (call.arguments?.length ?? 0) + (chained.has(call) ? 1 : 0);
  if (count < info.minArgs || (info.maxArgs !== null && count > info.maxArgs)) {
    const expected = info.maxArgs === null ? `at least ${info.minArgs}` : info.minArgs === info.maxArgs ? `${info.minArgs}` : `${info.minArgs} to ${info.maxArgs}`;
    report(context, 'jsonata.arity', 'error', `${info.name} expects ${expected} argument(s), but got ${count}.`, span);
  }
}
