import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestListener, MAX_REQUEST_BYTES } from './http.js';

let server: Server;
let url: string;
const seen: Array<{ action: string; request: unknown }> = [];

beforeAll(async () => {
  server = createServer(
    createRequestListener(async (action, request) => {
      seen.push({ action, request });
      return action === 'Echo' ? { status: 200, body: { got: request } } : { status: 400, body: { __type: 'UnknownOperationException', message: '' } };
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function post(target: string | undefined, body: string): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/x-amz-json-1.0' };
  if (target !== undefined) headers['x-amz-target'] = target;
  return fetch(url, { method: 'POST', headers, body });
}

describe('AWS JSON 1.0 protocol', () => {
  it('routes by X-Amz-Target and answers JSON', async () => {
    const response = await post('AWSStepFunctions.Echo', '{"a":1}');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.0');
    expect(response.headers.get('x-amzn-requestid')).toBeTruthy();
    expect(await response.json()).toEqual({ got: { a: 1 } });
  });

  it('treats an empty body as {}', async () => {
    expect(await (await post('AWSStepFunctions.Echo', '')).json()).toEqual({ got: {} });
  });

  it('answers a missing or foreign target with UnknownOperationException', async () => {
    for (const target of [undefined, 'DynamoDB_20120810.ListTables']) {
      const response = await post(target, '{}');
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ __type: 'UnknownOperationException', message: '' });
    }
  });

  it('answers a body that is not JSON with SerializationException', async () => {
    const response = await post('AWSStepFunctions.Echo', '{nope');
    expect(response.status).toBe(400);
    expect((await response.json()) as object).toMatchObject({ __type: 'SerializationException' });
  });

  it('refuses bodies larger than any valid request', async () => {
    const response = await post('AWSStepFunctions.Echo', 'x'.repeat(MAX_REQUEST_BYTES + 1));
    expect(response.status).toBe(413);
    expect((await response.json()) as object).toMatchObject({ __type: 'RequestEntityTooLargeException' });
  });

  it('only takes POST', async () => {
    const response = await fetch(url);
    expect(response.status).toBe(405);
  });
});
