import type { Location, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { occurrenceAt, rangeOfSpan, sameScope, type AslModel, type NameOccurrence } from '../service/model.js';
import type { PrepareRenameResult, RenameResult } from '../service/types.js';

/** AWS's limit on state names. */
const MAX_STATE_NAME_LENGTH = 80;

function occurrencesOf(model: AslModel, target: NameOccurrence): NameOccurrence[] {
  return model.occurrences.filter((o) => o.name === target.name && o.machine === target.machine && sameScope(o.scope, target.scope));
}

function locationOf(model: AslModel, occurrence: NameOccurrence): Location {
  return { uri: model.uri, range: rangeOfSpan(model, occurrence.offset, occurrence.length) };
}

/** Go to the state a StartAt/Next/Default names (or the state itself, on its key). */
export function definition(model: AslModel, offset: number): Location[] {
  const at = occurrenceAt(model, offset);
  if (!at) return [];
  return occurrencesOf(model, at)
    .filter((o) => o.kind === 'declaration')
    .map((o) => locationOf(model, o));
}

/** Every place the state name under the cursor is written, in its scope. */
export function references(model: AslModel, offset: number, includeDeclaration = true): Location[] {
  const at = occurrenceAt(model, offset);
  if (!at) return [];
  return occurrencesOf(model, at)
    .filter((o) => includeDeclaration || o.kind === 'reference')
    .map((o) => locationOf(model, o));
}

export function prepareRename(model: AslModel, offset: number): PrepareRenameResult {
  const at = occurrenceAt(model, offset);
  if (!at) return { ok: false, code: 'NOT_A_STATE_NAME', message: 'Only state names can be renamed here.' };
  return { ok: true, range: rangeOfSpan(model, at.offset, at.length), placeholder: at.name };
}

const PLAIN_YAML = /^[A-Za-z_][A-Za-z0-9_.\-/ ]*$/;
const YAML_RESERVED = /^(true|false|null|yes|no|on|off|~)$/i;

function replacementFor(model: AslModel, occurrence: NameOccurrence, newName: string): TextEdit {
  const text = model.source.text;
  const quote = text[occurrence.tokenOffset];
  const quoted = quote === '"' || quote === "'";
  if (model.source.format !== 'yaml' || quote === '"') {
    // JSON (or a double-quoted YAML scalar): escape inside the existing quotes.
    return { range: rangeOfSpan(model, occurrence.offset, occurrence.length), newText: JSON.stringify(newName).slice(1, -1) };
  }
  if (quote === "'" && quoted) return { range: rangeOfSpan(model, occurrence.offset, occurrence.length), newText: newName.replace(/'/g, "''") };
  if (PLAIN_YAML.test(newName) && !newName.endsWith(' ') && !YAML_RESERVED.test(newName)) {
    return { range: rangeOfSpan(model, occurrence.offset, occurrence.length), newText: newName };
  }
  return { range: rangeOfSpan(model, occurrence.tokenOffset, occurrence.tokenLength), newText: JSON.stringify(newName) };
}

/** Renames a state and every reference to it in its scope; refuses invalid names and clashes. */
export function rename(model: AslModel, offset: number, newName: string): RenameResult {
  const at = occurrenceAt(model, offset);
  if (!at) return { ok: false, code: 'NOT_A_STATE_NAME', message: 'Only state names can be renamed here.' };
  if (newName.length === 0 || newName.length > MAX_STATE_NAME_LENGTH) {
    return { ok: false, code: 'INVALID_NAME', message: `A state name has 1 to ${MAX_STATE_NAME_LENGTH} characters.` };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(newName)) return { ok: false, code: 'INVALID_NAME', message: 'A state name cannot contain control characters.' };
  if (newName === at.name) return { ok: true, edit: { changes: { [model.uri]: [] } } };
  if (Object.prototype.hasOwnProperty.call(at.scope.states, newName)) {
    return { ok: false, code: 'NAME_CLASH', message: `A state named '${newName}' already exists in this scope.` };
  }
  const edits = occurrencesOf(model, at).map((o) => replacementFor(model, o, newName));
  const edit: WorkspaceEdit = { changes: { [model.uri]: edits } };
  return { ok: true, edit };
}

export type { Range };
