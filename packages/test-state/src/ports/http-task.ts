import type { JsonObject, JsonValue } from '@aslkit/core';
import type { FetchLike } from '../api-types.js';
import type { HttpExchange, TaskInvocation, TaskOutcome } from '../engine/types.js';

/** Timers exist in every JavaScript host, but not in the ES library types this package compiles with. */
const timers = globalThis as unknown as { setTimeout(callback: () => void, ms: number): unknown; clearTimeout(id: unknown): void };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function formEncode(value: JsonValue, prefix = ''): string[] {
  if (isObject(value)) return Object.keys(value).flatMap((key) => formEncode(value[key] as JsonValue, prefix ? `${prefix}[${key}]` : key));
  if (Array.isArray(value)) return value.flatMap((item, index) => formEncode(item, `${prefix}[${index}]`));
  return [`${encodeURIComponent(prefix)}=${encodeURIComponent(value === null ? '' : String(value))}`];
}

function headerText(headers: Record<string, string>): string {
  return `[${Object.entries(headers)
    .map(([key, value]) => `${key}: ${value}`)
    .join(', ')}]`;
}

/** Build the HTTP request an `arn:aws:states:::http:invoke` Task describes. */
export function buildHttpRequest(parameters: JsonValue): { url: string; method: string; headers: Record<string, string>; body?: string } | { error: string } {
  if (!isObject(parameters)) return { error: 'The Parameters of an HTTP Task must be an object.' };
  const endpoint = parameters['ApiEndpoint'];
  const method = parameters['Method'];
  if (typeof endpoint !== 'string' || typeof method !== 'string') return { error: "The fields 'ApiEndpoint' and 'Method' are required." };
  let url = endpoint;
  if (isObject(parameters['QueryParameters'])) {
    const query = formEncode(parameters['QueryParameters']).join('&');
    if (query) url += (url.includes('?') ? '&' : '?') + query;
  }
  const headers: Record<string, string> = {};
  if (isObject(parameters['Headers'])) {
    for (const [key, value] of Object.entries(parameters['Headers'])) headers[key] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  let body: string | undefined;
  const requestBody = parameters['RequestBody'];
  if (requestBody !== undefined) {
    const transform = isObject(parameters['Transform']) ? parameters['Transform'] : {};
    if (transform['RequestBodyEncoding'] === 'URL_ENCODED') {
      body = formEncode(requestBody).join('&');
      headers['Content-Type'] ??= 'application/x-www-form-urlencoded';
    } else {
      body = typeof requestBody === 'string' ? requestBody : JSON.stringify(requestBody);
      headers['Content-Type'] ??= 'application/json';
    }
  }
  return { url, method: method.toUpperCase(), headers, ...(body === undefined ? {} : { body }) };
}

/**
 * Perform an HTTP Task for real with the given `fetch`: the result is `{ Headers, ResponseBody,
 * StatusCode, StatusText }`; a status of 400 or more fails with `States.Http.StatusCode.<code>`, a
 * network failure with `States.Http.Socket`.
 */
export async function invokeHttpTask(invocation: TaskInvocation, fetchImpl: FetchLike | undefined, timeoutMs = 60_000): Promise<TaskOutcome> {
  const request = buildHttpRequest(invocation.parameters);
  if ('error' in request) return { ok: false, error: 'States.Runtime', cause: request.error };
  if (!fetchImpl) return { ok: false, error: 'States.Http.Socket', cause: 'No fetch implementation is available to perform the HTTP request.' };
  const protocol = request.url.startsWith('https:') ? 'https' : 'http';
  const requestInspection = { protocol, method: request.method, url: request.url, headers: headerText(request.headers), body: request.body ?? '' };
  let timer: unknown;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = timers.setTimeout(() => reject(new Error(`The HTTP request timed out after ${timeoutMs} ms`)), timeoutMs);
    });
    const response = await Promise.race([
      fetchImpl(request.url, { method: request.method, headers: request.headers, ...(request.body === undefined ? {} : { body: request.body }) }),
      timeout,
    ]);
    const text = await Promise.race([response.text(), timeout]);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    let body: JsonValue = text;
    try {
      body = JSON.parse(text) as JsonValue;
    } catch {
      // Not JSON: the body stays text.
    }
    const http: HttpExchange = {
      request: requestInspection,
      response: { protocol, statusCode: String(response.status), statusMessage: response.statusText, headers: headerText(headers), body: text },
    };
    const headerObject: JsonObject = {};
    for (const [key, value] of Object.entries(headers)) headerObject[key] = [value];
    const result: JsonObject = { Headers: headerObject, ResponseBody: body, StatusCode: response.status, StatusText: response.statusText };
    if (response.status >= 400) return { ok: false, error: `States.Http.StatusCode.${response.status}`, cause: JSON.stringify(result), http };
    return { ok: true, result, http };
  } catch (thrown) {
    return { ok: false, error: 'States.Http.Socket', cause: thrown instanceof Error ? thrown.message : 'The HTTP request failed.' };
  } finally {
    if (timer !== undefined) timers.clearTimeout(timer);
  }
}
