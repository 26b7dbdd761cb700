import { describe, expect, it } from 'vitest';
import type { EndpointContext } from '../context.js';
import type { AliasRecord } from '../model/records.js';
import { routeAlias } from './versions-aliases.js';

const alias: AliasRecord = {
  arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:M:PROD',
  name: 'PROD',
  routingConfiguration: [
    { stateMachineVersionArn: 'v1', weight: 90 },
    { stateMachineVersionArn: 'v2', weight: 10 },
  ],
  creationDate: 0,
  updateDate: 0,
};

function withDraw(draw: number): EndpointContext {
  return { random: () => draw } as unknown as EndpointContext;
}

describe('routeAlias', () => {
  it.each([
    [0, 'v1'],
    [89.999, 'v1'],
    [90, 'v2'],
    [99.999, 'v2'],
  ])('a draw of %d routes to %s', (draw, version) => {
    expect(routeAlias(withDraw(draw), alias)).toBe(version);
  });

  it('never routes to a version of weight 0', () => {
    const zero: AliasRecord = { ...alias, routingConfiguration: [{ stateMachineVersionArn: 'v1', weight: 0 }, { stateMachineVersionArn: 'v2', weight: 100 }] };
    for (const draw of [0, 50, 99.9]) expect(routeAlias(withDraw(draw), zero)).toBe('v2');
  });
});
