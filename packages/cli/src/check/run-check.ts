import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isJsonObject, loadDocument, TEMPLATE_MARKERS, type Severity, type StateMachineType } from '@aslkit/core';
import { ConfigResolver } from '../config/load-config.js';
import { discoverFiles } from '../discovery/discover.js';
import { cacheKey, defaultCacheDirectory, ResultCache } from './cache.js';
import { reason, type CheckSettings, type FileCheck } from './engine.js';
import { displayPath } from './node-fs.js';
import { checkAll, type CheckJob } from './pool.js';
import type { FileError, Report } from './report.js';

export interface RunCheckOptions {
  args: readonly string[];
  cwd: string;
  mode: 'validate' | 'lint';
  severity: Severity;
  maxResults: number;
  type?: StateMachineType;
  name?: string;
  substitutionsFile?: string;
  configFile?: string;
  cache: boolean;
  cacheLocation?: string;
  threads?: number;
  /** Identifies the build of aslkit, so a new build never reuses old answers. */
  stamp: string;
}

export interface RunCheckStats {
  files: number;
  cached: number;
  checked: number;
}

/** `--substitutions FILE`: a JSON or YAML object of names to strings, numbers or booleans. */
export function readSubstitutions(path: string, cwd: string): { values?: Record<string, string>; error?: FileError } {
  const file = displayPath(cwd, resolve(cwd, path));
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (error) {
    return { error: { file, code: 'FILE_UNREADABLE', message: `Cannot read the substitutions file: ${reason(error)}.` } };
  }
  const value = loadDocument(text, { fileName: path }).value;
  if (!isJsonObject(value)) return { error: { file, code: 'CONFIG_INVALID', message: 'The substitutions file must hold an object of names to values.' } };
  const values: Record<string, string> = {};
  for (const [name, item] of Object.entries(value)) {
    if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') values[name] = String(item);
    else return { error: { file, code: 'CONFIG_INVALID', message: `Substitution "${name}" must be a string, number or boolean.` } };
  }
  return { values };
}

/** Finds the files, checks them (cache, then threads), and gathers one report. */
export async function runCheck(options: RunCheckOptions): Promise<{ report: Report; stats: RunCheckStats }> {
  const { cwd } = options;
  const display = (path: string): string => displayPath(cwd, path);
  const errors: FileError[] = [];
  let substitutions: Record<string, string> | undefined;
  if (options.substitutionsFile) {
    const read = readSubstitutions(options.substitutionsFile, cwd);
    if (read.error) errors.push(read.error);
    substitutions = read.values;
  }
  const discovery = await discoverFiles(options.args, cwd);
  errors.push(...discovery.errors);
  const configs = new ConfigResolver(display, options.configFile ? resolve(cwd, options.configFile) : undefined);
  const cache = options.cache ? new ResultCache(options.cacheLocation ? resolve(cwd, options.cacheLocation) : defaultCacheDirectory(cwd), options.stamp) : undefined;

  const slots: (FileCheck | undefined)[] = [];
  const jobs: CheckJob[] = [];
  const jobSlots: { slot: number; key: string; file: string }[] = [];
  const texts = new Map<string, string>();
  let cached = 0;
  for (const candidate of discovery.files) {
    const file = display(candidate.path);
    let text: string;
    try {
      text = readFileSync(candidate.path, 'utf8');
    } catch (error) {
      errors.push({ file, code: 'FILE_UNREADABLE', message: `Cannot read the file: ${reason(error)}.` });
      continue;
    }
    if (candidate.onlyIfTemplate && !TEMPLATE_MARKERS.test(text)) continue;
    const config = configs.forFile(candidate.path, options.mode);
    if (config.ignored) continue;
    const type = options.type ?? config.stateMachineType;
    const settings: CheckSettings = {
      mode: options.mode,
      severity: options.severity,
      maxResults: options.maxResults,
      ...(type ? { type } : {}),
      ...(options.name !== undefined ? { name: options.name } : {}),
      ...(substitutions ? { substitutions } : {}),
      ...(config.preset ? { preset: config.preset } : {}),
      ...(config.rules ? { rules: config.rules } : {}),
    };
    texts.set(file, text);
    const key = cacheKey(candidate.onlyIfTemplate ? `template-only\0${text}` : text, settings);
    const hit = cache?.get(file, key);
    if (hit) {
      cached++;
      slots.push(hit);
      continue;
    }
    jobSlots.push({ slot: slots.length, key, file });
    slots.push(undefined);
    jobs.push({ input: { path: candidate.path, display: file, text, ...(candidate.onlyIfTemplate ? { onlyIfTemplate: true } : {}) }, settings });
  }
  const checks = await checkAll(jobs, cwd, options.threads);
  checks.forEach((check, index) => {
    const { slot, key, file } = jobSlots[index] as { slot: number; key: string; file: string };
    slots[slot] = check;
    if (cache && check.errors.length === 0 && check.linkedFiles.length === 0) cache.set(file, key, check);
  });
  cache?.save();
  errors.push(...configs.errors);

  const report: Report = { results: [], errors, sources: new Map(), notices: configs.notices };
  // A definition file a template points at is reported once, as that template's machine.
  const linked = new Set(slots.flatMap((check) => check?.linkedFiles ?? []));
  for (const check of slots) {
    if (!check) continue;
    report.results.push(...check.results.filter((result) => result.stateMachine !== undefined || !linked.has(result.file)));
    report.errors.push(...check.errors);
    report.notices?.push(...(check.notices ?? []));
  }
  for (const result of report.results) {
    if (result.diagnostics.length === 0 || report.sources.has(result.file)) continue;
    const text = texts.get(result.file);
    if (text !== undefined) report.sources.set(result.file, text);
    else {
      try {
        report.sources.set(result.file, readFileSync(resolve(cwd, result.file), 'utf8'));
      } catch {
        // No code frame for a file that went away.
      }
    }
  }
  return { report, stats: { files: slots.length, cached, checked: jobs.length } };
}
