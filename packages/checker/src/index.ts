/**
 * @aslkit/checker — validation answering exactly like AWS ValidateStateMachineDefinition, with
 * source ranges for editors, plus aslkit's lint rules through the same rule registry.
 */
export type { RuleModule, RuleContext, RuleReport, RuleDiagnostic } from './rule.js';
export type {
  CheckOptions,
  ValidateOptions,
  CheckDiagnostic,
  ValidationResult,
  CheckResult,
  RuleConfig,
  RuleSetting,
  Substitutions,
} from './types.js';
export { validateStateMachineDefinition } from './validate.js';
export { checkDocument, checkDefinition } from './check-document.js';
export { ruleRegistry, getRule, awsRules } from './rules/registry.js';
export { formatCreateStateMachineError, formatAwsDiagnostic } from './format.js';
export { applySubstitutions, findPlaceholders, PLACEHOLDER_PATTERN } from './substitutions.js';
export { aslSchemas, schemaFileNames, type AslSchemaFlavour } from './schema/asl-schema.js';
export { MAX_STATE_NESTING_DEPTH } from './rules/aws/too-deeply-nested.js';
