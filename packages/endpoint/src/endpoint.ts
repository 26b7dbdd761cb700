import type { ServerOptions } from './options.js';

/** One answer of the API: the HTTP status and the JSON body (an error is `{ "__type", "message" }`). */
export interface EndpointResponse {
  status: number;
  body: unknown;
}

/** The API without HTTP: what the server calls for each request (also handy in tests). */
export interface Endpoint {
  /** Runs `AWSStepFunctions.<action>` with the parsed JSON request body. */
  handle(action: string, request: unknown): Promise<EndpointResponse>;
  /** Ends long polls and timers and flushes persistence. */
  close(): Promise<void>;
}

/** Builds the API over in-memory (or `dataDir`) stores and the simulator. */
export async function createEndpoint(_options: ServerOptions = {}): Promise<Endpoint> {
  throw new Error('not implemented yet');
}
