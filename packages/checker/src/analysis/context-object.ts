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

/**
 * Where a `$$…` path leaves the documented context object: the first unknown field and the fields
 * that exist at that level, or undefined when the path is known (or too dynamic to tell).
 */
export function unknownContextField(text: string): { field: string; parent: string; known: string[] } | undefined {
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
