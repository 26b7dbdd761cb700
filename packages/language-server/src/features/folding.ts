import type { AstNode } from '@aslkit/core';
import type { FoldingRange } from 'vscode-languageserver';
import type { AslModel } from '../service/model.js';

/** Every object and array spanning more than one line folds; JSON keeps its closing bracket visible. */
export function foldingRanges(model: AslModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const lines = model.source.lines;
  const json = model.source.format !== 'yaml';
  const visit = (node: AstNode): void => {
    if (node.kind !== 'object' && node.kind !== 'array') return;
    const start = lines.positionAt(node.offset);
    const end = lines.positionAt(node.offset + node.length);
    let endLine = end.line;
    if (json || end.character === 0) endLine -= 1;
    if (endLine > start.line) ranges.push({ startLine: start.line, endLine });
    if (node.kind === 'object') for (const property of node.properties) visit(property.value);
    else for (const item of node.items) visit(item);
  };
  if (model.source.root) visit(model.source.root);
  return ranges;
}
