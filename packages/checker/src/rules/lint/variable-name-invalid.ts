import { analysisOf, isValidVariableName } from '../../analysis/index.js';
import type { RuleModule } from '../../rule.js';

/** Variable names must be identifiers and must not be the reserved `states`. */
export const variableNameInvalid: RuleModule = {
  id: 'variable-name-invalid',
  defaultSeverity: 'ERROR',
  docs: {
    description: 'Assigned variable names that are reserved (`states`) or not valid identifiers.',
    rationale: '`$states` is reserved for the state\'s input, result and context; other names must start with a letter or underscore and hold only letters, digits and underscores (at most 80 characters).',
    category: 'variables',
  },
  messages: {
    reserved: "'{name}' is reserved (it is $states); choose another variable name.",
    invalid: "'{name}' is not a valid variable name: use letters, digits and underscores, not starting with a digit.",
  },
  check(context) {
    for (const def of analysisOf(context).variables.defs) {
      if (def.name === 'states') context.report({ path: def.path, messageId: 'reserved', data: { name: def.name }, onKey: true });
      else if (!isValidVariableName(def.name)) context.report({ path: def.path, messageId: 'invalid', data: { name: def.name }, onKey: true });
    }
  },
};
