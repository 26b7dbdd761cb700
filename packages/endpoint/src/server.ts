import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEndpoint } from './endpoint.js';
import { DEFAULT_HOST, DEFAULT_PORT, type RunningServer, type ServerOptions } from './options.js';
import { createRequestListener } from './protocol/http.js';

/**
 * Starts the HTTP server speaking AWS JSON 1.0 (`POST /`, `X-Amz-Target: AWSStepFunctions.<Action>`).
 * Binds to 127.0.0.1 unless `host` says otherwise; checks no credentials. Rejects with a message fit for
 * a user when the port is taken or the data dir or mock config cannot be read.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const endpoint = await createEndpoint(options);
  const host = options.host ?? DEFAULT_HOST;
  const requestedPort = options.port ?? DEFAULT_PORT;
  const server = createServer(createRequestListener((action, request) => endpoint.handle(action, request), options.log));
  server.keepAliveTimeout = 65_000;
  server.requestTimeout = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(requestedPort, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await endpoint.close();
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') throw new Error(`Port ${requestedPort} on ${host} is already in use`, { cause: error });
    throw new Error(`Cannot listen on ${host}:${requestedPort}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  options.log?.(`aslkit serve: listening on http://${urlHost}:${port} (no credentials are checked)`);
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    host,
    port,
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        await endpoint.close();
        server.closeAllConnections();
        await stopped;
      })();
      return closing;
    },
  };
}
