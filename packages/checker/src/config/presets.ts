import type { Severity } from '@aslkit/core';
import type { EffectiveSeverity, PresetName } from './schema.js';

/** What the resolver needs to know about a rule (a `RuleModule` satisfies it). */
export interface RuleDescriptor {
  id: string;
  defaultSeverity: Severity;
  /** True for AWS's own codes. */
  aws?: boolean;
}

/**
 * Our rules that `recommended` leaves off: sound but opinionated, or noisy on correct machines.
 * `strict` turns them on.
 */
export const OFF_IN_RECOMMENDED: ReadonlySet<string> = new Set([
  'lambda-retry-missing',
  'states-all-uncatchable',
  'heartbeat-missing',
]);

/** The severity a preset gives a rule before the config's own `rules` apply. */
export function presetSeverity(preset: PresetName, rule: RuleDescriptor): EffectiveSeverity {
  if (rule.aws) return rule.defaultSeverity;
  switch (preset) {
    case 'aws':
      return 'off';
    case 'recommended':
      return OFF_IN_RECOMMENDED.has(rule.id) ? 'off' : rule.defaultSeverity;
    case 'strict':
      return 'ERROR';
  }
}

/**
 * The checker engine's hook (`activeRules(registry, options, presetSeverity)`): any preset name,
 * unknown names treated as `recommended`.
 */
export function presetSeverityByName(preset: string, rule: RuleDescriptor): EffectiveSeverity {
  const known: PresetName = preset === 'aws' || preset === 'strict' ? preset : 'recommended';
  return presetSeverity(known, rule);
}
