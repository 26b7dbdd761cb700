/**
 * @aslkit/endpoint: the AWS Step Functions API (AWS JSON 1.0 protocol) over the aslkit simulator, for
 * `aslkit serve`. Node-only (node:http, node:fs). No credentials are checked; binds to 127.0.0.1 by default.
 */
export type { ServerOptions, RunningServer, ClockMode } from './options.js';
export type { Endpoint, EndpointResponse } from './endpoint.js';
export { createEndpoint } from './endpoint.js';
export { startServer } from './server.js';
export { DEFAULT_PORT, DEFAULT_HOST } from './options.js';
