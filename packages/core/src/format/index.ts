import type { SourceDocument } from '../source/document.js';
import { printAst, type FormatOptions } from './print.js';

export { FIELD_ORDER, STRUCTURAL_CHILDREN, STRUCTURAL_OBJECTS, sortAslFields, childContext, type AslContext } from './asl-order.js';
export { printAst, yamlString, type FormatOptions, type FormatTarget, type PrintSource } from './print.js';
export { yamlFormattingHazard } from './hazards.js';

/**
 * The document printed as JSON or YAML (see printAst), or undefined when it has no syntax tree.
 * Callers decide which parse problems they accept before formatting.
 */
export function formatDocument(document: SourceDocument, options: FormatOptions = {}): string | undefined {
  if (!document.root) return undefined;
  return printAst(document.root, { text: document.text, format: document.format }, options);
}
