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
export { ruleDocsUrl, RULE_DOCS_BASE_URL } from './rule-docs.js';
export { formatCreateStateMachineError, formatAwsDiagnostic } from './format.js';
export { applySubstitutions, findPlaceholders, PLACEHOLDER_PATTERN } from './substitutions.js';
export { aslSchemas, schemaFileNames, type AslSchemaFlavour } from './schema/asl-schema.js';
export { MAX_STATE_NESTING_DEPTH } from './rules/aws/too-deeply-nested.js';
/** AWS's (Jackson's) wording of the first JSON syntax error of a text, for InvalidExecutionInput/InvalidOutput-style messages. */
export { firstJacksonError, type JacksonError } from './jackson.js';

/** Configuration (`aslkit.config.json`), presets and inline suppressions (see src/config/). */
export {
  CONFIG_FILE_NAME,
  CONFIG_JSON_SCHEMA,
  PRESET_NAMES,
  OFF_IN_RECOMMENDED,
  presetSeverity,
  presetSeverityByName,
  isFileIgnored,
  parseConfig,
  resolveRuleSeverities,
  ruleSettingToSeverity,
  applySuppressions,
  parseSuppressionComments,
  parseSuppressions,
  suppressionsOf,
  configCandidates,
  pathRelativeToConfig,
} from './config/index.js';
export type {
  AslkitConfig,
  ConfigOverride,
  ConfigProblem,
  EffectiveSeverity,
  PresetName,
  RuleSetting as ConfigRuleSetting,
  RuleDescriptor,
  SuppressionComment,
  Suppressions,
} from './config/index.js';
