import type { EndpointContext } from '../context.js';
import type { ApiError } from '../protocol/api-error.js';

/** One API action: the parsed request body in, the response body (or an error value) out. */
export type ActionHandler = (context: EndpointContext, request: unknown) => Promise<object | ApiError>;
export type ActionTable = Readonly<Record<string, ActionHandler>>;
