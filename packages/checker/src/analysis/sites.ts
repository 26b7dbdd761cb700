import { runCache } from './run-cache.js';
import { isJsonataExpression, isJsonObject, jsonataBody, type DocumentPath, type JsonValue, type StateRef } from '@aslkit/core';

/**
 * Where a state holds expressions, found once per state:
 * - `jsonata`: a `{% … %}` string anywhere in a JSONata state;
 * - `path`: a JSONPath state's path field (`InputPath`, `ItemsPath`, a Choice rule's `Variable`, …);
 * - `template`: the value of a `.$` key in a payload template (`Parameters`, `Assign`, …): a path,
 *   a `$$` context path, a `$var` path or an intrinsic function call;
 * - `plain`: a string value of a template key without `.$` (for "looks like a path" rules).
 */
export type ExpressionSite =
  | { kind: 'jsonata'; path: DocumentPath; text: string; body: string; field: string; inCatch: boolean; inChoiceRule: boolean }
  | { kind: 'path'; path: DocumentPath; text: string; field: string; reference: boolean }
  | { kind: 'template'; path: DocumentPath; text: string; field: string; key: string }
  | { kind: 'plain'; path: DocumentPath; text: string; field: string; key: string };

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

/** The fields `jsonPathSites` looks into. */
const SITE_FIELDS = new Set([...Object.keys(PATH_FIELDS), ...TEMPLATE_FIELDS, 'Choices', 'Catch', 'ItemReader', 'ResultWriter', 'ItemBatcher']);

/** Fields that hold nested scopes, walked as scopes of their own. */
const NESTED_SCOPE_FIELDS = new Set(['Branches', 'ItemProcessor', 'Iterator']);

function walkTemplate(value: JsonValue, path: DocumentPath, field: string, out: ExpressionSite[]): void {
  if (Array.isArray(value)) {
    // Only objects and arrays inside arrays can hold sites; scalars get no path.
    value.forEach((item, index) => {
      if (typeof item === 'object' && item !== null) walkTemplate(item, [...path, index], field, out);
    });
    return;
  }
  if (!isJsonObject(value)) return;
  for (const key in value) {
    const child = value[key] as JsonValue;
    if (typeof child !== 'string' && (typeof child !== 'object' || child === null)) continue;
    const childPath = [...path, key];
    if (key.endsWith('.$') && typeof child === 'string') out.push({ kind: 'template', path: childPath, text: child, field, key });
    else if (typeof child === 'string') out.push({ kind: 'plain', path: childPath, text: child, field, key });
    else walkTemplate(child, childPath, field, out);
  }
}

function walkChoiceRule(rule: JsonValue, path: DocumentPath, out: ExpressionSite[]): void {
  if (!isJsonObject(rule)) return;
  for (const [key, value] of Object.entries(rule)) {
    if (key === 'And' || key === 'Or') {
      if (Array.isArray(value)) value.forEach((inner, index) => walkChoiceRule(inner, [...path, key, index], out));
    } else if (key === 'Not') walkChoiceRule(value, [...path, key], out);
    else if (key === 'Assign') walkTemplate(value, [...path, key], 'Choices', out);
    else if ((key === 'Variable' || key.endsWith('Path')) && typeof value === 'string') {
      out.push({ kind: 'path', path: [...path, key], text: value, field: 'Choices', reference: false });
    }
  }
}

function walkJsonata(value: JsonValue, path: DocumentPath, field: string, flags: { inCatch: boolean; inChoiceRule: boolean }, out: ExpressionSite[]): void {
  if (typeof value === 'string') {
    if (isJsonataExpression(value)) out.push({ kind: 'jsonata', path, text: value, body: jsonataBody(value), field, ...flags });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => walkJsonata(item, [...path, index], field, flags, out));
  } else if (isJsonObject(value)) {
    for (const [key, child] of Object.entries(value)) walkJsonata(child, [...path, key], field, flags, out);
  }
}

function jsonataSites(ref: StateRef): ExpressionSite[] {
  const out: ExpressionSite[] = [];
  for (const [field, value] of Object.entries(ref.state)) {
    // The states of branches and processors are StateRefs of their own.
    if (NESTED_SCOPE_FIELDS.has(field)) continue;
    const fieldPath = [...ref.path, field];
    if (field === 'Catch' && Array.isArray(value)) {
      value.forEach((catcher, index) => walkJsonata(catcher, [...fieldPath, index], field, { inCatch: true, inChoiceRule: false }, out));
    } else if (field === 'Choices' && Array.isArray(value)) {
      value.forEach((rule, index) => walkJsonata(rule, [...fieldPath, index], field, { inCatch: false, inChoiceRule: true }, out));
    } else {
      walkJsonata(value, fieldPath, field, { inCatch: false, inChoiceRule: false }, out);
    }
  }
  return out;
}

function jsonPathSites(ref: StateRef): ExpressionSite[] {
  const out: ExpressionSite[] = [];
  const state = ref.state;
  for (const field in state) {
    // Most fields (Type, Next, Resource, Comment, …) hold no expression: no path is built for them.
    if (!SITE_FIELDS.has(field)) continue;
    const value = state[field] as JsonValue;
    const fieldPath = [...ref.path, field];
    const kind = PATH_FIELDS[field];
    if (kind && typeof value === 'string') {
      out.push({ kind: 'path', path: fieldPath, text: value, field, reference: kind === 'reference' });
    } else if (TEMPLATE_FIELDS.has(field)) {
      walkTemplate(value, fieldPath, field, out);
    } else if (field === 'Choices' && Array.isArray(value)) {
      value.forEach((rule, index) => walkChoiceRule(rule, [...fieldPath, index], out));
    } else if (field === 'Catch' && Array.isArray(value)) {
      value.forEach((catcher, index) => {
        if (!isJsonObject(catcher)) return;
        const catcherPath = [...fieldPath, index];
        if (typeof catcher['ResultPath'] === 'string') {
          out.push({ kind: 'path', path: [...catcherPath, 'ResultPath'], text: catcher['ResultPath'], field: 'Catch', reference: true });
        }
        if (catcher['Assign'] !== undefined) walkTemplate(catcher['Assign'], [...catcherPath, 'Assign'], 'Catch', out);
      });
    } else if ((field === 'ItemReader' || field === 'ResultWriter') && isJsonObject(value)) {
      if (value['Parameters'] !== undefined) walkTemplate(value['Parameters'], [...fieldPath, 'Parameters'], field, out);
      const config = value['ReaderConfig'];
      if (isJsonObject(config) && typeof config['MaxItemsPath'] === 'string') {
        out.push({ kind: 'path', path: [...fieldPath, 'ReaderConfig', 'MaxItemsPath'], text: config['MaxItemsPath'], field, reference: true });
      }
    } else if (field === 'ItemBatcher' && isJsonObject(value)) {
      for (const key of ['MaxItemsPerBatchPath', 'MaxInputBytesPerBatchPath']) {
        const text = value[key];
        if (typeof text === 'string') out.push({ kind: 'path', path: [...fieldPath, key], text, field, reference: true });
      }
      if (value['BatchInput'] !== undefined) walkTemplate(value['BatchInput'], [...fieldPath, 'BatchInput'], field, out);
    }
  }
  return out;
}

const cache = runCache<object, ExpressionSite[]>();

/** Every expression of a state (not of the states nested in its branches or processor). */
export function expressionSitesOf(ref: StateRef): ExpressionSite[] {
  const cached = cache.get(ref.state);
  if (cached) return cached;
  const sites = ref.queryLanguage === 'JSONata' ? jsonataSites(ref) : jsonPathSites(ref);
  cache.set(ref.state, sites);
  return sites;
}

/**
 * Whether a text holds a template placeholder that a deployment tool fills in (`${Name}` of
 * CloudFormation/SAM/Terraform, `%NAME%` of test templates): such text cannot be checked as written.
 */
export function hasPlaceholder(text: string): boolean {
  return text.includes('${') || /%[A-Z][A-Z0-9_]*%/.test(text);
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
