import { INTRINSIC_FUNCTIONS, JSONATA_FUNCTIONS } from '@aslkit/expressions';
import { STATE_TYPES, STATES_ERROR_NAMES, type PathSegment, type StateType } from '@aslkit/core';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionList, type Range } from 'vscode-languageserver';
import { fieldsFor, STATE_TYPE_DOCS, type FieldContext, type FieldDoc } from '../docs/fields.js';
import { ERROR_DOCS, INTEGRATIONS } from '../docs/integrations.js';
import { machineOf, rangeOfSpan, scopeOf, type AslModel } from '../service/model.js';
import { assignedVariables, objectRoleAt } from '../service/structure.js';

/** Where the cursor is: typing a key of the object at `objectPath`, or a value of `valuePath`. */
type CursorSite =
  | { kind: 'key'; objectPath: PathSegment[]; replace: Range; quoted: boolean; hasColon: boolean }
  | { kind: 'value'; valuePath: PathSegment[]; replace: Range; quoted: boolean; prefix: string; inArray: boolean };

const JSON_WORD = /[^\s"{}[\],:]*$/;

/** The offset of the quote opening a string that is still open at `offset` on this line, or -1. */
function openStringStart(text: string, from: number, offset: number): number {
  let open = -1;
  for (let i = from; i < offset; i++) {
    const c = text[i];
    if (open >= 0 && c === '\\') i++;
    else if (c === '"') open = open >= 0 ? -1 : i;
  }
  return open;
}

function jsonSite(model: AslModel, offset: number): CursorSite | undefined {
  const source = model.source;
  const text = source.text;
  const hit = source.nodeAtOffset(offset);
  if (hit?.onKey) {
    const key = hit.onKey;
    const after = text.slice(key.keyOffset + key.keyLength, key.keyOffset + key.keyLength + 40);
    return { kind: 'key', objectPath: hit.path.slice(0, -1), replace: rangeOfSpan(model, key.keyOffset, key.keyLength), quoted: true, hasColon: /^\s*:/.test(after) };
  }
  if (hit && hit.node.kind === 'string' && offset > hit.node.offset && offset < hit.node.offset + hit.node.length) {
    const inArray = typeof hit.path[hit.path.length - 1] === 'number';
    const prefix = text.slice(hit.node.offset + 1, offset);
    return { kind: 'value', valuePath: hit.path, replace: rangeOfSpan(model, hit.node.offset, hit.node.length), quoted: true, prefix, inArray };
  }
  // Not on a parsed token: read the text backwards.
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, offset - 2000);
  const open = openStringStart(text, lineStart, offset);
  const partialText = open >= 0 ? text.slice(open, offset) : (JSON_WORD.exec(text.slice(lineStart, offset))?.[0] ?? '');
  const tokenStart = offset - partialText.length;
  // A partial string token runs to its closing quote if there is one on the line.
  let tokenEnd = offset;
  if (partialText.startsWith('"')) {
    const close = text.indexOf('"', offset);
    const newline = text.indexOf('\n', offset);
    if (close >= 0 && (newline < 0 || close < newline)) tokenEnd = close + 1;
  }
  const head = text.slice(0, tokenStart).trimEnd();
  const previous = head[head.length - 1];
  const container = source.nodeAtOffset(tokenStart);
  const containerPath = container ? [...container.path] : [];
  const containerKind = container?.node.kind;
  const replace = rangeOfSpan(model, tokenStart, tokenEnd - tokenStart);
  const quoted = partialText.startsWith('"');
  const prefix = quoted ? partialText.slice(1) : partialText;
  if (previous === ':') {
    const key = /"((?:[^"\\]|\\.)*)"\s*$/.exec(head.slice(0, -1))?.[1];
    if (key === undefined) return undefined;
    const objectPath = containerKind === 'object' ? containerPath : containerPath.slice(0, -1);
    return { kind: 'value', valuePath: [...objectPath, key], replace, quoted, prefix, inArray: false };
  }
  if (previous === '{' || (previous === ',' && containerKind === 'object')) {
    const after = text.slice(tokenEnd, tokenEnd + 40);
    return { kind: 'key', objectPath: containerPath, replace, quoted, hasColon: /^\s*:/.test(after) };
  }
  if ((previous === '[' || previous === ',') && containerKind === 'array') {
    const items = container?.node.kind === 'array' ? container.node.items.length : 0;
    return { kind: 'value', valuePath: [...containerPath, items], replace, quoted, prefix, inArray: true };
  }
  return undefined;
}

const YAML_KEY_LINE = /^(\s*)(?:-\s+)?(["']?)([^:"'#]*?)\2\s*:(?:\s|$)/;

/** The object path of the YAML key that starts a line, found through the model. */
function yamlKeyPathOnLine(model: AslModel, line: number): PathSegment[] | undefined {
  const lines = model.source.lines;
  const text = lines.lineText(line);
  const match = YAML_KEY_LINE.exec(text);
  if (!match) return undefined;
  const keyColumn = text.indexOf(match[3] ?? '', (match[1] ?? '').length);
  const offset = lines.offsetAt({ line, character: Math.max(0, keyColumn) });
  const hit = model.source.nodeAtOffset(offset);
  return hit?.onKey ? [...hit.path] : undefined;
}

function yamlSite(model: AslModel, offset: number): CursorSite | undefined {
  const lines = model.source.lines;
  const position = lines.positionAt(offset);
  const lineText = lines.lineText(position.line);
  const left = lineText.slice(0, position.character);
  const valueMatch = /^(\s*)(?:-\s+)?(["']?)([^:"'#]+?)\2\s*:\s+(["']?)([^"']*)$/.exec(left);
  if (valueMatch) {
    const keyPath = yamlKeyPathOnLine(model, position.line);
    if (!keyPath) return undefined;
    const prefix = valueMatch[5] ?? '';
    const quote = valueMatch[4] ?? '';
    const start = offset - prefix.length - quote.length;
    const rest = lineText.slice(position.character);
    const tail = quote ? (rest.indexOf(quote) >= 0 ? rest.indexOf(quote) + 1 : 0) : (/^[^\s#]*/.exec(rest)?.[0].length ?? 0);
    return { kind: 'value', valuePath: keyPath, replace: rangeOfSpan(model, start, offset + tail - start), quoted: quote !== '', prefix, inArray: false };
  }
  const itemMatch = /^(\s*)-\s+(["']?)([^"':]*)$/.exec(left);
  const keyMatch = /^(\s*)(-\s+)?([\w.$]*)$/.exec(left);
  if (!keyMatch && !itemMatch) return undefined;
  const indent = (keyMatch?.[1] ?? itemMatch?.[1] ?? '').length + (keyMatch?.[2]?.length ?? 0);
  // Look upwards for a sibling key (same indent) or the parent key (smaller indent).
  for (let line = position.line - 1; line >= 0; line--) {
    const text = lines.lineText(line);
    if (/^\s*(#.*)?$/.test(text)) continue;
    const lineIndent = /^\s*/.exec(text)?.[0].length ?? 0;
    const dash = /^\s*-\s+/.exec(text)?.[0].length;
    const keyIndent = dash ?? lineIndent;
    if (itemMatch && !keyMatch?.[3]) {
      // `- ` list item: the parent key owns the list.
      if (lineIndent < indent - 1 || (dash === undefined && lineIndent < (itemMatch[1] ?? '').length + 1)) {
        const parent = yamlKeyPathOnLine(model, line);
        if (!parent) return undefined;
        const prefix = itemMatch[3] ?? '';
        return { kind: 'value', valuePath: [...parent, 0], replace: rangeOfSpan(model, offset - prefix.length - (itemMatch[2]?.length ?? 0), prefix.length + (itemMatch[2]?.length ?? 0)), quoted: itemMatch[2] !== '', prefix, inArray: true };
      }
      continue;
    }
    const prefix = keyMatch?.[3] ?? '';
    const replace = rangeOfSpan(model, offset - prefix.length, prefix.length);
    if (keyIndent === indent) {
      const sibling = yamlKeyPathOnLine(model, line);
      if (sibling) return { kind: 'key', objectPath: sibling.slice(0, -1), replace, quoted: false, hasColon: false };
    }
    if (lineIndent < indent) {
      const parent = yamlKeyPathOnLine(model, line);
      if (parent) return { kind: 'key', objectPath: parent, replace, quoted: false, hasColon: false };
      return undefined;
    }
  }
  if (indent === 0) {
    const prefix = keyMatch?.[3] ?? '';
    return { kind: 'key', objectPath: [], replace: rangeOfSpan(model, offset - prefix.length, prefix.length), quoted: false, hasColon: false };
  }
  return undefined;
}

function valueSnippet(field: FieldDoc, yaml: boolean): string {
  switch (field.shape) {
    case 'string':
      return field.values?.length ? (yaml ? `\${1|${field.values.join(',')}|}` : `"\${1|${field.values.join(',')}|}"`) : yaml ? '$1' : '"$1"';
    case 'number':
      return '${1:0}';
    case 'boolean':
      return 'true';
    case 'object':
      return yaml ? '\n  $1' : '{$1}';
    case 'array':
      return yaml ? '\n  - $1' : '[$1]';
  }
}

function stateSnippet(type: StateType, yaml: boolean, language: string): string {
  const jsonata = language === 'JSONata';
  const body: [string, string][] = [['Type', `"${type}"`]];
  switch (type) {
    case 'Task':
      body.push(['Resource', '"${2:arn:aws:states:::lambda:invoke}"'], jsonata ? ['Arguments', '{}'] : ['Parameters', '{}'], ['Next', '"${3}"']);
      break;
    case 'Choice':
      body.push(['Choices', jsonata ? '[{"Condition": "{% ${2:true} %}", "Next": "${3}"}]' : '[{"Variable": "${2:$.value}", "StringEquals": "${4}", "Next": "${3}"}]'], ['Default', '"${5}"']);
      break;
    case 'Wait':
      body.push(['Seconds', '${2:10}'], ['Next', '"${3}"']);
      break;
    case 'Fail':
      body.push(['Error', '"${2:Failed}"'], ['Cause', '"${3}"']);
      break;
    case 'Succeed':
      break;
    case 'Parallel':
      body.push(['Branches', '[{"StartAt": "${2:First}", "States": {"${2:First}": {"Type": "Pass", "End": true}}}]'], ['Next', '"${3}"']);
      break;
    case 'Map':
      body.push(['ItemProcessor', '{"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "${2:Item}", "States": {"${2:Item}": {"Type": "Pass", "End": true}}}'], ['Next', '"${3}"']);
      break;
    case 'Pass':
      body.push(['Next', '"${2}"']);
      break;
  }
  if (yaml) {
    // YAML needs no quotes around plain words and placeholders; `{% %}` strings keep theirs.
    const render = (value: string): string => value.replace(/"(\$\{[^}]*\}|[^"{}]*)"/g, (_match, inner: string) => inner);
    return `\${1:${type}State}:\n` + body.map(([k, v]) => `  ${k}: ${render(v)}`).join('\n');
  }
  return `"\${1:${type}State}": {\n` + body.map(([k, v]) => `\t"${k}": ${v}`).join(',\n') + '\n}';
}

function keyItems(model: AslModel, site: Extract<CursorSite, { kind: 'key' }>): CompletionItem[] {
  const role = objectRoleAt(model, site.objectPath);
  const yaml = model.source.format === 'yaml';
  if (!role) {
    // An empty document: offer a machine skeleton.
    if (site.objectPath.length === 0 && model.machines.length <= 1) {
      const fields = fieldsFor('Machine', 'JSONPath');
      return fields.map((field) => fieldItem(field, site, yaml));
    }
    return [];
  }
  if (role.context === 'States') {
    return STATE_TYPES.map((type, index) => ({
      label: `${type} state`,
      kind: CompletionItemKind.Snippet,
      documentation: { kind: MarkupKind.Markdown, value: STATE_TYPE_DOCS[type] },
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: site.replace, newText: stateSnippet(type, yaml, role.language) },
      sortText: String(index),
    }));
  }
  if (role.context === 'Machine' && role.scope?.kind !== 'map-processor') {
    // ProcessorConfig belongs to a Map's ItemProcessor only.
    const object = model.source.nodeAt(site.objectPath);
    const present = new Set(object?.kind === 'object' ? object.properties.map((p) => p.key) : []);
    return fieldsFor('Machine', role.language)
      .filter((field) => field.name !== 'ProcessorConfig' && (!present.has(field.name) || rangeIsKey(model, site, field.name)))
      .map((field) => fieldItem(field, site, yaml));
  }
  const untyped = role.stateName !== undefined && !role.stateType && !['Retrier', 'Catcher', 'ChoiceRule'].includes(role.context);
  const object = model.source.nodeAt(site.objectPath);
  const existing = new Set(object?.kind === 'object' ? object.properties.map((p) => (p.key.endsWith('.$') ? p.key.slice(0, -2) : p.key)) : []);
  const context = role.context as FieldContext;
  const comma = !yaml && !site.hasColon && followedByProperty(model, site.replace);
  return fieldsFor(context, role.language)
    .filter((field) => !untyped || UNTYPED_STATE_FIELDS.has(field.name))
    .filter((field) => !existing.has(field.name) || rangeIsKey(model, site, field.name))
    .map((field, index) => {
      const item = fieldItem(field, site, yaml, comma);
      // Required fields first, then the table's order (which follows the specification's).
      item.sortText = `${field.required?.includes(context) ? 0 : 1}${String(index).padStart(3, '0')}`;
      return item;
    });
}

/** Before a state has a Type, only what every state may have. */
const UNTYPED_STATE_FIELDS = new Set(['Type', 'Comment', 'QueryLanguage']);

function rangeIsKey(model: AslModel, site: Extract<CursorSite, { kind: 'key' }>, name: string): boolean {
  const start = model.source.lines.offsetAt(site.replace.start);
  const end = model.source.lines.offsetAt(site.replace.end);
  return model.source.text.slice(start, end).replace(/"/g, '') === name;
}

/** Whether another property follows the range (so an inserted property needs a comma). */
function followedByProperty(model: AslModel, range: Range): boolean {
  const text = model.source.text;
  let i = model.source.lines.offsetAt(range.end);
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return text[i] === '"';
}

function fieldItem(field: FieldDoc, site: Extract<CursorSite, { kind: 'key' }>, yaml: boolean, comma = false): CompletionItem {
  const key = yaml ? field.name : `"${field.name}"`;
  const newText = site.hasColon ? key : `${key}: ${valueSnippet(field, yaml)}${comma ? ',' : ''}`;
  return {
    label: field.name,
    kind: CompletionItemKind.Property,
    detail: field.only ? `${field.only} only` : undefined,
    documentation: { kind: MarkupKind.Markdown, value: field.doc },
    ...(field.deprecated ? { tags: [1] } : {}),
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: site.replace, newText },
    filterText: key,
  };
}

function valueItem(label: string, site: Extract<CursorSite, { kind: 'value' }>, yaml: boolean, kind: CompletionItemKind, doc?: string, raw = false): CompletionItem {
  const newText = raw || (yaml && !site.quoted) ? label : JSON.stringify(label);
  return {
    label,
    kind,
    ...(doc ? { documentation: { kind: MarkupKind.Markdown, value: doc } } : {}),
    textEdit: { range: site.replace, newText },
    filterText: site.quoted ? `"${label}"` : label,
  };
}

function valueItems(model: AslModel, site: Extract<CursorSite, { kind: 'value' }>): CompletionItem[] {
  const yaml = model.source.format === 'yaml';
  const path = site.valuePath;
  const key = site.inArray ? path[path.length - 2] : path[path.length - 1];
  const objectPath = site.inArray ? path.slice(0, -2) : path.slice(0, -1);
  const role = objectRoleAt(model, objectPath);
  const items: CompletionItem[] = [];
  if (key === 'Next' || key === 'Default' || key === 'StartAt') {
    const scope = scopeOf(model, objectPath);
    const own = role?.stateName;
    for (const name of Object.keys(scope?.states ?? {})) if (name !== own || key === 'StartAt') items.push(valueItem(name, site, yaml, CompletionItemKind.Reference));
    return items;
  }
  if (key === 'ErrorEquals') {
    for (const name of STATES_ERROR_NAMES) items.push(valueItem(name, site, yaml, CompletionItemKind.EnumMember, ERROR_DOCS[name]));
    return items;
  }
  if (key === 'Resource' && (role?.stateType === 'Task' || (role && !role.stateType))) {
    for (const integration of INTEGRATIONS) items.push(valueItem(integration.resource, site, yaml, CompletionItemKind.Value, integration.doc));
    return items;
  }
  if (key === 'Type' && role && role.context !== 'Machine' && role.context !== 'States' && !['Retrier', 'Catcher', 'ChoiceRule'].includes(role.context)) {
    for (const type of STATE_TYPES) items.push(valueItem(type, site, yaml, CompletionItemKind.EnumMember, STATE_TYPE_DOCS[type]));
    return items;
  }
  if (key === 'Mode') return ['INLINE', 'DISTRIBUTED'].map((v) => valueItem(v, site, yaml, CompletionItemKind.EnumMember));
  if (key === 'ExecutionType') return ['STANDARD', 'EXPRESS'].map((v) => valueItem(v, site, yaml, CompletionItemKind.EnumMember));
  if (typeof key === 'string' && role && role.context !== 'States') {
    const field = fieldsFor(role.context as FieldContext, role.language).find((f) => f.name === key);
    if (field?.values) return field.values.map((v) => (field.shape === 'boolean' ? valueItem(v, site, yaml, CompletionItemKind.Value, undefined, true) : valueItem(v, site, yaml, CompletionItemKind.EnumMember)));
  }
  return expressionItems(model, site, typeof key === 'string' ? key : '');
}

/** Fields of the context object (`$$` in JSONPath, `$states.context` in JSONata). */
const CONTEXT_PATHS = [
  'Execution.Id',
  'Execution.Name',
  'Execution.Input',
  'Execution.StartTime',
  'Execution.RoleArn',
  'Execution.RedriveCount',
  'StateMachine.Id',
  'StateMachine.Name',
  'State.Name',
  'State.EnteredTime',
  'State.RetryCount',
  'Task.Token',
  'Map.Item.Index',
  'Map.Item.Value',
  'Map.Item.Key',
  'Map.Item.Source',
];

/** Functions, `$states` members and variables inside expressions (`{% %}`, `.$` values, paths). */
function expressionItems(model: AslModel, site: Extract<CursorSite, { kind: 'value' }>, key: string): CompletionItem[] {
  const items: CompletionItem[] = [];
  const lines = model.source.lines;
  const cursor = lines.offsetAt(site.replace.start) + (site.quoted ? 1 : 0) + site.prefix.length;
  const word = /[\w.$]*$/.exec(site.prefix)?.[0] ?? '';
  const wordRange = rangeOfSpan(model, cursor - word.length, word.length);
  const inJsonata = /\{%/.test(site.prefix);
  if (inJsonata) {
    for (const fn of JSONATA_FUNCTIONS) {
      items.push({ label: fn.name, kind: CompletionItemKind.Function, detail: fn.signature, documentation: fn.description, textEdit: { range: wordRange, newText: fn.name } });
    }
    for (const member of ['input', 'result', 'errorOutput', 'context']) {
      items.push({ label: `$states.${member}`, kind: CompletionItemKind.Variable, textEdit: { range: wordRange, newText: `$states.${member}` } });
    }
  } else if (key.endsWith('.$') || /^States\./.test(word)) {
    for (const fn of INTRINSIC_FUNCTIONS) {
      items.push({ label: fn.name, kind: CompletionItemKind.Function, detail: fn.signature, documentation: fn.description, textEdit: { range: wordRange, newText: `${fn.name}($1)` }, insertTextFormat: InsertTextFormat.Snippet });
    }
  }
  if (word.startsWith('$$') || word.startsWith('$states.context')) {
    const prefix = word.startsWith('$$') ? '$$' : '$states.context';
    for (const path of CONTEXT_PATHS) {
      items.push({ label: `${prefix}.${path}`, kind: CompletionItemKind.Field, detail: 'context object', textEdit: { range: wordRange, newText: `${prefix}.${path}` } });
    }
    return items;
  }
  if (inJsonata || key.endsWith('.$') || word.startsWith('$')) {
    for (const [name, where] of assignedVariables(model, site.valuePath)) {
      items.push({ label: `$${name}`, kind: CompletionItemKind.Variable, detail: `assigned in ${where.join(', ')}`, textEdit: { range: wordRange, newText: `$${name}` } });
    }
  }
  return items;
}

/** Completion at an offset: field names, enum values, state names, ARNs, functions, variables, snippets. */
export function complete(model: AslModel, offset: number): CompletionList {
  const site = model.source.format === 'yaml' ? yamlSite(model, offset) : jsonSite(model, offset);
  if (!site) return { isIncomplete: false, items: [] };
  // In a template, only the state machine definitions are ASL.
  if (model.isTemplate && !machineOf(model, site.kind === 'key' ? site.objectPath : site.valuePath)) return { isIncomplete: false, items: [] };
  const items = site.kind === 'key' ? keyItems(model, site) : valueItems(model, site);
  return { isIncomplete: false, items };
}
