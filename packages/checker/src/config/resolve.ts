import { isJsonObject, type JsonValue } from '@aslkit/core';
import { matchesAnyGlob } from './glob.js';
import { presetSeverity, type RuleDescriptor } from './presets.js';
import {
  PRESET_NAMES,
  type AslkitConfig,
  type ConfigOverride,
  type ConfigProblem,
  type EffectiveSeverity,
  type PresetName,
  type RuleSetting,
} from './schema.js';

const RULE_SETTINGS: readonly string[] = ['off', 'warn', 'warning', 'error', 'WARNING', 'ERROR'];

export function ruleSettingToSeverity(setting: RuleSetting): EffectiveSeverity {
  if (setting === 'off') return 'off';
  return setting === 'error' || setting === 'ERROR' ? 'ERROR' : 'WARNING';
}

function problem(message: string, path: (string | number)[]): ConfigProblem {
  return { code: 'CONFIG_INVALID', message, path };
}

function parseRules(value: JsonValue | undefined, path: (string | number)[], problems: ConfigProblem[], knownRuleIds?: ReadonlySet<string>): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  if (value === undefined) return rules;
  if (!isJsonObject(value)) {
    problems.push(problem('"rules" must be an object of rule id to "off" | "warn" | "error".', path));
    return rules;
  }
  for (const [id, setting] of Object.entries(value)) {
    if (typeof setting !== 'string' || !RULE_SETTINGS.includes(setting)) {
      problems.push(problem(`Rule "${id}": expected "off", "warn" or "error".`, [...path, id]));
      continue;
    }
    if (knownRuleIds && !knownRuleIds.has(id)) {
      problems.push(problem(`Unknown rule "${id}".`, [...path, id]));
    }
    rules[id] = setting as RuleSetting;
  }
  return rules;
}

function parseStringArray(value: JsonValue | undefined, name: string, path: (string | number)[], problems: ConfigProblem[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    problems.push(problem(`"${name}" must be an array of glob strings.`, path));
    return [];
  }
  return value as string[];
}

/**
 * Checks and normalises the parsed contents of `aslkit.config.json`. Never throws: what is wrong
 * comes back as problems and is left out of the config. Pass `knownRuleIds` to report unknown ids.
 */
export function parseConfig(value: JsonValue | undefined, knownRuleIds?: ReadonlySet<string>): { config: AslkitConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: AslkitConfig = {};
  if (value === undefined) return { config, problems };
  if (!isJsonObject(value)) {
    problems.push(problem('The configuration must be a JSON object.', []));
    return { config, problems };
  }
  for (const key of Object.keys(value)) {
    if (!['$schema', 'preset', 'rules', 'ignores', 'overrides', 'stateMachineType'].includes(key)) {
      problems.push(problem(`Unknown configuration field "${key}".`, [key]));
    }
  }
  const preset = value['preset'];
  if (preset !== undefined) {
    if (typeof preset === 'string' && (PRESET_NAMES as readonly string[]).includes(preset)) config.preset = preset as PresetName;
    else problems.push(problem(`"preset" must be one of ${PRESET_NAMES.join(', ')}.`, ['preset']));
  }
  if (value['rules'] !== undefined) config.rules = parseRules(value['rules'], ['rules'], problems, knownRuleIds);
  if (value['ignores'] !== undefined) config.ignores = parseStringArray(value['ignores'], 'ignores', ['ignores'], problems);
  const overrides = value['overrides'];
  if (overrides !== undefined) {
    if (!Array.isArray(overrides)) problems.push(problem('"overrides" must be an array.', ['overrides']));
    else {
      config.overrides = [];
      overrides.forEach((override, index) => {
        if (!isJsonObject(override)) {
          problems.push(problem('An override must be an object with "files" and "rules".', ['overrides', index]));
          return;
        }
        const files = parseStringArray(override['files'], 'files', ['overrides', index, 'files'], problems);
        const rules = parseRules(override['rules'], ['overrides', index, 'rules'], problems, knownRuleIds);
        config.overrides?.push({ files, rules } satisfies ConfigOverride);
      });
    }
  }
  const type = value['stateMachineType'];
  if (type !== undefined) {
    if (type === 'STANDARD' || type === 'EXPRESS') config.stateMachineType = type;
    else problems.push(problem('"stateMachineType" must be "STANDARD" or "EXPRESS".', ['stateMachineType']));
  }
  return { config, problems };
}

/**
 * The effective severity of every rule for one file: the preset, then `rules`, then each override
 * whose `files` match `relativePath` (relative to the config's folder, `/`-separated).
 * Rule ids that the config names but the catalogue lacks are ignored here (parseConfig reports them).
 */
export function resolveRuleSeverities(
  config: AslkitConfig,
  rules: readonly RuleDescriptor[],
  relativePath?: string,
): Map<string, EffectiveSeverity> {
  const preset = config.preset ?? 'recommended';
  const effective = new Map<string, EffectiveSeverity>();
  for (const rule of rules) effective.set(rule.id, presetSeverity(preset, rule));
  const apply = (settings: Record<string, RuleSetting> | undefined): void => {
    if (!settings) return;
    for (const [id, setting] of Object.entries(settings)) {
      if (effective.has(id)) effective.set(id, ruleSettingToSeverity(setting));
    }
  };
  apply(config.rules);
  if (relativePath !== undefined) {
    for (const override of config.overrides ?? []) {
      if (matchesAnyGlob(relativePath, override.files)) apply(override.rules);
    }
  }
  return effective;
}

/** Whether a file (relative to the config's folder, `/`-separated) is excluded by `ignores`. */
export function isFileIgnored(config: AslkitConfig, relativePath: string): boolean {
  return matchesAnyGlob(relativePath, config.ignores ?? []);
}
