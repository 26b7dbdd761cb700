import { findIntrinsicFunction, findJsonataFunction } from '@aslkit/expressions';
import { isJsonObject, isStateType, type NodeHit } from '@aslkit/core';
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { fieldDoc, STATE_TYPE_DOCS, type FieldContext } from '../docs/fields.js';
import { describeResource, ERROR_DOCS } from '../docs/integrations.js';
import { machineOf, occurrenceAt, rangeOfSpan, sameScope, type AslModel } from '../service/model.js';
import { assignedVariables, objectRoleAt } from '../service/structure.js';

function markdown(model: AslModel, value: string, offset: number, length: number): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: rangeOfSpan(model, offset, length) };
}

/** The word (identifier with dots and `$`) around an offset inside a string. */
function wordAt(text: string, offset: number, from: number, to: number): { word: string; start: number } | undefined {
  let start = offset;
  while (start > from && /[\w.$]/.test(text[start - 1] ?? '')) start--;
  let end = offset;
  while (end < to && /[\w.$]/.test(text[end] ?? '')) end++;
  if (end <= start) return undefined;
  return { word: text.slice(start, end), start };
}

function stateSummary(model: AslModel, name: string, state: unknown): string {
  if (!isJsonObject(state as never)) return `**${name}**`;
  const object = state as Record<string, unknown>;
  const type = typeof object['Type'] === 'string' ? object['Type'] : 'state';
  const lines = [`**${name}** — ${type}`];
  if (typeof object['Comment'] === 'string') lines.push('', object['Comment']);
  if (typeof object['Resource'] === 'string') lines.push('', `Resource: \`${object['Resource']}\``);
  if (typeof object['Next'] === 'string') lines.push('', `Next: \`${object['Next']}\``);
  else if (object['End'] === true || type === 'Succeed' || type === 'Fail') lines.push('', 'Ends its scope.');
  void model;
  return lines.join('\n');
}

function hoverOnString(model: AslModel, hit: NodeHit, offset: number): Hover | null {
  const node = hit.node;
  if (node.kind !== 'string' || typeof node.value !== 'string') return null;
  const key = hit.path[hit.path.length - 1];
  const value = node.value;
  if (key === 'Type' && isStateType(value)) return markdown(model, `**${value}** state\n\n${STATE_TYPE_DOCS[value]}`, node.offset, node.length);
  if (key === 'Resource') {
    const doc = describeResource(value);
    if (doc) return markdown(model, `\`${value}\`\n\n${doc}`, node.offset, node.length);
  }
  if (ERROR_DOCS[value] !== undefined && (hit.path.includes('ErrorEquals') || key === 'Error')) {
    return markdown(model, `**${value}**\n\n${ERROR_DOCS[value]}`, node.offset, node.length);
  }
  // Functions and variables inside expressions.
  const text = model.source.text;
  const word = wordAt(text, offset, node.offset, node.offset + node.length);
  if (!word) return null;
  const intrinsic = /^States\.\w+/.exec(word.word)?.[0];
  if (intrinsic) {
    const info = findIntrinsicFunction(intrinsic);
    if (info) return markdown(model, `\`\`\`\n${info.signature}\n\`\`\`\n${info.description}`, word.start, intrinsic.length);
  }
  const dollar = /^\$\w+/.exec(word.word)?.[0];
  if (dollar && value.trimStart().startsWith('{%')) {
    const info = findJsonataFunction(dollar);
    if (info) return markdown(model, `\`\`\`\n${info.signature}\n\`\`\`\n${info.description}${info.aws ? '\n\n(Added by AWS Step Functions.)' : ''}`, word.start, dollar.length);
  }
  if (dollar && dollar !== '$states') {
    const where = assignedVariables(model, hit.path).get(dollar.slice(1));
    if (where) return markdown(model, `Variable \`${dollar}\`, assigned in: ${where.map((w) => `\`${w}\``).join(', ')}`, word.start, dollar.length);
  }
  if (word.word.startsWith('$states.')) {
    const member = word.word.split('.')[1] ?? '';
    const docs: Record<string, string> = {
      input: 'The state\'s input.',
      result: 'The task, Parallel or Map result (in `Output`, `Assign` and catcher fields).',
      errorOutput: 'The error output (`Error`, `Cause`) in a catcher.',
      context: 'The context object: execution, state machine, state and task details.',
    };
    if (docs[member]) return markdown(model, `\`$states.${member}\`: ${docs[member]}`, word.start, `$states.${member}`.length);
  }
  return null;
}

/** Hover: field docs, state type docs, transition targets, errors, integrations, functions, variables. */
export function hover(model: AslModel, offset: number): Hover | null {
  const occurrence = occurrenceAt(model, offset);
  if (occurrence && occurrence.kind === 'reference') {
    const target = model.occurrences.find((o) => o.kind === 'declaration' && o.name === occurrence.name && sameScope(o.scope, occurrence.scope));
    const summary = target ? stateSummary(model, occurrence.name, occurrence.scope.states[occurrence.name]) : `No state named **${occurrence.name}** in this scope.`;
    return markdown(model, summary, occurrence.tokenOffset, occurrence.tokenLength);
  }
  const hit = model.source.nodeAtOffset(offset);
  if (!hit) return null;
  // In a template, only the state machine definitions are ASL.
  if (model.isTemplate && !machineOf(model, hit.path)) return null;
  if (hit.onKey) {
    const property = hit.onKey;
    const role = objectRoleAt(model, hit.path.slice(0, -1));
    if (role?.context === 'States') {
      return markdown(model, stateSummary(model, property.key, role.scope?.states[property.key]), property.keyOffset, property.keyLength);
    }
    const name = property.key.endsWith('.$') ? property.key.slice(0, -2) : property.key;
    const context = role?.context as FieldContext | undefined;
    const doc = role ? fieldDoc(name, context) : fieldDoc(name);
    if (!doc || (role && !doc.in.includes(context!))) return null;
    const notes: string[] = [];
    if (doc.only) notes.push(`${doc.only} only.`);
    if (doc.deprecated) notes.push(`Deprecated: use \`${doc.deprecated}\`.`);
    if (role && doc.only && doc.only !== role.language) notes.push(`This state uses ${role.language}.`);
    return markdown(model, `**${doc.name}**${context ? ` (${context === 'Machine' ? 'state machine' : context})` : ''}\n\n${doc.doc}${notes.length ? '\n\n' + notes.join(' ') : ''}`, property.keyOffset, property.keyLength);
  }
  return hoverOnString(model, hit, offset);
}
