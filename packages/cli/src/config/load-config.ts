import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import * as checker from '@aslkit/checker';
import { ruleRegistry, type RuleConfig } from '@aslkit/checker';
import type { FileError } from '../check/report.js';

/** The name of the configuration file. */
export const CONFIG_FILE_NAME = 'aslkit.config.json';

/** What the CLI needs of aslkit.config.json (the checker's config module defines the full schema). */
export interface AslkitConfig {
  preset?: string;
  stateMachineType?: 'STANDARD' | 'EXPRESS';
  [key: string]: unknown;
}

/**
 * The checker's pure config resolver (packages/checker/src/config), reached through the package's
 * public entry. Looked up at run time so the CLI keeps working (without configuration) in a build
 * whose checker does not export it.
 */
export interface ConfigApi {
  parseConfig(value: unknown, knownRuleIds?: ReadonlySet<string>): { config: AslkitConfig; problems: { message: string; path: (string | number)[] }[] };
  resolveRuleSeverities(config: AslkitConfig, rules: readonly { id: string; defaultSeverity: 'ERROR' | 'WARNING'; aws?: boolean }[], relativePath?: string): Map<string, 'ERROR' | 'WARNING' | 'off'>;
  isFileIgnored(config: AslkitConfig, relativePath: string): boolean;
}

export function configApi(source: unknown = checker): ConfigApi | undefined {
  const api = source as Partial<ConfigApi>;
  return typeof api.parseConfig === 'function' && typeof api.resolveRuleSeverities === 'function' && typeof api.isFileIgnored === 'function' ? (api as ConfigApi) : undefined;
}

export interface LoadedConfig {
  path: string;
  directory: string;
  config: AslkitConfig;
}

export interface FileConfig {
  /** The config that applies, if any. */
  loaded?: LoadedConfig;
  /** True when the config's `ignores` exclude the file. */
  ignored: boolean;
  /** Effective rule settings for the file (lint mode). */
  rules?: RuleConfig;
  preset?: string;
  stateMachineType?: 'STANDARD' | 'EXPRESS';
}

/**
 * Finds `aslkit.config.json` by walking up from each file's folder (the nearest wins), parses it
 * once per folder, and resolves the rules for each file. Problems in a config file are errors
 * naming that file (exit code 2); the file is then checked with defaults.
 */
export class ConfigResolver {
  private readonly byDirectory = new Map<string, LoadedConfig | undefined>();
  readonly errors: FileError[] = [];
  /** Things to tell the user that do not fail the run. */
  readonly notices: string[] = [];
  private readonly reported = new Set<string>();

  constructor(
    private readonly display: (path: string) => string,
    /** `--config FILE`: one config for every file, no discovery. */
    private readonly explicit?: string,
    /** The checker's config functions (tests may pass them in; null: not available). */
    private readonly api: ConfigApi | null = configApi() ?? null,
  ) {}

  private load(path: string): LoadedConfig | undefined {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      this.report(path, error instanceof SyntaxError ? `Invalid JSON: ${error.message}` : 'Cannot read the configuration file.');
      return undefined;
    }
    const known = new Set<string>();
    for (const rule of ruleRegistry) {
      known.add(rule.id);
      if (rule.code) known.add(rule.code);
    }
    const api = this.api;
    if (!api) {
      const notice = `${this.display(path)}: this build of aslkit cannot read configuration files (the checker does not export its config resolver); using the defaults.`;
      if (!this.notices.includes(notice)) this.notices.push(notice);
      return undefined;
    }
    const parsed = api.parseConfig(value, known);
    for (const problem of parsed.problems) this.report(path, `${problem.message}${problem.path.length ? ` (at ${problem.path.join('.')})` : ''}`);
    return { path, directory: dirname(path), config: parsed.config };
  }

  private report(path: string, message: string): void {
    const key = `${path}\0${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.errors.push({ file: this.display(path), code: 'CONFIG_INVALID', message });
  }

  private find(directory: string): LoadedConfig | undefined {
    if (this.byDirectory.has(directory)) return this.byDirectory.get(directory);
    const candidate = join(directory, CONFIG_FILE_NAME);
    let found: LoadedConfig | undefined;
    if (existsSync(candidate)) found = this.load(candidate);
    else {
      const parent = dirname(directory);
      found = parent === directory ? undefined : this.find(parent);
    }
    this.byDirectory.set(directory, found);
    return found;
  }

  forFile(path: string, mode: 'validate' | 'lint'): FileConfig {
    const loaded = this.explicit ? this.explicitConfig() : this.find(dirname(path));
    if (!loaded) return { ignored: false };
    const rel = relative(loaded.directory, path).split(sep).join('/');
    const api = this.api as ConfigApi;
    const ignored = !rel.startsWith('..') && api.isFileIgnored(loaded.config, rel);
    const result: FileConfig = { loaded, ignored, ...(loaded.config.stateMachineType ? { stateMachineType: loaded.config.stateMachineType } : {}) };
    if (mode === 'lint') {
      const severities = api.resolveRuleSeverities(loaded.config, ruleRegistry, rel.startsWith('..') ? undefined : rel);
      const rules: RuleConfig = {};
      for (const [id, severity] of severities) rules[id] = severity;
      result.rules = rules;
      result.preset = loaded.config.preset ?? 'recommended';
    }
    return result;
  }

  private explicitLoaded: LoadedConfig | undefined | null = null;

  private explicitConfig(): LoadedConfig | undefined {
    if (this.explicitLoaded === null) {
      this.explicitLoaded = existsSync(this.explicit as string) ? this.load(this.explicit as string) : undefined;
      if (!this.explicitLoaded) this.report(this.explicit as string, 'The configuration file given with --config does not exist or is invalid.');
    }
    return this.explicitLoaded;
  }
}

/** The starter configuration `aslkit init` writes. */
export const STARTER_CONFIG = {
  preset: 'recommended',
  rules: {},
  ignores: ['**/node_modules/**', 'cdk.out/**'],
};
