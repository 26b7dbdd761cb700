import { isJsonataExpression, isJsonObject, jsonataBody, type DocumentPath, type JsonValue, type PathSegment, type StateRef } from '@aslkit/core';

/**
 * Where a state holds expressions, found once per state:
 * - `jsonata`: a `{% … %}` string anywhere in a JSONata state;
 * - `path`: a JSONPath state's path field (`InputPath`, `ItemsPath`, a Choice rule's `Variable`, …);
 * - `template`: the value of a `.$` key in a payload template (`Parameters`, `Assign`, …): a path,
 *   a `$$` context path, a `$var` path or an intrinsic function call;
 * - `plain`: a string value of a template key without `.$` (for "looks like a path" rules).
 * `field` is the state's top-level field that holds the site; `path` is built on first use.
 */
export type ExpressionSite =
  | { kind: 'jsonata'; readonly path: DocumentPath; text: string; body: string; field: string; inCatch: boolean; inChoiceRule: boolean }
  | { kind: 'path'; readonly path: DocumentPath; text: string; field: string; reference: boolean }
  | { kind: 'template'; readonly path: DocumentPath; text: string; field: string; key: string }
  | { kind: 'plain'; readonly path: DocumentPath; text: string; field: string; key: string };

/**
 * A path under construction: a segment below its parent (another link, or the state's own path).
 * Walking a template makes a link per nested object, not a copied array per value; the array is
 * made only when a rule asks for a site's path (to report it).
 */
class PathLink {
  constructor(
    readonly parent: PathLink | DocumentPath,
    readonly segment: PathSegment,
  ) {}
}

function pathOf(parent: PathLink | DocumentPath, segment: PathSegment): DocumentPath {
  const tail: PathSegment[] = [segment];
  let node = parent;
  while (node instanceof PathLink) {
    tail.push(node.segment);
    node = node.parent;
  }
  const path = node.slice();
  for (let i = tail.length - 1; i >= 0; i--) path.push(tail[i] as PathSegment);
  return path;
}

/**
 * One expression site. A single class for every kind (one object shape for the rules' loops); the
 * `ExpressionSite` union is its typed view, fields that a kind does not have are left at their
 * empty values.
 */
class Site {
  private built: DocumentPath | undefined;

  constructor(
    readonly kind: ExpressionSite['kind'],
    private readonly parent: PathLink | DocumentPath,
    private readonly segment: PathSegment,
    readonly text: string,
    readonly field: string,
    readonly key: string,
    readonly reference: boolean,
    readonly body: string,
    readonly inCatch: boolean,
    readonly inChoiceRule: boolean,
  ) {}

  get path(): DocumentPath {
    this.built ??= pathOf(this.parent, this.segment);
    return this.built;
  }
}

function pathSite(parent: PathLink | DocumentPath, segment: PathSegment, text: string, field: string, reference: boolean): ExpressionSite {
  return new Site('path', parent, segment, text, field, '', reference, '', false, false) as ExpressionSite;
}

function keySite(kind: 'template' | 'plain', parent: PathLink | DocumentPath, key: string, text: string, field: string): ExpressionSite {
  return new Site(kind, parent, key, text, field, key, false, '', false, false) as ExpressionSite;
}

function jsonataSite(parent: PathLink | DocumentPath, segment: PathSegment, text: string, field: string, inCatch: boolean, inChoiceRule: boolean): ExpressionSite {
  return new Site('jsonata', parent, segment, text, field, '', false, jsonataBody(text), inCatch, inChoiceRule) as ExpressionSite;
}

/** Top-level fields of a state that hold a path (JSONPath states). Reference paths are marked. */
const PATH_FIELDS: Record<string, 'path' | 'reference'> = {
  InputPath: 'path',
  OutputPath: 'path',
  ResultPath: 'reference',
  ItemsPath: 'reference',
  SecondsPath: 'reference',
  TimestampPath: 'reference',
  // ErrorPath and CausePath also take intrinsic functions; checked as full paths.
  ErrorPath: 'path',
  CausePath: 'path',
  TimeoutSecondsPath: 'reference',
  HeartbeatSecondsPath: 'reference',
  MaxConcurrencyPath: 'reference',
  ToleratedFailureCountPath: 'reference',
  ToleratedFailurePercentagePath: 'reference',
};

/** Fields that are payload templates (their `.$` keys hold expressions). */
const TEMPLATE_FIELDS = new Set(['Parameters', 'ResultSelector', 'ItemSelector', 'Credentials', 'Assign']);

/** The fields `jsonPathSites` looks into, with how: one lookup per field of the state. */
const SITE_FIELDS = new Map<string, 'path' | 'reference' | 'template' | 'other'>([
  ...Object.entries(PATH_FIELDS),
  ...[...TEMPLATE_FIELDS].map((field) => [field, 'template'] as const),
  ...['Choices', 'Catch', 'ItemReader', 'ResultWriter', 'ItemBatcher'].map((field) => [field, 'other'] as const),
]);

/** Fields that hold nested scopes, walked as scopes of their own. */
const NESTED_SCOPE_FIELDS = new Set(['Branches', 'ItemProcessor', 'Iterator']);

/** The sites of a payload template; `at` is where `value` sits. */
function walkTemplate(value: JsonValue, at: PathLink | DocumentPath, field: string, out: ExpressionSite[]): void {
  if (Array.isArray(value)) {
    // Only objects and arrays inside arrays can hold sites; scalars get no path.
    for (let index = 0; index < value.length; index++) {
      const item = value[index];
      if (typeof item === 'object' && item !== null) walkTemplate(item, new PathLink(at, index), field, out);
    }
    return;
  }
  if (!isJsonObject(value)) return;
  for (const key in value) {
    const child = value[key] as JsonValue;
    if (typeof child === 'string') out.push(keySite(key.endsWith('.$') ? 'template' : 'plain', at, key, child, field));
    else if (typeof child === 'object' && child !== null) walkTemplate(child, new PathLink(at, key), field, out);
  }
}

function walkChoiceRule(rule: JsonValue, at: PathLink | DocumentPath, out: ExpressionSite[]): void {
  if (!isJsonObject(rule)) return;
  for (const key in rule) {
    const value = rule[key] as JsonValue;
    if (key === 'And' || key === 'Or') {
      if (Array.isArray(value)) {
        const list = new PathLink(at, key);
        for (let index = 0; index < value.length; index++) walkChoiceRule(value[index] as JsonValue, new PathLink(list, index), out);
      }
    } else if (key === 'Not') walkChoiceRule(value, new PathLink(at, key), out);
    else if (key === 'Assign') walkTemplate(value, new PathLink(at, key), 'Choices', out);
    else if ((key === 'Variable' || key.endsWith('Path')) && typeof value === 'string') out.push(pathSite(at, key, value, 'Choices', false));
  }
}

interface JsonataPlace {
  field: string;
  inCatch: boolean;
  inChoiceRule: boolean;
}

/** The `{% … %}` strings of a value; `segment` of `parent` is where `value` sits. */
function walkJsonata(value: JsonValue, parent: PathLink | DocumentPath, segment: PathSegment, place: JsonataPlace, out: ExpressionSite[]): void {
  if (typeof value === 'string') {
    if (isJsonataExpression(value)) out.push(jsonataSite(parent, segment, value, place.field, place.inCatch, place.inChoiceRule));
  } else if (Array.isArray(value)) {
    const at = new PathLink(parent, segment);
    for (let index = 0; index < value.length; index++) walkJsonata(value[index] as JsonValue, at, index, place, out);
  } else if (isJsonObject(value)) {
    const at = new PathLink(parent, segment);
    for (const key in value) walkJsonata(value[key] as JsonValue, at, key, place, out);
  }
}

const CATCH_PLACE: JsonataPlace = { field: 'Catch', inCatch: true, inChoiceRule: false };
const CHOICE_PLACE: JsonataPlace = { field: 'Choices', inCatch: false, inChoiceRule: true };

function jsonataSites(ref: StateRef): ExpressionSite[] {
  const out: ExpressionSite[] = [];
  const state = ref.state;
  for (const field in state) {
    // The states of branches and processors are StateRefs of their own.
    if (NESTED_SCOPE_FIELDS.has(field)) continue;
    const value = state[field] as JsonValue;
    if ((field === 'Catch' || field === 'Choices') && Array.isArray(value)) {
      const at = new PathLink(ref.path, field);
      const place = field === 'Catch' ? CATCH_PLACE : CHOICE_PLACE;
      for (let index = 0; index < value.length; index++) walkJsonata(value[index] as JsonValue, at, index, place, out);
    } else {
      walkJsonata(value, ref.path, field, { field, inCatch: false, inChoiceRule: false }, out);
    }
  }
  return out;
}

function jsonPathSites(ref: StateRef): ExpressionSite[] {
  const out: ExpressionSite[] = [];
  const state = ref.state;
  for (const field in state) {
    // Most fields (Type, Next, Resource, Comment, …) hold no expression.
    const kind = SITE_FIELDS.get(field);
    if (kind === undefined) continue;
    const value = state[field] as JsonValue;
    if (kind === 'path' || kind === 'reference') {
      if (typeof value === 'string') out.push(pathSite(ref.path, field, value, field, kind === 'reference'));
    } else if (kind === 'template') {
      walkTemplate(value, new PathLink(ref.path, field), field, out);
    } else if (field === 'Choices' && Array.isArray(value)) {
      const at = new PathLink(ref.path, field);
      for (let index = 0; index < value.length; index++) walkChoiceRule(value[index] as JsonValue, new PathLink(at, index), out);
    } else if (field === 'Catch' && Array.isArray(value)) {
      const at = new PathLink(ref.path, field);
      for (let index = 0; index < value.length; index++) {
        const catcher = value[index];
        if (!isJsonObject(catcher)) continue;
        const resultPath = catcher['ResultPath'];
        const assign = catcher['Assign'];
        if (typeof resultPath !== 'string' && assign === undefined) continue;
        const catcherAt = new PathLink(at, index);
        if (typeof resultPath === 'string') out.push(pathSite(catcherAt, 'ResultPath', resultPath, 'Catch', true));
        if (assign !== undefined) walkTemplate(assign, new PathLink(catcherAt, 'Assign'), 'Catch', out);
      }
    } else if ((field === 'ItemReader' || field === 'ResultWriter') && isJsonObject(value)) {
      const at = new PathLink(ref.path, field);
      if (value['Parameters'] !== undefined) walkTemplate(value['Parameters'], new PathLink(at, 'Parameters'), field, out);
      const config = value['ReaderConfig'];
      if (isJsonObject(config) && typeof config['MaxItemsPath'] === 'string') {
        out.push(pathSite(new PathLink(at, 'ReaderConfig'), 'MaxItemsPath', config['MaxItemsPath'], field, true));
      }
    } else if (field === 'ItemBatcher' && isJsonObject(value)) {
      const at = new PathLink(ref.path, field);
      for (const key of ['MaxItemsPerBatchPath', 'MaxInputBytesPerBatchPath']) {
        const text = value[key];
        if (typeof text === 'string') out.push(pathSite(at, key, text, field, true));
      }
      if (value['BatchInput'] !== undefined) walkTemplate(value['BatchInput'], new PathLink(at, 'BatchInput'), field, out);
    }
  }
  return out;
}
/**
 * Every expression of a state (not of the states nested in its branches or processor). The analysis
 * finds them once per run and keeps them in the state's `StateFacts` (`facts.sites`).
 */
export function findExpressionSites(ref: StateRef): ExpressionSite[] {
  return ref.queryLanguage === 'JSONata' ? jsonataSites(ref) : jsonPathSites(ref);
}

/**
 * Whether a text holds a template placeholder that a deployment tool fills in (`${Name}` of
 * CloudFormation/SAM/Terraform, `%NAME%` of test templates): such text cannot be checked as written.
 */
export function hasPlaceholder(text: string): boolean {
  return text.includes('${') || (text.includes('%') && /%[A-Z][A-Z0-9_]*%/.test(text));
}

/** The value at a path inside a JSON value (undefined when the path leads nowhere). */
export function valueAt(root: JsonValue, path: DocumentPath): JsonValue | undefined {
  let node: JsonValue | undefined = root;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isJsonObject(node) && typeof segment === 'string' && Object.prototype.hasOwnProperty.call(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}
