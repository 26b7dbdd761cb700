import type { StateMachineType } from '../asl/types.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../json.js';
import { detectFormat, loadDocument, SourceDocument, type SourceFormat } from '../source/document.js';
import type { Range } from '../source/line-index.js';
import { propertyOf, type AstNode } from '../source/nodes.js';
import { cloudFormationTags } from './cfn-tags.js';
import { isIntrinsic, localVariables, resolveIntrinsic, resolveSubVariable, type TemplateScope } from './intrinsics.js';
import { concatTexts, documentInFile, identityText, stringNodeText, syntheticText, type MappedText } from './text-map.js';

/** One state machine definition found in a file, ready for the checker. */
export interface CheckTarget {
  /** The file whose positions the diagnostics use (a template, or the definition file itself). */
  fileName: string;
  /** The logical id or Serverless name, for definitions inside templates. */
  stateMachine?: string;
  /** The definition, positioned in `fileName`'s text (unless `mapRange` is set). */
  document: SourceDocument;
  /** Maps the document's ranges to `fileName`'s text (a derived definition that does not parse). */
  mapRange?: (range: Range) => Range;
  type?: StateMachineType;
  /** StateMachineName / Name to check with the STATE_MACHINE_NAME_* codes, and where it is. */
  name?: { value: string; range: Range };
  /** `${…}` placeholders are left in the definition (unresolved substitutions). */
  tolerateSubstitutions: boolean;
  /**
   * The length of the definition AWS would receive, when the document's text is a whole template
   * (the checker measures the document's text against the 1,048,576-character limit).
   */
  definitionLength?: number;
}

/** A file the template points at (DefinitionUri, DefinitionS3Location), read by the caller. */
export interface LinkedDefinition {
  path: string;
  stateMachine: string;
  type?: StateMachineType;
  name?: { value: string; range: Range };
  substitutions: Record<string, string | undefined>;
}

export interface Extraction {
  kind: 'definition' | 'cloudformation' | 'serverless' | 'other-template';
  targets: CheckTarget[];
  linked: LinkedDefinition[];
  /** Machines whose definition cannot be read from here (in S3, or built by an unsupported intrinsic). */
  skipped?: { stateMachine: string; reason: string }[];
}

/** Which files are templates rather than definitions: a cheap test on the text before parsing. */
export const TEMPLATE_MARKERS = /AWS::StepFunctions::StateMachine|AWS::Serverless::StateMachine|\bstepFunctions\b|AWSTemplateFormatVersion/;

export interface ExtractOptions {
  /** Extra `${Name}` values (`--substitutions FILE`); the template's own win for its machines. */
  substitutions?: Record<string, string>;
}

/** Replaces `${Name}` placeholders, mapping each substituted value to its placeholder's position. */
export function substitute(input: MappedText, resolve: (name: string) => string | undefined): { text: MappedText; unresolved: number } {
  const parts: MappedText[] = [];
  let unresolved = 0;
  let last = 0;
  const pattern = /\$\{([^}]*)\}/g;
  for (let match = pattern.exec(input.text); match; match = pattern.exec(input.text)) {
    const name = match[1] as string;
    const value = name.startsWith('!') ? '${' + name.slice(1) + '}' : resolve(name.trim());
    if (value === undefined) {
      unresolved++;
      continue;
    }
    parts.push(slice(input, last, match.index));
    parts.push(syntheticText(value, input.offsets[match.index] as number));
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return { text: input, unresolved };
  parts.push(slice(input, last, input.text.length));
  return { text: concatTexts(parts), unresolved };
}

function slice(input: MappedText, start: number, end: number): MappedText {
  return { text: input.text.slice(start, end), offsets: input.offsets.slice(start, end + 1) };
}

function defineValue(target: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A copy of an inline definition's tree with intrinsics (`Fn::GetAtt`, `Ref`, …) replaced by
 * stand-in strings and `${…}` placeholders substituted; positions stay the template's.
 */
function resolveInline(node: AstNode, scope: TemplateScope, resolve: (name: string) => string | undefined, counter: { unresolved: number }): AstNode {
  if (node.kind === 'object') {
    if (isIntrinsic(node.value)) {
      const value = resolveIntrinsic(node.value, scope);
      if (value !== undefined) return { kind: 'string', offset: node.offset, length: node.length, value };
      counter.unresolved++;
      return { kind: 'string', offset: node.offset, length: node.length, value: '${unresolved}' };
    }
    const value: JsonObject = {};
    const properties = node.properties.map((property) => {
      const child = resolveInline(property.value, scope, resolve, counter);
      defineValue(value, property.key, child.value as JsonValue);
      return { ...property, value: child };
    });
    return { ...node, properties, value };
  }
  if (node.kind === 'array') {
    const items = node.items.map((item) => resolveInline(item, scope, resolve, counter));
    return { ...node, items, value: items.map((item) => item.value as JsonValue) };
  }
  if (node.kind === 'string' && typeof node.value === 'string' && node.value.includes('${')) {
    const result = substitute(identityText(node.value), resolve);
    counter.unresolved += result.unresolved;
    return { ...node, value: result.text.text };
  }
  return node;
}

/** The text of a DefinitionString value: a string, `Fn::Sub` (both forms) or `Fn::Join`. */
function definitionStringText(
  text: string,
  node: AstNode,
  format: SourceFormat,
  scope: TemplateScope,
  resolve: (name: string) => string | undefined,
  counter: { unresolved: number },
): MappedText {
  if (node.kind === 'string') {
    const result = substitute(stringNodeText(text, node, format), resolve);
    counter.unresolved += result.unresolved;
    return result.text;
  }
  if (node.kind === 'object' && node.properties.length === 1) {
    const property = node.properties[0] as NonNullable<(typeof node.properties)[0]>;
    const argument = property.value;
    if (property.key === 'Fn::Sub') {
      const template = argument.kind === 'array' ? argument.items[0] : argument;
      const variables = argument.kind === 'array' ? argument.items[1]?.value : undefined;
      if (template?.kind === 'string') {
        const locals = localVariables(variables as JsonValue | undefined, scope);
        const result = substitute(stringNodeText(text, template, format), (name) => {
          if (Object.prototype.hasOwnProperty.call(locals, name)) return locals[name];
          return resolveSubVariable(name, scope, {}) ?? resolve(name);
        });
        counter.unresolved += result.unresolved;
        return result.text;
      }
    }
    if (property.key === 'Fn::Join' && argument.kind === 'array') {
      const delimiter = argument.items[0];
      const list = argument.items[1];
      if (delimiter?.kind === 'string' && list?.kind === 'array') {
        const parts: MappedText[] = [];
        list.items.forEach((item, index) => {
          if (index > 0) parts.push(syntheticText(String(delimiter.value), item.offset));
          parts.push(definitionStringText(text, item, format, scope, resolve, counter));
        });
        return concatTexts(parts);
      }
    }
  }
  const value = resolveIntrinsic(node.value as JsonValue, scope);
  if (value === undefined) counter.unresolved++;
  return syntheticText(value ?? '${unresolved}', node.offset);
}

function plainName(text: string, document: SourceDocument, node: AstNode | undefined, path: (string | number)[]): CheckTarget['name'] {
  // Names built from variables (`${sls:stage}`, `${AWS::StackName}`) are only known at deploy time.
  if (!node || node.kind !== 'string' || String(node.value).includes('${')) return undefined;
  void text;
  return { value: String(node.value), range: document.rangeOf(path) };
}

function machineType(value: JsonValue | undefined): StateMachineType | undefined {
  return value === 'EXPRESS' || value === 'STANDARD' ? value : undefined;
}

function templateScope(value: JsonObject): TemplateScope {
  const resources: Record<string, string> = {};
  const parameters: Record<string, JsonValue> = {};
  if (isJsonObject(value['Resources'])) {
    for (const [id, resource] of Object.entries(value['Resources'])) {
      if (isJsonObject(resource) && typeof resource['Type'] === 'string') resources[id] = resource['Type'];
    }
  }
  if (isJsonObject(value['Parameters'])) {
    for (const [name, parameter] of Object.entries(value['Parameters'])) {
      if (isJsonObject(parameter) && parameter['Default'] !== undefined) parameters[name] = parameter['Default'];
    }
  }
  return { resources, parameters };
}

/**
 * Finds the state machine definitions in a file: the file itself when it is a definition;
 * every `AWS::StepFunctions::StateMachine` / `AWS::Serverless::StateMachine` of a CloudFormation,
 * SAM or CDK template; every `stepFunctions.stateMachines` entry of a Serverless Framework file.
 */
export function extractDefinitions(text: string, fileName: string, options: ExtractOptions = {}): Extraction {
  const extra = options.substitutions ?? {};
  if (!TEMPLATE_MARKERS.test(text)) return { kind: 'definition', targets: [plainDefinition(text, fileName, extra)], linked: [] };
  const document = loadDocument(text, { fileName, customTags: cloudFormationTags });
  const value = document.value;
  const isTemplate = isJsonObject(value) && (isJsonObject(value['Resources']) || typeof value['AWSTemplateFormatVersion'] === 'string');
  const isServerless = isJsonObject(value) && isJsonObject(value['stepFunctions']);
  if (!isJsonObject(value) || (!isTemplate && !isServerless) || ('StartAt' in value && 'States' in value)) {
    return { kind: 'definition', targets: [plainDefinition(text, fileName, extra)], linked: [] };
  }
  if (isServerless) return serverlessDefinitions(text, fileName, document, value, extra);

  const scope = templateScope(value);
  const targets: CheckTarget[] = [];
  const linked: LinkedDefinition[] = [];
  const skipped: { stateMachine: string; reason: string }[] = [];
  const resourcesNode = propertyOf(document.root, 'Resources')?.value;
  for (const property of resourcesNode?.kind === 'object' ? resourcesNode.properties : []) {
    const resource = property.value.value;
    if (!isJsonObject(resource)) continue;
    const sam = resource['Type'] === 'AWS::Serverless::StateMachine';
    if (!sam && resource['Type'] !== 'AWS::StepFunctions::StateMachine') continue;
    const propertiesNode = propertyOf(property.value, 'Properties')?.value;
    const properties = propertiesNode?.value;
    if (!propertiesNode || !isJsonObject(properties)) continue;
    const basePath = ['Resources', property.key, 'Properties'];
    const substitutionValues = { ...extra, ...localVariables(properties['DefinitionSubstitutions'], scope) };
    const resolve = (name: string): string | undefined => substitutionValues[name] ?? (name.startsWith('AWS::') ? resolveSubVariable(name, scope, {}) : undefined);
    const type = machineType(properties[sam ? 'Type' : 'StateMachineType']);
    const nameField = sam ? 'Name' : 'StateMachineName';
    const name = plainName(text, document, propertyOf(propertiesNode, nameField)?.value, [...basePath, nameField]);
    const common = { fileName, stateMachine: property.key, ...(type ? { type } : {}), ...(name ? { name } : {}) };
    const counter = { unresolved: 0 };
    const inline = propertyOf(propertiesNode, 'Definition')?.value;
    const asString = propertyOf(propertiesNode, 'DefinitionString')?.value;
    const location = propertyOf(propertiesNode, sam ? 'DefinitionUri' : 'DefinitionS3Location')?.value;
    if (inline) {
      const root = resolveInline(inline, scope, resolve, counter);
      targets.push({ ...common, document: new SourceDocument(text, document.format, root, [], fileName), tolerateSubstitutions: counter.unresolved > 0, definitionLength: JSON.stringify(root.value).length });
    } else if (asString) {
      const mapped = definitionStringText(text, asString, document.format, scope, resolve, counter);
      targets.push({ ...common, ...documentInFile(mapped, text, 'json', fileName), tolerateSubstitutions: counter.unresolved > 0, definitionLength: mapped.text.length });
    } else if (location?.kind === 'string') {
      linked.push({ path: String(location.value), stateMachine: property.key, ...(type ? { type } : {}), ...(name ? { name } : {}), substitutions: substitutionValues });
    } else {
      skipped.push({ stateMachine: property.key, reason: location ? 'its definition is in S3 (DefinitionS3Location/DefinitionUri), not in a local file' : 'it has no Definition, DefinitionString or local definition file' });
    }
  }
  return { kind: targets.length + linked.length + skipped.length > 0 ? 'cloudformation' : 'other-template', targets, linked, ...(skipped.length > 0 ? { skipped } : {}) };
}

function serverlessDefinitions(text: string, fileName: string, document: SourceDocument, value: JsonObject, extra: Record<string, string>): Extraction {
  const service = typeof value['service'] === 'string' ? value['service'] : isJsonObject(value['service']) && typeof value['service']['name'] === 'string' ? value['service']['name'] : 'service';
  const provider = isJsonObject(value['provider']) ? value['provider'] : {};
  const stage = typeof provider['stage'] === 'string' && !provider['stage'].includes('${') ? provider['stage'] : 'dev';
  const resources: Record<string, string> = {};
  if (isJsonObject(value['functions'])) for (const fn of Object.keys(value['functions'])) resources[fn] = 'AWS::Lambda::Function';
  const cfnResources = isJsonObject(value['resources']) && isJsonObject(value['resources']['Resources']) ? value['resources']['Resources'] : {};
  for (const [id, resource] of Object.entries(cfnResources)) if (isJsonObject(resource) && typeof resource['Type'] === 'string') resources[id] = resource['Type'];
  const scope: TemplateScope = { resources, parameters: {}, functionPrefix: `${service}-${stage}-` };
  const targets: CheckTarget[] = [];
  const machinesNode = propertyOf(propertyOf(document.root, 'stepFunctions')?.value, 'stateMachines')?.value;
  for (const property of machinesNode?.kind === 'object' ? machinesNode.properties : []) {
    const machine = property.value;
    if (machine.kind !== 'object') continue;
    const basePath = ['stepFunctions', 'stateMachines', property.key];
    const type = machineType(propertyOf(machine, 'type')?.value.value as JsonValue);
    const name = plainName(text, document, propertyOf(machine, 'name')?.value, [...basePath, 'name']);
    const definition = propertyOf(machine, 'definition')?.value;
    if (!definition) continue;
    const counter = { unresolved: 0 };
    const resolve = (variable: string): string | undefined => extra[variable];
    const common = { fileName, stateMachine: property.key, ...(type ? { type } : {}), ...(name ? { name } : {}) };
    if (definition.kind === 'string') {
      const mapped = substitute(stringNodeText(text, definition, document.format), resolve);
      targets.push({ ...common, ...documentInFile(mapped.text, text, 'json', fileName), tolerateSubstitutions: mapped.unresolved > 0, definitionLength: mapped.text.text.length });
    } else {
      const root = resolveInline(definition, scope, resolve, counter);
      targets.push({ ...common, document: new SourceDocument(text, document.format, root, [], fileName), tolerateSubstitutions: counter.unresolved > 0, definitionLength: JSON.stringify(root.value).length });
    }
  }
  return { kind: 'serverless', targets, linked: [] };
}

/** A definition file, with `--substitutions` (or a template's) values filled in when it has placeholders. */
export function plainDefinition(text: string, fileName: string, substitutions: Record<string, string | undefined>, extras: Partial<CheckTarget> = {}): CheckTarget {
  if (!text.includes('${')) return { fileName, document: loadDocument(text, { fileName }), tolerateSubstitutions: false, ...extras };
  const result = substitute(identityText(text), (name) => substitutions[name]);
  const format = detectFormat(text, fileName);
  const placed = result.text.text === text ? { document: loadDocument(text, { fileName }) } : documentInFile(result.text, text, format, fileName);
  return { fileName, ...placed, tolerateSubstitutions: result.unresolved > 0, ...extras };
}
