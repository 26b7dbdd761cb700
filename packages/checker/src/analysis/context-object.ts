/**
 * The shape of the context object (`$$` in JSONPath, `$states.context` in JSONata), as the developer
 * guide documents it. `true` marks a leaf whose contents are free-form (anything may follow).
 */
type Shape = { [field: string]: Shape | true | false };

export const CONTEXT_OBJECT_SHAPE: Shape = {
  Execution: {
    Id: false,
    Input: true,
    Name: false,
    RoleArn: false,
    StartTime: false,
    RedriveCount: false,
    RedriveTime: false,
  },
  State: { EnteredTime: false, Name: false, RetryCount: false },
  StateMachine: { Id: false, Name: false },
  Task: { Token: false },
  Map: { Item: { Index: false, Value: true, Key: false, Source: false } },
};

/** Splits `$$.A.B['c'][0]` into its names (indexes and wildcards stop the walk). */
function contextPathNames(text: string): { names: string[]; exact: boolean } {
  const names: string[] = [];
  let rest = text.slice(2);
  while (rest.length > 0) {
    const dotName = /^\.([^.[\]\s]+)/.exec(rest);
    const bracketName = /^\[\s*'([^']*)'\s*\]/.exec(rest);
    const match = dotName ?? bracketName;
    if (!match) return { names, exact: false };
    names.push(match[1] as string);
    rest = rest.slice(match[0].length);
  }
  return { names, exact: true };
}

/** A field a context path names that the context object does not have, and the fields it has there. */
export interface UnknownContextField {
  field: string;
  /** The path up to the field (`$$.Execution`). */
  parent: string;
  known: string[];
}

/**
 * Where a `$$…` path leaves the documented context object: the first unknown field and the fields
 * that exist at that level, or undefined when the path is known (or too dynamic to tell).
 */
export function unknownContextField(text: string): UnknownContextField | undefined {
  if (!text.startsWith('$$')) return undefined;
  const { names } = contextPathNames(text.trim());
  let shape: Shape | true | false = CONTEXT_OBJECT_SHAPE;
  const walked: string[] = [];
  for (const name of names) {
    if (shape === true) return undefined;
    if (shape === false) return { field: name, parent: ['$$', ...walked].join('.'), known: [] };
    const next: Shape | true | false | undefined = Object.prototype.hasOwnProperty.call(shape, name) ? shape[name] : undefined;
    if (next === undefined) return { field: name, parent: ['$$', ...walked].join('.'), known: Object.keys(shape) };
    walked.push(name);
    shape = next;
  }
  return undefined;
}

const CONTEXT_PATH = /\$\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\['[^']*'\])*/g;
const JSONATA_CONTEXT = /\$states\.context((?:\.[A-Za-z_][A-Za-z0-9_]*)*)/g;
const NO_UNKNOWN_FIELDS: readonly UnknownContextField[] = Object.freeze([]);
/** Answers by text, one Map for JSONPath texts and one for JSONata bodies (the same paths recur across definitions). */
const unknownFieldsByText = [new Map<string, readonly UnknownContextField[]>(), new Map<string, readonly UnknownContextField[]>()] as const;

/**
 * The unknown fields named by the context paths in an expression: `$$…` paths in a JSONPath path or
 * template value, `$states.context…` in a JSONata body (reported as `$$…`). One entry per path that
 * leaves the context object; remembered by text (callers only read the answer).
 */
export function unknownContextFieldsIn(text: string, jsonata: boolean): readonly UnknownContextField[] {
  const cache = unknownFieldsByText[jsonata ? 1 : 0];
  let found = cache.get(text);
  if (found) return found;
  const unknown: UnknownContextField[] = [];
  if (jsonata) {
    for (const match of text.matchAll(JSONATA_CONTEXT)) {
      const field = unknownContextField(`$$${match[1] ?? ''}`);
      if (field) unknown.push(field);
    }
  } else {
    for (const match of text.matchAll(CONTEXT_PATH)) {
      const field = unknownContextField(match[0]);
      if (field) unknown.push(field);
    }
  }
  found = unknown.length === 0 ? NO_UNKNOWN_FIELDS : unknown;
  if (cache.size >= 5_000) cache.clear();
  cache.set(text, found);
  return found;
}
