import type { RuleModule } from '../rule.js';
import { duplicateLabelName } from './aws/duplicate-label-name.js';
import { duplicateStateName } from './aws/duplicate-state-name.js';
import { invalidJsonDescription } from './aws/invalid-json-description.js';
import { invalidLabelName } from './aws/invalid-label-name.js';
import { invalidResource } from './aws/invalid-resource.js';
import { invalidStateName } from './aws/invalid-state-name.js';
import { missingDescription } from './aws/missing-description.js';
import { missingEndState } from './aws/missing-end-state.js';
import { missingTransitionTarget } from './aws/missing-transition-target.js';
import { noDollar } from './aws/no-dollar.js';
import { noPath } from './aws/no-path.js';
import { passResultIsStatic } from './aws/pass-result-is-static.js';
import { schemaValidationFailed } from './aws/schema-validation-failed.js';
import {
  stateMachineNameAlreadyExists,
  stateMachineNameEmpty,
  stateMachineNameInvalid,
  stateMachineNameTooLong,
} from './aws/state-machine-name.js';
import { tooDeeplyNested } from './aws/too-deeply-nested.js';
import { lintRules } from './lint/index.js';

/** AWS's documented codes, in the order their checks run. */
export const awsRules: readonly RuleModule[] = [
  invalidJsonDescription,
  missingDescription,
  schemaValidationFailed,
  invalidResource,
  missingEndState,
  duplicateStateName,
  invalidStateName,
  stateMachineNameEmpty,
  stateMachineNameInvalid,
  stateMachineNameTooLong,
  stateMachineNameAlreadyExists,
  duplicateLabelName,
  invalidLabelName,
  missingTransitionTarget,
  tooDeeplyNested,
  noDollar,
  noPath,
  passResultIsStatic,
];

/** Every rule: AWS's codes, then aslkit's lint rules. */
export const ruleRegistry: readonly RuleModule[] = [...awsRules, ...lintRules];

const byId = new Map<string, RuleModule>(ruleRegistry.map((rule) => [rule.id, rule]));

export function getRule(id: string): RuleModule | undefined {
  return byId.get(id);
}
