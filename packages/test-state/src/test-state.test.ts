import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isTestStateException, testState } from './index.js';
import type { FetchLike, TestStateRequest, TestStateResponse } from './api-types.js';
import type { TaskInvocation } from './engine/types.js';

const role = 'arn:aws:iam::111111111111:role/r';
const task = (extra: object = {}) => JSON.stringify({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'FunctionName.$': '$.f' }, End: true, ...extra });

async function respond(request: TestStateRequest, options = {}): Promise<TestStateResponse> {
  const answer = await testState(request, options);
  if (isTestStateException(answer)) throw new Error(`unexpected exception ${answer.code}: ${answer.message}`);
  return answer;
}

describe('testState statuses', () => {
  it('SUCCEEDED with output and nextState', async () => {
    const response = await respond({ definition: JSON.stringify({ Type: 'Pass', Result: { a: 1 }, Next: 'B' }), input: '{}' });
    expect(response).toEqual({ status: 'SUCCEEDED', output: '{"a":1}', nextState: 'B' });
  });
  it('FAILED from a Fail state', async () => {
    expect(await respond({ definition: JSON.stringify({ Type: 'Fail', Error: 'E', Cause: 'C' }) })).toEqual({ status: 'FAILED', error: 'E', cause: 'C' });
  });
  it('RETRIABLE with errorDetails and the back-off for the given retry count', async () => {
    const response = await respond({
      definition: task({ Retry: [{ ErrorEquals: ['E'], IntervalSeconds: 2, BackoffRate: 3, MaxAttempts: 5 }] }),
      input: '{"f":"x"}',
      inspectionLevel: 'DEBUG',
      mock: { errorOutput: { error: 'E', cause: 'C' } },
      stateConfiguration: { retrierRetryCount: 2 },
    });
    expect(response.status).toBe('RETRIABLE');
    expect(response.inspectionData?.errorDetails).toEqual({ retryIndex: 0, retryBackoffIntervalSeconds: 18 });
  });
  it('FAILED with the exhausted retrier index', async () => {
    const response = await respond({
      definition: task({ Retry: [{ ErrorEquals: ['E'], MaxAttempts: 1 }] }),
      input: '{"f":"x"}',
      inspectionLevel: 'DEBUG',
      mock: { errorOutput: { error: 'E', cause: 'C' } },
      stateConfiguration: { retrierRetryCount: 1 },
    });
    expect(response).toMatchObject({ status: 'FAILED', error: 'E', inspectionData: { errorDetails: { retryIndex: 0 } } });
  });
  it('CAUGHT_ERROR with the catcher index, next state and output', async () => {
    const response = await respond({
      definition: task({ Catch: [{ ErrorEquals: ['Other'], Next: 'X' }, { ErrorEquals: ['States.ALL'], ResultPath: '$.err', Next: 'Handler' }] }),
      input: '{"f":"x"}',
      inspectionLevel: 'DEBUG',
      mock: { errorOutput: { error: 'E', cause: 'C' } },
    });
    expect(response).toMatchObject({ status: 'CAUGHT_ERROR', error: 'E', cause: 'C', nextState: 'Handler', output: '{"f":"x","err":{"Error":"E","Cause":"C"}}' });
    expect(response.inspectionData?.errorDetails).toEqual({ catchIndex: 1 });
  });
});

describe('inspection levels', () => {
  const request: TestStateRequest = { definition: JSON.stringify({ Type: 'Pass', InputPath: '$.a', Parameters: { 'b.$': '$.b' }, End: true }), input: '{"a":{"b":1}}' };
  it('INFO has no inspectionData', async () => {
    expect((await respond(request)).inspectionData).toBeUndefined();
  });
  it('DEBUG has the data-flow stages as JSON text', async () => {
    expect((await respond({ ...request, inspectionLevel: 'DEBUG' })).inspectionData).toEqual({
      input: '{"a":{"b":1}}',
      afterInputPath: '{"b":1}',
      afterParameters: '{"b":1}',
      afterResultSelector: '{"b":1}',
      afterResultPath: '{"b":1}',
    });
  });
  it('variables: the request variables plus what the state assigned', async () => {
    const response = await respond({
      definition: JSON.stringify({ Type: 'Pass', QueryLanguage: 'JSONata', Assign: { y: '{% $x + 1 %}' }, End: true }),
      variables: '{"x":1}',
      inspectionLevel: 'TRACE',
    });
    expect(JSON.parse(response.inspectionData?.variables ?? '{}')).toEqual({ x: 1, y: 2 });
  });
});

describe('HTTP Task', () => {
  const fakeFetch: FetchLike = async (url, init) => ({
    status: url.endsWith('/missing') ? 404 : 200,
    statusText: url.endsWith('/missing') ? 'Not Found' : 'OK',
    headers: { forEach: (callback) => callback('application/json', 'content-type') },
    text: async () => JSON.stringify({ method: init.method, body: init.body ?? null }),
  });
  const http = (endpoint: string) =>
    JSON.stringify({ Type: 'Task', Resource: 'arn:aws:states:::http:invoke', Parameters: { ApiEndpoint: endpoint, Method: 'POST', RequestBody: { a: 1 }, Authentication: { ConnectionArn: 'arn:aws:events:us-east-1:1:connection/c' } }, End: true });

  it('calls the endpoint through the given fetch and reports request/response at TRACE', async () => {
    const response = await respond({ definition: http('http://localhost/ok'), roleArn: role, inspectionLevel: 'TRACE' }, { fetch: fakeFetch });
    expect(response.status).toBe('SUCCEEDED');
    expect(JSON.parse(response.output ?? '')).toMatchObject({ StatusCode: 200, StatusText: 'OK', ResponseBody: { method: 'POST', body: '{"a":1}' } });
    expect(response.inspectionData?.request).toMatchObject({ method: 'POST', url: 'http://localhost/ok', body: '{"a":1}' });
    expect(response.inspectionData?.response).toMatchObject({ statusCode: '200', statusMessage: 'OK' });
  });
  it('fails with States.Http.StatusCode.<code> on an error status', async () => {
    const response = await respond({ definition: http('http://localhost/missing'), roleArn: role }, { fetch: fakeFetch });
    expect(response).toMatchObject({ status: 'FAILED', error: 'States.Http.StatusCode.404' });
  });
  it('fails with States.Http.Socket when the request cannot be made', async () => {
    const broken: FetchLike = async () => {
      throw new Error('connect ECONNREFUSED');
    };
    expect(await respond({ definition: http('http://localhost/ok'), roleArn: role }, { fetch: broken })).toMatchObject({ status: 'FAILED', error: 'States.Http.Socket' });
  });
});

describe('exceptions are values', () => {
  it.each([
    [{ definition: '{not json' }, 'InvalidDefinition'],
    [{ definition: JSON.stringify({ Type: 'Pass', End: true }), input: '{bad' }, 'InvalidExecutionInput'],
    [{ definition: task(), input: '{"f":"x"}' }, 'ValidationException'],
    [{ definition: JSON.stringify({ Type: 'Pass', End: true }), mock: { result: '{}' } }, 'ValidationException'],
    [{ definition: task(), mock: { result: '{}', errorOutput: { error: 'E' } } }, 'ValidationException'],
    [{ definition: JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }), stateName: 'Missing' }, 'ValidationException'],
    [{ definition: task(), mock: { result: '{"StatusCode":"200"}' } }, 'ValidationException'],
    [{ definition: JSON.stringify({ Type: 'Pass', End: true }), context: '{}' }, 'ValidationException'],
    [{ definition: JSON.stringify({ Type: 'Parallel', Branches: [{ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }], End: true }), mock: { result: '[1, 2]' } }, 'ValidationException'],
    [{ definition: JSON.stringify({ Type: 'Map', ItemProcessor: { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, End: true }), mock: { result: '{}' } }, 'ValidationException'],
    [{ definition: JSON.stringify({ Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', End: true }), roleArn: 'arn:aws:iam::1:role/r' }, 'ValidationException'],
  ] as [TestStateRequest, string][])('%j → %s', async (request, code) => {
    const answer = await testState(request);
    expect(isTestStateException(answer) && answer.code).toBe(code);
  });

  it('a Task without a mock or handler says so', async () => {
    const answer = await testState({ definition: task(), input: '{"f":"x"}', roleArn: role });
    expect(isTestStateException(answer) && answer.message).toContain('give a mock');
  });

  it('a local handler answers a Task without a mock', async () => {
    const response = await respond(
      { definition: task(), input: '{"f":"x"}', roleArn: role },
      { handlers: { 'arn:aws:states:::lambda:invoke': async (request: TaskInvocation) => ({ ok: true as const, result: { called: request.parameters } }) } },
    );
    expect(JSON.parse(response.output ?? '')).toEqual({ called: { FunctionName: 'x' } });
  });
});

describe('property: any request answers, never throws', () => {
  const json = fc.jsonValue({ maxDepth: 3 });
  const stateArb = fc.oneof(
    fc.constant({ Type: 'Pass', End: true }),
    fc.record({ Type: fc.constant('Pass'), Result: json, ResultPath: fc.constantFrom('$', '$.x', null, '$.a.b'), End: fc.constant(true) }),
    fc.record({ Type: fc.constant('Pass'), InputPath: fc.constantFrom('$', '$.a', '$.a[0]', null), Parameters: fc.constantFrom({ 'x.$': '$' }, { 'y.$': '$.nope' }, { 'z.$': 'States.Format(\'{}\', $)' }), End: fc.constant(true) }),
    fc.record({ Type: fc.constant('Choice'), Choices: fc.constant([{ Variable: '$.a', NumericGreaterThan: 1, Next: 'X' }, { Variable: '$.s', StringMatches: 'a*', Next: 'Y' }]), Default: fc.constant('Z') }),
    fc.record({ Type: fc.constant('Wait'), SecondsPath: fc.constantFrom('$.a', '$'), End: fc.constant(true) }),
    fc.record({ Type: fc.constant('Fail'), ErrorPath: fc.constantFrom('$.a', '$'), Cause: fc.string() }),
    fc.record({ Type: fc.constant('Pass'), QueryLanguage: fc.constant('JSONata'), Output: fc.constantFrom('{% $states.input %}', '{% $states.input.a + 1 %}', '{% $x %}', { k: '{% $count($states.input) %}' }), End: fc.constant(true) }),
    fc.record({ Type: fc.constant('Task'), Resource: fc.constant('arn:aws:states:::lambda:invoke'), ResultSelector: fc.constant({ 'p.$': '$.Payload' }), Retry: fc.constant([{ ErrorEquals: ['States.ALL'], MaxAttempts: 2 }]), End: fc.constant(true) }),
    fc.record({ Type: fc.constant('Map'), ItemsPath: fc.constantFrom('$', '$.a', '$$'), ItemSelector: fc.constantFrom(undefined, { 'v.$': '$$.Map.Item.Value' }), ToleratedFailureCount: fc.constantFrom(undefined, 0, 1), ItemProcessor: fc.constant({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }), End: fc.constant(true) }),
    fc.record({ Type: fc.constant('Parallel'), Branches: fc.constant([{ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }]), ResultPath: fc.constantFrom('$.r', null), End: fc.constant(true) }),
    fc.dictionary(fc.constantFrom('Type', 'Next', 'End', 'InputPath', 'Result', 'Choices', 'Seconds', 'Resource', 'Branches', 'ItemsPath'), json),
    json,
  );

  it('returns a response or an AWS-shaped exception for any JSON input', async () => {
    await fc.assert(
      fc.asyncProperty(stateArb, json, fc.boolean(), fc.constantFrom('INFO', 'DEBUG', 'TRACE') as fc.Arbitrary<'INFO' | 'DEBUG' | 'TRACE'>, async (state, input, mocked, level) => {
        const request: TestStateRequest = { definition: JSON.stringify(state), input: JSON.stringify(input), inspectionLevel: level };
        const type = state !== null && typeof state === 'object' && !Array.isArray(state) ? (state as { Type?: unknown }).Type : undefined;
        if (mocked && (type === 'Task' || type === 'Map' || type === 'Parallel')) {
          request.mock = { result: JSON.stringify(type === 'Task' ? input : [input]), fieldValidationMode: 'NONE' };
          if (type === 'Map') request.stateConfiguration = { mapIterationFailureCount: 1 };
        }
        const started = Date.now();
        const answer = await testState(request);
        expect(Date.now() - started).toBeLessThan(5_000);
        if (isTestStateException(answer)) {
          expect(['InvalidDefinition', 'InvalidExecutionInput', 'ValidationException']).toContain(answer.code);
          expect(typeof answer.message).toBe('string');
        } else {
          expect(['SUCCEEDED', 'FAILED', 'RETRIABLE', 'CAUGHT_ERROR']).toContain(answer.status);
          if (answer.output !== undefined) JSON.parse(answer.output);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('input nested deeper than AWS parses', () => {
  it('is InvalidExecutionInput with Jackson’s depth message, at any depth (no stack overflow)', async () => {
    const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    const request = (input: string) => ({ definition: JSON.stringify({ Type: 'Pass', End: true }), input, roleArn: 'arn:aws:iam::123456789012:role/test' });
    expect(await testState(request(deep(1000)))).toMatchObject({ status: 'SUCCEEDED' });
    for (const depth of [1001, 50_000]) {
      const answer = await testState(request(deep(depth)));
      expect(answer).toMatchObject({ code: 'InvalidExecutionInput' });
      expect((answer as { message: string }).message).toContain("Invalid State Machine Execution Input: 'Document nesting depth (1001) exceeds the maximum allowed (1000");
    }
  });
});
