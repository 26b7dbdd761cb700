import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver';

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/language-server/', import.meta.url));

export function fixtureText(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

export function documentOf(name: string, text = fixtureText(name), version = 1): TextDocument {
  const languageId = /\.ya?ml$/.test(name) ? 'asl-yaml' : 'asl';
  return TextDocument.create(`file:///fixtures/${name}`, languageId, version, text);
}

/** The position of the `nth` occurrence of `needle` (plus `delta` characters). */
export function positionOf(document: TextDocument, needle: string, delta = 0, nth = 0): Position {
  const text = document.getText();
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`'${needle}' #${nth} not found`);
  }
  return document.positionAt(index + delta);
}

/** Applies LSP text edits to a text (edits must not overlap). */
export function applyEdits(document: TextDocument, edits: { range: { start: Position; end: Position }; newText: string }[]): string {
  return TextDocument.applyEdits(document, edits);
}
