import { analysisOf, hasPlaceholder, intrinsicFindings, isIntrinsicText, pathFindings } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** Paths and intrinsic calls of JSONPath states that do not parse, with the position where parsing stopped. */
export const jsonpathSyntax: RuleModule = {
  id: 'jsonpath-syntax',
  defaultSeverity: 'ERROR',
  docs: {
    description: 'JSONPath paths and intrinsic function calls that do not parse, located at the exact character.',
    rationale:
      'AWS rejects an invalid path with a message naming only the field. This rule names the character where the path or intrinsic call stops being valid (an unclosed bracket, a stray quote, a missing parenthesis).',
    category: 'jsonpath',
  },
  messages: {
    syntax: "Invalid {what} '{text}': {message} (character {column}).",
  },
  check(context) {
    for (const { sites } of analysisOf(context).states.jsonPath) {
      for (const site of sites) {
        if ((site.kind !== 'path' && site.kind !== 'template') || hasPlaceholder(site.text)) continue;
        const intrinsic = isIntrinsicText(site.text);
        const findings = intrinsic ? intrinsicFindings(site.text) : pathFindings(site.text, site.kind === 'path' && site.reference ? 'reference' : 'path');
        const finding = findings.find((f) => f.code === 'jsonpath.syntax' || f.code === 'intrinsic.syntax');
        if (!finding) continue;
        context.report({
          path: site.path,
          messageId: 'syntax',
          data: { what: intrinsic ? 'intrinsic function call' : 'JSONPath', text: site.text, message: finding.message, column: finding.offset + 1 },
        });
      }
    }
  },
};
