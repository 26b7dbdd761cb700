import { describe, expect, it } from 'vitest';
import type { JsonValue } from '@aslkit/core';
import { parseResource } from '../engine/resource.js';
import { responseShapeFor, validateMockedResult } from './validate-mock.js';

const check = (resource: string, result: JsonValue, mode: 'STRICT' | 'PRESENT' | 'NONE' = 'STRICT') =>
  validateMockedResult(result, responseShapeFor(parseResource(resource)), mode);

describe('mocked result validation', () => {
  it.each([
    ['arn:aws:states:::lambda:invoke', { StatusCode: 200, Payload: { any: 'thing' } }, undefined],
    ['arn:aws:states:::lambda:invoke', { StatusCode: '200' }, "Field 'StatusCode' must be a number"],
    ['arn:aws:states:::sqs:sendMessage', { MessageId: 1 }, "Field 'MessageId' must be a string"],
    ['arn:aws:states:::sns:publish', { MessageId: 'm' }, undefined],
    ['arn:aws:states:::dynamodb:putItem', { ConsumedCapacity: { CapacityUnits: '1' } }, "Field 'CapacityUnits' must be a number"],
    ['arn:aws:states:::dynamodb:getItem', { Item: { id: { S: '1' } } }, undefined],
    ['arn:aws:states:::events:putEvents', { Entries: 'x' }, "Field 'Entries' must be an array"],
    ['arn:aws:states:::events:putEvents', { Entries: [{ EventId: 'a' }, { EventId: [1] }] }, "Field 'EventId' must be a string"],
    ['arn:aws:states:::states:startExecution', {}, "Required field 'ExecutionArn' is missing"],
    ['arn:aws:states:::states:startExecution', { ExecutionArn: 'a', StartDate: true }, "Field 'StartDate' must be a string"],
    ['arn:aws:states:::ecs:runTask', { Failures: [{ Arn: 1 }] }, "Field 'Arn' must be a string"],
    ['arn:aws:states:::glue:startJobRun', { JobRunId: 'j' }, undefined],
    ['arn:aws:states:::batch:submitJob', { JobName: 'n' }, "Required field 'JobId' is missing"],
    ['arn:aws:states:::aws-sdk:s3:getObject', { StorageClass: 'Papyrus' }, "Field 'StorageClass' is not an expected value"],
    ['arn:aws:states:::aws-sdk:kms:encrypt', { CiphertextBlob: '' }, "Field 'CiphertextBlob' is smaller than the minimum length"],
    ['arn:aws:states:::aws-sdk:lambda:getFunction', { Configuration: { MemorySize: 10241 } }, "Field 'MemorySize' exceeds the maximum value"],
    ['arn:aws:states:::aws-sdk:lambda:getFunction', { Configuration: { MemorySize: 127 } }, "Field 'MemorySize' is less than the minimum value"],
    ['arn:aws:states:::events:putEvents', { random: 'json' }, undefined],
    ['arn:aws:lambda:us-east-1:111111111111:function:f', 'anything', undefined],
  ] as [string, JsonValue, string | undefined][])('%s %j → %s', (resource, result, problem) => {
    expect(check(resource, result)).toBe(problem === undefined ? undefined : `Mock result schema validation error: ${problem}`);
  });

  it('PRESENT checks only what is present; NONE checks nothing', () => {
    expect(check('arn:aws:states:::states:startExecution', {}, 'PRESENT')).toBeUndefined();
    expect(check('arn:aws:states:::states:startExecution', { ExecutionArn: 1 }, 'PRESENT')).toBe("Mock result schema validation error: Field 'ExecutionArn' must be a string");
    expect(check('arn:aws:states:::states:startExecution', { ExecutionArn: 1 }, 'NONE')).toBeUndefined();
  });
});
