/**
 * AWS JSON 1.0 over node:http: `POST /` with `X-Amz-Target: AWSStepFunctions.<Action>`, a JSON body in,
 * a JSON body out. Bodies larger than any valid request are refused before they are buffered whole.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiErrors, apiError, errorBody, type ApiError } from './api-error.js';

export const TARGET_PREFIX = 'AWSStepFunctions.';
export const CONTENT_TYPE = 'application/x-amz-json-1.0';
/** Larger than the largest valid request (a 1 MiB definition, JSON-escaped), smaller than harmful. */
export const MAX_REQUEST_BYTES = 8 * 1024 * 1024;

export type Dispatch = (action: string, request: unknown) => Promise<{ status: number; body: unknown }>;

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': CONTENT_TYPE,
    'Content-Length': Buffer.byteLength(text),
    'x-amzn-RequestId': randomUUID(),
  });
  response.end(text);
}

function sendError(response: ServerResponse, error: ApiError, status = error.status): void {
  send(response, status, errorBody(error));
}

/** Reads the body up to `limit` bytes; undefined when it is larger. */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? '0');
    if (declared > limit) {
      resolve(undefined);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    request.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks));
    });
    request.on('error', reject);
  });
}

/** The request listener of the server. */
export function createRequestListener(dispatch: Dispatch, log?: (line: string) => void): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const started = performance.now();
    const target = String(request.headers['x-amz-target'] ?? '');
    const action = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : '';
    const respond = (status: number, body: unknown): void => {
      send(response, status, body);
      log?.(`${request.method ?? '?'} ${action || target || '-'} ${status} ${(performance.now() - started).toFixed(1)}ms`);
    };
    void (async () => {
      if (request.method !== 'POST') {
        respond(405, errorBody(apiError('UnknownOperationException', `Only POST is supported (got ${request.method ?? ''})`)));
        request.resume();
        return;
      }
      const body = await readBody(request, MAX_REQUEST_BYTES);
      if (body === undefined) {
        respond(413, errorBody(apiError('RequestEntityTooLargeException', `Request body is larger than ${MAX_REQUEST_BYTES} bytes`)));
        response.on('finish', () => request.destroy());
        return;
      }
      if (!action) {
        respond(400, errorBody(ApiErrors.unknownOperation()));
        return;
      }
      let parsed: unknown = {};
      const text = body.toString('utf8');
      if (text.trim() !== '') {
        try {
          parsed = JSON.parse(text);
        } catch {
          respond(400, errorBody(ApiErrors.serialization('The request body is not valid JSON.')));
          return;
        }
      }
      const result = await dispatch(action, parsed);
      respond(result.status, result.body);
    })().catch((error: unknown) => {
      log?.(`internal error: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) sendError(response, ApiErrors.internal());
    });
  };
}
