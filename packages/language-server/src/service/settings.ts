import type { AslSettings, RuleLevel } from './types.js';

/** Maps the config file's and editors' spellings of a level to ours. */
export function normalizeLevel(level: unknown): RuleLevel | undefined {
  if (level === 'off') return 'off';
  if (level === 'warn' || level === 'warning' || level === 'WARNING') return 'warning';
  if (level === 'error' || level === 'ERROR') return 'error';
  return undefined;
}

/** Settings from the editor's `aslkit` section (or the section itself); unknown values are dropped. */
export function readSettings(value: unknown): AslSettings | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const section = (value as Record<string, unknown>)['aslkit'];
  const settings = (section && typeof section === 'object' ? section : value) as Record<string, unknown>;
  const result: AslSettings = {};
  if (typeof settings['preset'] === 'string' && settings['preset']) result.preset = settings['preset'];
  if (typeof settings['configFile'] === 'string' && settings['configFile']) result.configFile = settings['configFile'];
  if (settings['type'] === 'STANDARD' || settings['type'] === 'EXPRESS') result.type = settings['type'];
  if (typeof settings['tolerateSubstitutions'] === 'boolean') result.tolerateSubstitutions = settings['tolerateSubstitutions'];
  if (typeof settings['debounceMs'] === 'number') result.debounceMs = settings['debounceMs'];
  if (typeof settings['splitValidationAbove'] === 'number') result.splitValidationAbove = settings['splitValidationAbove'];
  const rules = settings['rules'];
  if (rules && typeof rules === 'object') {
    result.rules = {};
    for (const [id, level] of Object.entries(rules)) {
      const normalized = normalizeLevel(level);
      if (normalized) result.rules[id] = normalized;
    }
  }
  return result;
}
