import type { RunningServer, ServerOptions } from './options.js';

/** Starts the HTTP server speaking AWS JSON 1.0 (`POST /`, `X-Amz-Target: AWSStepFunctions.<Action>`). */
export async function startServer(_options: ServerOptions = {}): Promise<RunningServer> {
  throw new Error('not implemented yet');
}
