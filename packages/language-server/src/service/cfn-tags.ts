import type { LoadOptions } from '@aslkit/core';

type Tags = NonNullable<LoadOptions['customTags']>;

const INTRINSICS: [short: string, long: string][] = [
  ['Ref', 'Ref'],
  ['Sub', 'Fn::Sub'],
  ['GetAtt', 'Fn::GetAtt'],
  ['Join', 'Fn::Join'],
  ['Select', 'Fn::Select'],
  ['Split', 'Fn::Split'],
  ['If', 'Fn::If'],
  ['Equals', 'Fn::Equals'],
  ['Not', 'Fn::Not'],
  ['And', 'Fn::And'],
  ['Or', 'Fn::Or'],
  ['FindInMap', 'Fn::FindInMap'],
  ['Base64', 'Fn::Base64'],
  ['Cidr', 'Fn::Cidr'],
  ['ImportValue', 'Fn::ImportValue'],
  ['GetAZs', 'Fn::GetAZs'],
  ['Condition', 'Condition'],
  ['Transform', 'Fn::Transform'],
];

/**
 * CloudFormation's short-form YAML tags (`!Ref x`, `!Sub …`, `!GetAtt a.b`) read as their long
 * forms, so templates load as plain JSON values.
 */
export const cloudFormationTags: Tags = INTRINSICS.flatMap(([short, long]) =>
  (['scalar', 'seq', 'map'] as const).map((kind) => ({
    tag: `!${short}`,
    ...(kind === 'scalar' ? {} : { collection: kind }),
    resolve: (value: unknown): unknown => {
      if (kind === 'scalar' && short === 'GetAtt' && typeof value === 'string') return { [long]: value.split('.') };
      const plain = value !== null && typeof value === 'object' && 'toJSON' in value && typeof value.toJSON === 'function' ? value.toJSON() : value;
      return { [long]: plain };
    },
  })),
) as unknown as Tags;
