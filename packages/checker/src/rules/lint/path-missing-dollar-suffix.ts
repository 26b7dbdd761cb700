import { analysisOf } from '../../analysis/index.js';
import type { RuleModule, RuleReport } from '../../rule.js';

/** The fields where AWS's own NO_DOLLAR warning already looks for paths and intrinsic calls. */
const NO_DOLLAR_FIELDS = new Set(['Parameters', 'ResultSelector', 'ItemSelector']);

const PATH_LIKE = /^\$\$?(?:[.[]|$)/;
const INTRINSIC_LIKE = /^States\.[A-Za-z0-9]+\(/;
const VARIABLE_LIKE = /^\$([A-Za-z_][A-Za-z0-9_]*)(?:[.[]|$)/;

/** Template fields whose value looks like a path, a variable or an intrinsic call, but whose key lacks `.$`. */
export const pathMissingDollarSuffix: RuleModule = {
  id: 'path-missing-dollar-suffix',
  defaultSeverity: 'WARNING',
  docs: {
    description:
      'Payload-template fields whose value looks like a path, a workflow variable or an intrinsic call but whose key lacks `.$`, beyond AWS\'s NO_DOLLAR: variables (`"bucket": "$bucket"`) anywhere, and paths in Assign, Credentials, ItemReader/ResultWriter Parameters and ItemBatcher BatchInput.',
    rationale:
      'Without `.$` the value is passed on as a literal string. AWS\'s NO_DOLLAR warning covers `$.`-paths and intrinsic calls in Parameters, ResultSelector and ItemSelector only; a variable reference or a path in the other template fields passes silently.',
    category: 'jsonpath',
  },
  messages: {
    variable: "'{key}' holds the text '{text}', not the value of variable ${name}: rename the key to '{key}.$'.",
    path: "'{key}' holds the text '{text}', not its value: rename the key to '{key}.$' to evaluate it.",
  },
  check(context) {
    let assigned: ReadonlySet<string> | undefined;
    for (const { sites } of analysisOf(context).states.jsonPath) {
      for (const site of sites) {
        if (site.kind !== 'plain') continue;
        // Only texts that start with `$` or `S` can look like a path, a variable or `States.…(`.
        const first = site.text.charCodeAt(0);
        if (first !== 36 && first !== 83) continue;
        const fix = (): NonNullable<RuleReport['fix']> => ({ title: `Rename to ${site.key}.$`, path: site.path, value: site.text, renameKey: `${site.key}.$` });
        const variable = VARIABLE_LIKE.exec(site.text);
        if (variable) {
          assigned ??= analysisOf(context).variables.assigned;
          if (assigned.has(variable[1] as string)) {
            context.report({ path: site.path, messageId: 'variable', data: { key: site.key, text: site.text, name: variable[1] as string }, onKey: true, fix: fix() });
          }
          continue;
        }
        // `site.field` is the state's field that holds the template.
        if (!NO_DOLLAR_FIELDS.has(site.field) && (PATH_LIKE.test(site.text) || INTRINSIC_LIKE.test(site.text))) {
          context.report({ path: site.path, messageId: 'path', data: { key: site.key, text: site.text }, onKey: true, fix: fix() });
        }
      }
    }
  },
};
