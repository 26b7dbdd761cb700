import { Pair, Scalar, YAMLMap, type Tags } from 'yaml';

/**
 * CloudFormation's YAML short forms (`!Ref x`, `!Sub …`, `!GetAtt a.b`, `!Join [..]`, …) as YAML
 * custom tags resolving to their long forms (`{ Ref: x }`, `{ "Fn::Sub": … }`). Sequence and
 * mapping forms keep their children's positions.
 */
const FUNCTIONS = [
  'Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub',
  'Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'ToJsonString', 'Length',
];

function longName(name: string): string {
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

function wrap(key: string, value: unknown): YAMLMap {
  const map = new YAMLMap();
  map.items.push(new Pair(new Scalar(key), value));
  return map;
}

function scalarValue(name: string, value: string): unknown {
  if (name === 'GetAtt') {
    const dot = value.indexOf('.');
    return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [longName(name)]: value };
}

export const cloudFormationTags: Tags = [
  ...['Ref', 'Condition', ...FUNCTIONS].map((name) => ({
    tag: `!${name}`,
    resolve: (value: string) => scalarValue(name, value),
  })),
  ...FUNCTIONS.flatMap((name) => [
    { tag: `!${name}`, collection: 'seq' as const, resolve: (seq: unknown) => wrap(longName(name), seq) },
    { tag: `!${name}`, collection: 'map' as const, resolve: (map: unknown) => wrap(longName(name), map) },
  ]),
] as Tags;
