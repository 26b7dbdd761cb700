import type { PropertyNode } from '../source/nodes.js';

/** ASL's own fields in the order people read them; other keys keep their order after these. */
export const FIELD_ORDER: readonly string[] = [
  'Comment', 'QueryLanguage', 'StartAt', 'TimeoutSeconds', 'Version', 'States',
  'Type', 'Label', 'Resource', 'Credentials', 'Variable', 'Condition', 'Choices', 'Default',
  'Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath', 'Error', 'ErrorPath', 'Cause', 'CausePath',
  'ItemsPath', 'Items', 'ItemReader', 'ItemSelector', 'ItemBatcher', 'MaxConcurrency', 'MaxConcurrencyPath',
  'ToleratedFailurePercentage', 'ToleratedFailurePercentagePath', 'ToleratedFailureCount', 'ToleratedFailureCountPath',
  'ItemProcessor', 'Iterator', 'ProcessorConfig', 'Mode', 'ExecutionType', 'Branches', 'ResultWriter',
  'InputPath', 'Parameters', 'Arguments', 'Result', 'ResultSelector', 'ResultPath', 'OutputPath', 'Output', 'Assign',
  'TimeoutSecondsPath', 'HeartbeatSeconds', 'HeartbeatSecondsPath',
  'ErrorEquals', 'IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds', 'JitterStrategy',
  'Retry', 'Catch', 'Next', 'End',
];
const RANK = new Map(FIELD_ORDER.map((field, index) => [field, index]));

/** Keys holding arrays (or objects) whose members are ASL objects, not user payloads. */
export const STRUCTURAL_CHILDREN: ReadonlySet<string> = new Set(['Retry', 'Catch', 'Choices', 'And', 'Or', 'Branches']);
/** Keys holding one ASL object (not a user payload). */
export const STRUCTURAL_OBJECTS: ReadonlySet<string> = new Set([
  'ItemProcessor', 'Iterator', 'ProcessorConfig', 'ItemReader', 'ReaderConfig', 'ResultWriter', 'WriterConfig', 'ItemBatcher', 'Not',
]);

/**
 * What an object stands for while printing in ASL order: ASL fields (sorted), the `States` map
 * (names keep their order, each value is a state), or a user payload (left exactly as it is).
 */
export type AslContext = 'fields' | 'states' | 'payload';

/** The context of the value under `key` inside an object of context `parent`. */
export function childContext(parent: AslContext, key: string): AslContext {
  if (parent === 'states') return 'fields';
  if (parent === 'payload') return 'payload';
  if (key === 'States') return 'states';
  return STRUCTURAL_CHILDREN.has(key) || STRUCTURAL_OBJECTS.has(key) ? 'fields' : 'payload';
}

/** Properties with ASL fields first in FIELD_ORDER; the rest keep their relative order (stable). */
export function sortAslFields(properties: readonly PropertyNode[]): PropertyNode[] {
  const last = FIELD_ORDER.length;
  return properties
    .map((property, index) => ({ property, index, rank: RANK.get(property.key) ?? last }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.property);
}
