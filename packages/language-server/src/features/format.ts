import type { AstNode } from '@aslkit/core';
import type { FormattingOptions, TextEdit } from 'vscode-languageserver';
import type { AslModel } from '../service/model.js';

/**
 * Pretty-prints a JSON definition from its syntax tree: one property per line, the editor's indent,
 * numbers and strings exactly as written (so `1.0` and escapes survive). Documents with syntax errors
 * or comments, and YAML, are left alone (no edits).
 */
export function format(model: AslModel, options: FormattingOptions): TextEdit[] {
  const source = model.source;
  const root = source.root;
  if (source.format === 'yaml' || !root) return [];
  if (source.problems.some((p) => p.kind === 'syntax' || p.kind === 'comment' || p.kind === 'empty')) return [];
  const unit = options.insertSpaces === false ? '\t' : ' '.repeat(Math.max(0, options.tabSize || 2));
  const eol = source.text.includes('\r\n') ? '\r\n' : '\n';
  const text = source.text;
  const print = (node: AstNode, depth: number): string => {
    const inner = unit.repeat(depth + 1);
    if (node.kind === 'object') {
      if (node.properties.length === 0) return '{}';
      const parts = node.properties.map((p) => `${inner}${text.slice(p.keyOffset, p.keyOffset + p.keyLength)}: ${print(p.value, depth + 1)}`);
      return `{${eol}${parts.join(',' + eol)}${eol}${unit.repeat(depth)}}`;
    }
    if (node.kind === 'array') {
      if (node.items.length === 0) return '[]';
      const parts = node.items.map((item) => inner + print(item, depth + 1));
      return `[${eol}${parts.join(',' + eol)}${eol}${unit.repeat(depth)}]`;
    }
    return text.slice(node.offset, node.offset + node.length);
  };
  let formatted = print(root, 0);
  const trailing = /\r?\n$/.test(text) || options.insertFinalNewline ? eol : '';
  formatted += trailing;
  if (formatted === text) return [];
  return [{ range: source.lines.rangeOf(0, text.length), newText: formatted }];
}
