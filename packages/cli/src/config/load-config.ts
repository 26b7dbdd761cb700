import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import {
  CONFIG_FILE_NAME,
  isFileIgnored,
  parseConfig,
  resolveRuleSeverities,
  ruleRegistry,
  type AslkitConfig,
  type RuleConfig,
} from '@aslkit/checker';
import type { JsonValue } from '@aslkit/core';
import type { FileError } from '../check/report.js';

export { CONFIG_FILE_NAME };

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
 * once per folder with the checker's pure config module, and resolves the rules for each file.
 * Problems in a config file are errors naming that file (exit code 2); the files are then checked
 * with the defaults.
 */
export class ConfigResolver {
  private readonly byDirectory = new Map<string, LoadedConfig | undefined>();
  readonly errors: FileError[] = [];
  /** Things to tell the user that do not fail the run. */
  readonly notices: string[] = [];
  private readonly reported = new Set<string>();
  private explicitLoaded: LoadedConfig | undefined | null = null;

  constructor(
    private readonly display: (path: string) => string,
    /** `--config FILE`: one config for every file, no discovery. */
    private readonly explicit?: string,
  ) {}

  private load(path: string): LoadedConfig | undefined {
    let value: JsonValue;
    try {
      value = JSON.parse(readFileSync(path, 'utf8')) as JsonValue;
    } catch (error) {
      this.report(path, error instanceof SyntaxError ? `Invalid JSON: ${error.message}` : 'Cannot read the configuration file.');
      return undefined;
    }
    const known = new Set<string>();
    for (const rule of ruleRegistry) {
      known.add(rule.id);
      if (rule.code) known.add(rule.code);
    }
    const parsed = parseConfig(value, known);
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

  private explicitConfig(): LoadedConfig | undefined {
    if (this.explicitLoaded === null) {
      const path = this.explicit as string;
      this.explicitLoaded = existsSync(path) ? this.load(path) : undefined;
      if (!existsSync(path)) this.report(path, 'The configuration file given with --config does not exist.');
    }
    return this.explicitLoaded;
  }

  forFile(path: string, mode: 'validate' | 'lint'): FileConfig {
    const loaded = this.explicit ? this.explicitConfig() : this.find(dirname(path));
    if (!loaded) return { ignored: false };
    const rel = relative(loaded.directory, path).split(sep).join('/');
    const inside = !rel.startsWith('..');
    const result: FileConfig = {
      loaded,
      ignored: inside && isFileIgnored(loaded.config, rel),
      ...(loaded.config.stateMachineType ? { stateMachineType: loaded.config.stateMachineType } : {}),
    };
    if (mode === 'lint') {
      const severities = resolveRuleSeverities(loaded.config, ruleRegistry, inside ? rel : undefined);
      const rules: RuleConfig = {};
      for (const [id, severity] of severities) rules[id] = severity;
      result.rules = rules;
      result.preset = loaded.config.preset ?? 'recommended';
    }
    return result;
  }
}

/** The starter configuration `aslkit init` writes. */
export const STARTER_CONFIG = {
  preset: 'recommended',
  rules: {},
  ignores: ['**/node_modules/**', 'cdk.out/**'],
};
