/**
 * aslkit's configuration: the `aslkit.config.json` schema, presets, a pure resolver to effective
 * rule severities, file ignores and inline suppression comments. File discovery and reading are
 * the CLI's and the language server's job; everything here takes data and returns data.
 */
export { CONFIG_FILE_NAME, CONFIG_JSON_SCHEMA, PRESET_NAMES } from './schema.js';
export type { AslkitConfig, ConfigOverride, ConfigProblem, EffectiveSeverity, PresetName, RuleSetting } from './schema.js';
export { OFF_IN_RECOMMENDED, presetSeverity, presetSeverityByName, type RuleDescriptor } from './presets.js';
export { isFileIgnored, parseConfig, resolveRuleSeverities, ruleSettingToSeverity } from './resolve.js';
export { globToRegExp, matchesAnyGlob, matchesGlob } from './glob.js';
export {
  applySuppressions,
  parseSuppressionComments,
  parseSuppressions,
  suppressionsOf,
  type SuppressionComment,
  type Suppressions,
} from './suppressions.js';
export { configCandidates, pathRelativeToConfig } from './discovery.js';
