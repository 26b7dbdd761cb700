import type { Severity } from '@aslkit/core';

/** The name of the project configuration file (found by walking up from a definition; the CLI's job). */
export const CONFIG_FILE_NAME = 'aslkit.config.json';

/** Built-in rule sets. `aws`: exactly AWS's own codes; `recommended` (default); `strict`: every rule, warnings of our rules as errors. */
export const PRESET_NAMES = ['aws', 'recommended', 'strict'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** A rule's setting in a config file: ESLint-style words or AWS severities. */
export type RuleSetting = 'off' | 'warn' | 'warning' | 'error' | 'WARNING' | 'ERROR';

/** A rule's effective setting after presets and the config's `rules` are applied. */
export type EffectiveSeverity = Severity | 'off';

/** Rules for a subset of files (globs relative to the config file's folder). */
export interface ConfigOverride {
  files: string[];
  rules: Record<string, RuleSetting>;
}

/** The contents of `aslkit.config.json`. */
export interface AslkitConfig {
  /** The preset to start from (default `recommended`). */
  preset?: PresetName;
  /** Per-rule settings, by rule id (our kebab-case ids) or AWS code (`NO_DOLLAR`). */
  rules?: Record<string, RuleSetting>;
  /** Globs of definition files to skip entirely (relative to the config file's folder; `**`, `*`, `?`, `{a,b}`). */
  ignores?: string[];
  /** Per-file rule settings, applied in order after `rules`. */
  overrides?: ConfigOverride[];
  /** The state machine type to check files as, unless the caller knows better. */
  stateMachineType?: 'STANDARD' | 'EXPRESS';
}

/** A problem found in a config file's contents (reported by the CLI/LSP against the config file). */
export interface ConfigProblem {
  code: 'CONFIG_INVALID';
  message: string;
  /** JSON path inside the config where the problem is. */
  path: (string | number)[];
}

/** JSON Schema (draft-07) of `aslkit.config.json`, for editors. */
export const CONFIG_JSON_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'aslkit configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    preset: { enum: [...PRESET_NAMES], default: 'recommended', description: 'Rule set to start from.' },
    rules: {
      type: 'object',
      description: 'Rule severities by rule id or AWS code.',
      additionalProperties: { enum: ['off', 'warn', 'warning', 'error', 'WARNING', 'ERROR'] },
    },
    ignores: { type: 'array', items: { type: 'string' }, description: 'Globs of files not to check.' },
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files', 'rules'],
        properties: {
          files: { type: 'array', items: { type: 'string' } },
          rules: { type: 'object', additionalProperties: { enum: ['off', 'warn', 'warning', 'error', 'WARNING', 'ERROR'] } },
        },
      },
    },
    stateMachineType: { enum: ['STANDARD', 'EXPRESS'] },
  },
} as const;
