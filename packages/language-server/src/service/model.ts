import {
  cloudFormationTags,
  collectScopes,
  DerivedDocument,
  extractDefinitions,
  findInlineDefinitions,
  isJsonObject,
  loadDocument,
  propertyOf,
  stateQueryLanguage,
  type AstNode,
  type DocumentPath,
  type JsonObject,
  type JsonValue,
  type LoadOptions,
  type PathSegment,
  type PropertyNode,
  type QueryLanguage,
  type Scope,
  type SourceDocument,
} from '@aslkit/core';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver';

/** One state machine definition found in a document (the whole file, or one in a template). */
export interface MachineRoot {
  /** Path of the definition object in the document (`[]` for a standalone definition). */
  path: PathSegment[];
  definition: JsonObject;
  /** Scopes with absolute paths (prefixed with `path`). */
  scopes: Scope[];
  /** For definitions inside templates: the logical id of the resource. */
  resource?: string;
}

/** A place where a state name is written: a state's key, or a StartAt/Next/Default value. */
export interface NameOccurrence {
  name: string;
  kind: 'declaration' | 'reference';
  /** Path of the key (declaration) or of the string value (reference). */
  path: PathSegment[];
  /** Span of the name's characters inside the source, without quotes. */
  offset: number;
  length: number;
  /** Span of the whole token (quotes included). */
  tokenOffset: number;
  tokenLength: number;
  scope: Scope;
  machine: MachineRoot;
}

/**
 * A definition a template holds as text (`DefinitionString`, `Fn::Sub`, `Fn::Join`): parsed apart,
 * its positions mapped back to the template. Diagnostics only (no navigation inside the string).
 */
export interface DerivedDefinition {
  /** The logical id of the resource. */
  resource: string;
  /** Path of the `DefinitionString` value in the template. */
  path: PathSegment[];
  /** The definition; its ranges are the template's unless `mapRange` is set. */
  document: SourceDocument;
  /** Set when the definition text does not parse: maps `document`'s ranges to the template. */
  mapRange?: (range: Range) => Range;
}

/** The parsed model of one document version; built once, shared by every feature. */
export interface AslModel {
  uri: string;
  version: number;
  source: SourceDocument;
  machines: MachineRoot[];
  /** True when the document is a CloudFormation/SAM template. */
  isTemplate: boolean;
  /** The template's definitions written as text (DefinitionString), checked for diagnostics. */
  derived: DerivedDefinition[];
  /** Every written state name (computed on first use: validation does not need it). */
  readonly occurrences: NameOccurrence[];
}

export function isYamlDocument(document: TextDocument): boolean {
  return document.languageId === 'asl-yaml' || document.languageId === 'yaml' || /\.ya?ml$/i.test(document.uri);
}

function prefixScope(scope: Scope, prefix: PathSegment[], cache: Map<Scope, Scope>): Scope {
  const known = cache.get(scope);
  if (known) return known;
  const prefixed: Scope = {
    ...scope,
    path: [...prefix, ...scope.path],
    ...(scope.owner ? { owner: { ...scope.owner, path: [...prefix, ...scope.owner.path] } } : {}),
  };
  if (scope.parent) prefixed.parent = prefixScope(scope.parent, prefix, cache);
  cache.set(scope, prefixed);
  return prefixed;
}

function machineAt(definition: JsonObject, path: PathSegment[], resource?: string): MachineRoot {
  const cache = new Map<Scope, Scope>();
  const scopes = collectScopes(definition).map((scope) => prefixScope(scope, path, cache));
  return { path, definition, scopes, ...(resource !== undefined ? { resource } : {}) };
}

/** Finds the definitions of a document: itself, or the state machines of a CloudFormation/SAM template. */
export function findMachines(value: unknown): { machines: MachineRoot[]; isTemplate: boolean } {
  const { definitions, isTemplate } = findInlineDefinitions(value as JsonValue | undefined);
  return { machines: definitions.map(({ definition, path, resource }) => machineAt(definition, path, resource)), isTemplate };
}

/** The span of a name inside its token, without the quotes JSON or YAML put around it. */
function unquoted(text: string, offset: number, length: number): { offset: number; length: number } {
  const first = text[offset];
  if (length >= 2 && (first === '"' || first === "'") && text[offset + length - 1] === first) return { offset: offset + 1, length: length - 2 };
  return { offset, length };
}

function collectOccurrences(source: SourceDocument, machines: MachineRoot[]): NameOccurrence[] {
  const occurrences: NameOccurrence[] = [];
  const text = source.text;
  const addValue = (node: AstNode | undefined, path: PathSegment[], scope: Scope, machine: MachineRoot): void => {
    if (!node || node.kind !== 'string' || typeof node.value !== 'string') return;
    const inner = unquoted(text, node.offset, node.length);
    occurrences.push({ name: node.value, kind: 'reference', path, ...inner, tokenOffset: node.offset, tokenLength: node.length, scope, machine });
  };
  for (const machine of machines) {
    for (const scope of machine.scopes) {
      const scopeNode = source.nodeAt(scope.path);
      addValue(propertyOf(scopeNode, 'StartAt')?.value, [...scope.path, 'StartAt'], scope, machine);
      const statesNode = propertyOf(scopeNode, 'States')?.value;
      if (!statesNode || statesNode.kind !== 'object') continue;
      for (const property of statesNode.properties) {
        const statePath = [...scope.path, 'States', property.key];
        const inner = unquoted(text, property.keyOffset, property.keyLength);
        occurrences.push({ name: property.key, kind: 'declaration', path: statePath, ...inner, tokenOffset: property.keyOffset, tokenLength: property.keyLength, scope, machine });
        const state = property.value;
        if (state.kind !== 'object') continue;
        addValue(propertyOf(state, 'Next')?.value, [...statePath, 'Next'], scope, machine);
        addValue(propertyOf(state, 'Default')?.value, [...statePath, 'Default'], scope, machine);
        for (const field of ['Choices', 'Catch'] as const) {
          const list = propertyOf(state, field)?.value;
          if (list?.kind !== 'array') continue;
          list.items.forEach((item, index) => addValue(propertyOf(item, 'Next')?.value, [...statePath, field, index, 'Next'], scope, machine));
        }
      }
    }
  }
  return occurrences;
}

/** The template's DefinitionString definitions, found by the shared templates module of core. */
function findDerivedDefinitions(text: string, uri: string, yaml: boolean): DerivedDefinition[] {
  if (!text.includes('DefinitionString')) return [];
  const fileName = yaml && !/\.ya?ml$/i.test(uri) ? `${uri}.yaml` : uri;
  const derived: DerivedDefinition[] = [];
  for (const target of extractDefinitions(text, fileName).targets) {
    if (target.stateMachine === undefined || (!(target.document instanceof DerivedDocument) && !target.mapRange)) continue;
    derived.push({
      resource: target.stateMachine,
      path: ['Resources', target.stateMachine, 'Properties', 'DefinitionString'],
      document: target.document,
      ...(target.mapRange ? { mapRange: target.mapRange } : {}),
    });
  }
  return derived;
}

export function buildModel(document: TextDocument): AslModel {
  const yaml = isYamlDocument(document);
  const options: LoadOptions = yaml ? { format: 'yaml', customTags: cloudFormationTags } : { format: 'json' };
  const source = loadDocument(document.getText(), options);
  const { machines, isTemplate } = findMachines(source.value);
  const derived = isTemplate ? findDerivedDefinitions(document.getText(), document.uri, yaml) : [];
  let occurrences: NameOccurrence[] | undefined;
  return {
    uri: document.uri,
    version: document.version,
    source,
    machines,
    isTemplate,
    derived,
    get occurrences() {
      occurrences ??= collectOccurrences(source, machines);
      return occurrences;
    },
  };
}

/** Caches one model per document URI, rebuilt when the version or text changes. */
export class ModelCache {
  private readonly models = new Map<string, { model: AslModel; text: string }>();

  get(document: TextDocument): AslModel {
    const cached = this.models.get(document.uri);
    const text = document.getText();
    if (cached && cached.model.version === document.version && cached.text === text) return cached.model;
    const model = buildModel(document);
    this.models.set(document.uri, { model, text });
    return model;
  }

  delete(uri: string): void {
    this.models.delete(uri);
  }
}

// ---- small lookups shared by features ----

export function rangeOfSpan(model: AslModel, offset: number, length: number): Range {
  return model.source.lines.rangeOf(offset, length);
}

export function startsWith(path: DocumentPath, prefix: DocumentPath): boolean {
  if (prefix.length > path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}

/** The machine a document path belongs to. */
export function machineOf(model: AslModel, path: DocumentPath): MachineRoot | undefined {
  let best: MachineRoot | undefined;
  for (const machine of model.machines) if (startsWith(path, machine.path) && (!best || machine.path.length > best.path.length)) best = machine;
  return best;
}

/** The innermost scope whose path prefixes `path`. */
export function scopeOf(model: AslModel, path: DocumentPath): Scope | undefined {
  const machine = machineOf(model, path);
  if (!machine) return undefined;
  let best: Scope | undefined;
  for (const scope of machine.scopes) if (startsWith(path, scope.path) && (!best || scope.path.length > best.path.length)) best = scope;
  return best;
}

/** The name occurrence under an offset. */
export function occurrenceAt(model: AslModel, offset: number): NameOccurrence | undefined {
  return model.occurrences.find((o) => offset >= o.tokenOffset && offset <= o.tokenOffset + o.tokenLength);
}

export function sameScope(a: Scope, b: Scope): boolean {
  return a.path.length === b.path.length && startsWith(a.path, b.path);
}

/** Where a path sits relative to the ASL structure: in a state (and which), a scope object, a retrier… */
export interface PathContext {
  scope?: Scope;
  /** The state containing the path, if any. */
  state?: { name: string; path: PathSegment[]; object: JsonObject; language: QueryLanguage };
  /** The path relative to the state (or to the scope when not in a state). */
  rest: PathSegment[];
}

export function contextOf(model: AslModel, path: DocumentPath): PathContext {
  const scope = scopeOf(model, path);
  if (!scope) return { rest: [...path] };
  const rest = path.slice(scope.path.length);
  if (rest[0] === 'States' && typeof rest[1] === 'string') {
    const value = scope.states[rest[1]];
    // A state still being written (`A:` in YAML) counts as an empty state object.
    const object = isJsonObject(value) ? value : value === null && rest.length === 2 ? {} : undefined;
    if (object) {
      return {
        scope,
        state: { name: rest[1], path: [...scope.path, 'States', rest[1]], object, language: stateQueryLanguage(object, scope) },
        rest: rest.slice(2),
      };
    }
  }
  return { scope, rest: [...rest] };
}

export function propertyAt(model: AslModel, path: DocumentPath): PropertyNode | undefined {
  if (path.length === 0) return undefined;
  return propertyOf(model.source.nodeAt(path.slice(0, -1)), String(path[path.length - 1]));
}
