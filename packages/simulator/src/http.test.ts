import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRunError, run } from './index.js';

let url = '';
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.statusCode = req.url?.startsWith('/missing') ? 404 : 200;
    res.end(JSON.stringify({ method: req.method, url: req.url, body: body ? JSON.parse(body) : null }));
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const httpTask = (endpoint: string) =>
  ({
    StartAt: 'Call',
    States: {
      Call: {
        Type: 'Task',
        Resource: 'arn:aws:states:::http:invoke',
        Parameters: { ApiEndpoint: endpoint, Method: 'POST', Authentication: { ConnectionArn: 'arn:aws:events:us-east-1:123456789012:connection/c/1' }, RequestBody: { a: 1 }, QueryParameters: { q: 'x' } },
        ResultSelector: { 'status.$': '$.StatusCode', 'body.$': '$.ResponseBody' },
        End: true,
      },
    },
  }) as never;

describe('HTTP Tasks against a real local endpoint (host fetch)', () => {
  it('sends the request and returns the response', async () => {
    const r = await run(httpTask(`${url}/orders`));
    if (isRunError(r)) throw new Error(r.error.message);
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual({ status: 200, body: { method: 'POST', url: '/orders?q=x', body: { a: 1 } } });
  });
  it('fails with States.Http.StatusCode.<code> on HTTP errors', async () => {
    const r = await run(httpTask(`${url}/missing`));
    if (isRunError(r)) throw new Error(r.error.message);
    expect([r.status, r.error]).toEqual(['FAILED', 'States.Http.StatusCode.404']);
  });
});
