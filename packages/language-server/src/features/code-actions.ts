import { propertyOf, type DocumentPath, type JsonValue } from '@aslkit/core';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import { rangeOfSpan, type AslModel, type NameOccurrence } from '../service/model.js';
import type { ValidatorDiagnostic } from '../service/types.js';
import type { DiagnosticData } from './validation.js';

type Fix = NonNullable<ValidatorDiagnostic['fix']>;

function lineIndentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

function renderValue(value: JsonValue, yaml: boolean): string {
  const json = JSON.stringify(value);
  if (!yaml || typeof value !== 'string') return json;
  return /^[A-Za-z_$][\w.$ -]*$/.test(value) && !/^(true|false|null|yes|no|on|off)$/i.test(value) && !value.endsWith(' ') ? value : json;
}

function renderKey(key: string, yaml: boolean): string {
  return yaml && /^[A-Za-z_$][\w.$-]*$/.test(key) ? key : JSON.stringify(key);
}

/** Turns a fix (a replacement at a path) into text edits; undefined when the path cannot be found. */
export function fixToEdits(model: AslModel, machinePath: DocumentPath, fix: Fix): TextEdit[] | undefined {
  const path = [...machinePath, ...fix.path];
  const key = path[path.length - 1];
  if (key === undefined) return undefined;
  const parent = model.source.nodeAt(path.slice(0, -1));
  const text = model.source.text;
  const yaml = model.source.format === 'yaml';
  if (parent?.kind !== 'object' || typeof key !== 'string') return undefined;
  const property = propertyOf(parent, key);
  if (!property) {
    if (fix.value === undefined) return undefined;
    // Insert a new property after the last one (or into the empty object).
    const last = parent.properties[parent.properties.length - 1];
    const name = fix.renameKey ?? key;
    if (!last) {
      if (yaml) return undefined;
      return [{ range: rangeOfSpan(model, parent.offset + 1, 0), newText: `${JSON.stringify(name)}: ${renderValue(fix.value, false)}` }];
    }
    const end = last.value.offset + last.value.length;
    const indent = lineIndentAt(text, last.keyOffset);
    const newText = yaml
      ? `\n${indent}${renderKey(name, true)}: ${renderValue(fix.value, true)}`
      : `,\n${indent}${JSON.stringify(name)}: ${renderValue(fix.value, false)}`;
    return [{ range: rangeOfSpan(model, end, 0), newText }];
  }
  if (fix.value === undefined) {
    // Remove the property with its separator.
    const index = parent.properties.indexOf(property);
    const valueEnd = property.value.offset + property.value.length;
    if (yaml) {
      const lineStart = text.lastIndexOf('\n', property.keyOffset - 1) + 1;
      const nextLine = text.indexOf('\n', valueEnd - 1 < lineStart ? lineStart : valueEnd - 1);
      const end = nextLine < 0 ? text.length : nextLine + 1;
      return [{ range: rangeOfSpan(model, lineStart, end - lineStart), newText: '' }];
    }
    const previous = parent.properties[index - 1];
    const next = parent.properties[index + 1];
    if (previous) {
      const start = previous.value.offset + previous.value.length;
      return [{ range: rangeOfSpan(model, start, valueEnd - start), newText: '' }];
    }
    const end = next ? next.keyOffset : valueEnd;
    return [{ range: rangeOfSpan(model, property.keyOffset, end - property.keyOffset), newText: '' }];
  }
  const edits: TextEdit[] = [];
  if (fix.renameKey !== undefined) {
    edits.push({ range: rangeOfSpan(model, property.keyOffset, property.keyLength), newText: yaml ? renderKey(fix.renameKey, true) : JSON.stringify(fix.renameKey) });
  }
  const current = property.value.value;
  if (JSON.stringify(current) !== JSON.stringify(fix.value)) {
    edits.push({ range: rangeOfSpan(model, property.value.offset, property.value.length), newText: renderValue(fix.value, yaml) });
  }
  return edits;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length]!;
}

/** The state names closest to a misspelled one (at most three, within a distance that makes sense). */
export function similarNames(name: string, candidates: readonly string[]): string[] {
  const limit = Math.max(2, Math.floor(name.length / 3));
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(name, candidate) }))
    .filter((c) => c.distance <= limit || c.candidate.toLowerCase().includes(name.toLowerCase()) || name.toLowerCase().includes(c.candidate.toLowerCase()))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, 3)
    .map((c) => c.candidate);
}

function didYouMean(model: AslModel, occurrence: NameOccurrence, diagnostics: Diagnostic[]): CodeAction[] {
  const names = Object.keys(occurrence.scope.states);
  const range = rangeOfSpan(model, occurrence.offset, occurrence.length);
  const related = diagnostics.filter((d) => overlaps(d.range, range));
  return similarNames(occurrence.name, names).map((name, index) => ({
    title: `Change to '${name}'`,
    kind: CodeActionKind.QuickFix,
    ...(related.length > 0 ? { diagnostics: related } : {}),
    ...(index === 0 ? { isPreferred: true } : {}),
    edit: { changes: { [model.uri]: [{ range, newText: model.source.format === 'yaml' && model.source.text[occurrence.tokenOffset] !== '"' ? name : JSON.stringify(name).slice(1, -1) }] } },
  }));
}

/**
 * Quick fixes at a range: the fixes the validator attached to its diagnostics, plus did-you-mean for
 * transitions to states that do not exist.
 */
export function codeActions(model: AslModel, range: Range, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (!overlaps(diagnostic.range, range)) continue;
    const data = diagnostic.data as DiagnosticData | undefined;
    if (data?.inString) continue;
    const fix = data?.fix;
    if (!fix) continue;
    const edits = fixToEdits(model, data.machinePath, fix);
    if (!edits || edits.length === 0) continue;
    const key = `${fix.title}@${JSON.stringify(edits)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [model.uri]: edits } } });
  }
  for (const occurrence of model.occurrences) {
    if (occurrence.kind !== 'reference' || Object.prototype.hasOwnProperty.call(occurrence.scope.states, occurrence.name)) continue;
    if (!overlaps(rangeOfSpan(model, occurrence.tokenOffset, occurrence.tokenLength), range)) continue;
    actions.push(...didYouMean(model, occurrence, diagnostics));
  }
  return actions;
}
