import { createConnection, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { listen, type ListenOptions } from './server.js';

export interface StartServerOptions extends ListenOptions {
  /** An existing connection; by default one over this process's stdin/stdout. */
  connection?: Connection;
}

/** Starts the language server over stdio (what `aslkit lsp --stdio` and the VS Code extension run). */
export function startServer(options: StartServerOptions = {}): Connection {
  const connection = options.connection ?? createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  listen(connection, options);
  return connection;
}
