import { describe, expect, it } from 'vitest';
import { Arns, isValidAliasName, isValidName, parseArn } from './arn.js';

const scope = { partition: 'aws', region: 'us-east-1', account: '123456789012' };

describe('ARNs', () => {
  it('builds and parses state machine, version and alias ARNs', () => {
    const machine = Arns.stateMachine(scope, 'Orders');
    expect(machine).toBe('arn:aws:states:us-east-1:123456789012:stateMachine:Orders');
    expect(parseArn(machine)).toEqual({ kind: 'stateMachine', scope, machine: 'Orders' });
    expect(parseArn(`${machine}:3`)).toEqual({ kind: 'stateMachine', scope, machine: 'Orders', qualifier: '3' });
    expect(parseArn(`${machine}:PROD`)).toEqual({ kind: 'stateMachine', scope, machine: 'Orders', qualifier: 'PROD' });
  });

  it('parses executions, express executions, activities and map runs', () => {
    expect(parseArn(Arns.execution(scope, 'Orders', 'run-1'))).toMatchObject({ kind: 'execution', machine: 'Orders', execution: 'run-1' });
    expect(parseArn(Arns.express(scope, 'Fast', 'run', 'abc'))).toMatchObject({ kind: 'express', machine: 'Fast', id: 'abc' });
    expect(parseArn(Arns.activity(scope, 'Work'))).toMatchObject({ kind: 'activity', name: 'Work' });
    expect(parseArn(Arns.mapRun(scope, 'Orders', 'Label', 'id'))).toMatchObject({ kind: 'mapRun', machine: 'Orders' });
  });

  it('rejects what is not a Step Functions ARN', () => {
    for (const bad of ['', 'Orders', 'arn:aws:lambda:us-east-1:123456789012:function:f', 'arn:aws:states:us-east-1:123:stateMachine:X', 'arn:aws:states:us-east-1:123456789012:stateMachine:', 'arn:aws:states:us-east-1:123456789012:thing:X']) {
      expect(parseArn(bad), bad).toBeUndefined();
    }
  });
});

describe('names', () => {
  it.each([['ok-name_1', true], ['a'.repeat(80), true], ['a'.repeat(81), false], ['', false], ['has space', false], ['x:y', false], ['tab\there', false], ['ctl\u0001', false], ['brace{', false]])('%s → %s', (name, valid) => {
    expect(isValidName(name)).toBe(valid);
  });

  it('alias names are not all digits', () => {
    expect(isValidAliasName('PROD')).toBe(true);
    expect(isValidAliasName('123')).toBe(false);
    expect(isValidAliasName('a.b')).toBe(false);
  });
});
