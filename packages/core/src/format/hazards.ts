import { isAlias, isNode, parseAllDocuments, visit } from 'yaml';

/**
 * Why reprinting this YAML text would lose something the value does not hold (comments, tags such as
 * CloudFormation's `!Sub`, anchors and aliases, several documents, directives), or undefined when
 * printing it from its value loses nothing. Editors use it to leave such documents alone.
 */
export function yamlFormattingHazard(text: string): string | undefined {
  const documents = parseAllDocuments(text, { version: '1.2' });
  if (!Array.isArray(documents)) return undefined;
  if (documents.length > 1) return 'several documents';
  const document = documents[0];
  if (!document) return undefined;
  if (document.commentBefore || document.comment) return 'comments';
  if (document.directives?.docStart || /^\s*%/m.test(text)) return 'directives';
  let hazard: string | undefined;
  visit(document, (_key, node) => {
    if (isAlias(node)) hazard = 'aliases';
    else if (isNode(node)) {
      if (node.comment || node.commentBefore) hazard = 'comments';
      else if (node.tag) hazard = 'tags';
      else if (node.anchor) hazard = 'anchors';
    }
    return hazard ? visit.BREAK : undefined;
  });
  if (hazard) return hazard;
  // Comments between pairs sit on the pair, not on a node; a `#` after blank space outside quotes is one.
  if (text.includes('#') && /(^|\s)#/.test(stripQuoted(text))) return 'comments';
  return undefined;
}

function stripQuoted(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '""');
}
