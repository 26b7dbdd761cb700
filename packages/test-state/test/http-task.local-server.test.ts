import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTestStateException, testState } from '@aslkit/test-state';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      if (request.url?.startsWith('/fail')) {
        response.writeHead(503, 'Service Unavailable', { 'content-type': 'application/json' });
        response.end('{"reason":"down"}');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ method: request.method, url: request.url, body: body ? (JSON.parse(body) as unknown) : null }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const definition = () =>
  JSON.stringify({
    Type: 'Task',
    Resource: 'arn:aws:states:::http:invoke',
    Parameters: {
      'ApiEndpoint.$': `States.Format('${base}{}', $.path)`,
      Method: 'POST',
      Authentication: { ConnectionArn: 'arn:aws:events:us-east-1:111111111111:connection/c/1' },
      QueryParameters: { q: 'x' },
      'RequestBody.$': '$.payload',
    },
    ResultSelector: { 'status.$': '$.StatusCode', 'echo.$': '$.ResponseBody' },
    Retry: [{ ErrorEquals: ['States.Http.StatusCode.503'], MaxAttempts: 2 }],
    End: true,
  });

describe('HTTP Task against a real local server (no mock)', () => {
  it('performs the request and returns the response as the result', async () => {
    const response = await testState({
      definition: definition(),
      input: JSON.stringify({ path: '/orders', payload: { id: 7 } }),
      roleArn: 'arn:aws:iam::111111111111:role/r',
      inspectionLevel: 'TRACE',
    });
    if (isTestStateException(response)) throw new Error(response.message);
    expect(response.status).toBe('SUCCEEDED');
    expect(JSON.parse(response.output ?? 'null')).toEqual({ status: 200, echo: { method: 'POST', url: '/orders?q=x', body: { id: 7 } } });
    expect(response.inspectionData?.request).toMatchObject({ method: 'POST', url: `${base}/orders?q=x`, body: '{"id":7}' });
    expect(response.inspectionData?.response).toMatchObject({ statusCode: '200' });
  });

  it('an error status is a States.Http.StatusCode.<code> error that Retry sees', async () => {
    const response = await testState({
      definition: definition(),
      input: JSON.stringify({ path: '/fail', payload: {} }),
      roleArn: 'arn:aws:iam::111111111111:role/r',
      inspectionLevel: 'DEBUG',
    });
    if (isTestStateException(response)) throw new Error(response.message);
    expect(response).toMatchObject({ status: 'RETRIABLE', error: 'States.Http.StatusCode.503' });
    expect(JSON.parse(response.cause ?? '{}')).toMatchObject({ StatusCode: 503, ResponseBody: { reason: 'down' } });
  });
});
