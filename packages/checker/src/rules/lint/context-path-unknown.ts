import { analysisOf, didYouMean, unknownContextFieldsIn } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** Context object paths (`$$.…`, `$states.context.…`) naming fields the context object does not have. */
export const contextPathUnknown: RuleModule = {
  id: 'context-path-unknown',
  defaultSeverity: 'ERROR',
  docs: {
    description: 'Context object paths (`$$.Execution.Id`, `$states.context.Task.Token`) that name fields the context object does not have.',
    rationale:
      'The context object has a fixed shape: Execution (Id, Input, Name, RoleArn, StartTime, RedriveCount, RedriveTime), State (EnteredTime, Name, RetryCount), StateMachine (Id, Name), Task (Token) and Map.Item (Index, Value, Key, Source). A misspelt field makes the path fail at run time.',
    category: 'jsonpath',
  },
  messages: {
    unknown: "The context object has no '{field}' under {parent}{hint}.",
  },
  check(context) {
    for (const facts of analysisOf(context).states.all) {
      for (const site of facts.sites) {
        // Most expressions never name the context object: skip them before any regex or array.
        if (site.kind === 'jsonata' ? !site.body.includes('$states.context') : site.kind === 'plain' || !site.text.includes('$$')) continue;
        for (const unknown of unknownContextFieldsIn(site.kind === 'jsonata' ? site.body : site.text, site.kind === 'jsonata')) {
          const suggestion = didYouMean(unknown.field, unknown.known);
          const parent = site.kind === 'jsonata' ? unknown.parent.replace(/^\$\$/, '$states.context') : unknown.parent;
          const fixed = suggestion ? site.text.replace(new RegExp(`([.'])${unknown.field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[.'\\[\\]\\s,)])`), `$1${suggestion}`) : undefined;
          context.report({
            path: site.path,
            messageId: 'unknown',
            ...(fixed && fixed !== site.text ? { fix: { title: `Use ${suggestion}`, path: site.path, value: fixed } } : {}),
            data: {
              field: unknown.field,
              parent,
              hint: suggestion ? ` (did you mean '${suggestion}'?)` : unknown.known.length > 0 ? ` (it has ${unknown.known.join(', ')})` : '',
            },
          });
        }
      }
    }
  },
};
