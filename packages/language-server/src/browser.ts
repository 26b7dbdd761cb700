import { BrowserMessageReader, BrowserMessageWriter, createConnection, type Connection } from 'vscode-languageserver/browser';
import { listen, type ListenOptions } from './server.js';

/** The worker's global scope, as far as the connection needs it. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

/** Starts the language server inside a web worker (the playground's editor talks to it by postMessage). */
export function startBrowserServer(options: ListenOptions = {}): Connection {
  const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
  listen(connection, options);
  return connection;
}
