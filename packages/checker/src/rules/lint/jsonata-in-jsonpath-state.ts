import { isJsonataExpression } from '@aslkit/core';
import { analysisOf } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** `{% … %}` strings in a JSONPath state are passed on as text, never evaluated. */
export const jsonataInJsonpathState: RuleModule = {
  id: 'jsonata-in-jsonpath-state',
  defaultSeverity: 'WARNING',
  docs: {
    description: 'JSONata `{% … %}` expressions written in a state whose query language is JSONPath.',
    rationale:
      'Only states whose QueryLanguage is JSONata (their own, or the machine\'s) evaluate `{% … %}`; in a JSONPath state the text is passed on literally. Set `"QueryLanguage": "JSONata"` on the state or the machine, or write a JSONPath `.$` field.',
    category: 'jsonata',
  },
  messages: {
    literal: "'{text}' is a JSONata expression in a JSONPath state: it is passed on as text. Set QueryLanguage to JSONata on '{state}' or on the state machine.",
  },
  check(context) {
    for (const { ref, sites } of analysisOf(context).states.jsonPath) {
      for (const site of sites) {
        // Only a text holding `{%` can be an expression once trimmed: the others are not copied.
        if ((site.kind === 'plain' || site.kind === 'template') && site.text.includes('{%') && isJsonataExpression(site.text.trim())) {
          const text = site.text.length > 60 ? `${site.text.slice(0, 57)}...` : site.text;
          context.report({
            path: site.path,
            messageId: 'literal',
            data: { text, state: ref.name },
            fix: { title: `Set QueryLanguage to JSONata on '${ref.name}'`, path: [...ref.path, 'QueryLanguage'], value: 'JSONata' },
          });
        }
      }
    }
  },
};
