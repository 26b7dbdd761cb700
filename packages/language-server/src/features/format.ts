import { formatDocument, yamlFormattingHazard } from '@aslkit/core';
import type { FormattingOptions, TextEdit } from 'vscode-languageserver';
import type { AslModel } from '../service/model.js';

/**
 * Formats a definition with core's printer, in its own format and with its keys in the order written
 * (`order: 'preserve'`): JSON with the editor's indent, numbers and strings exactly as written; YAML in
 * block style with the editor's tab size (spaces). Returns no edits for documents with syntax errors or
 * JSON comments, and for YAML the printer would lose something in (comments, tags such as `!Sub`,
 * anchors and aliases, several documents, duplicate keys).
 */
export function format(model: AslModel, options: FormattingOptions): TextEdit[] {
  const source = model.source;
  if (!source.root) return [];
  if (source.problems.some((p) => p.kind === 'syntax' || p.kind === 'comment' || p.kind === 'empty')) return [];
  const yaml = source.format === 'yaml';
  if (yaml && (source.problems.some((p) => p.kind === 'duplicate-key') || yamlFormattingHazard(source.text) !== undefined)) return [];
  const text = source.text;
  const size = Math.max(yaml ? 1 : 0, options.tabSize || 2);
  const formatted = formatDocument(source, {
    order: 'preserve',
    indent: options.insertSpaces === false && !yaml ? '\t' : size,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    finalNewline: /\r?\n$/.test(text) || options.insertFinalNewline === true,
  });
  if (formatted === undefined || formatted === text) return [];
  return [{ range: source.lines.rangeOf(0, text.length), newText: formatted }];
}
