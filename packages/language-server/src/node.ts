import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConnection, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { listen, type ListenOptions } from './server.js';
import { readSettings } from './service/settings.js';
import type { AslSettings } from './service/types.js';

export interface StartServerOptions extends ListenOptions {
  /** An existing connection; by default one over this process's stdin/stdout. */
  connection?: Connection;
}

/** Reads `preset` and `rules` of an aslkit.config.json; unreadable or invalid files give nothing. */
export function readConfigFile(path: string, workspaceRoot: string | undefined): AslSettings | undefined {
  try {
    const root = workspaceRoot?.startsWith('file:') ? fileURLToPath(workspaceRoot) : workspaceRoot;
    const file = isAbsolute(path) || !root ? path : resolve(root, path);
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const { preset, rules } = readSettings(value) ?? {};
    if (preset === undefined && rules === undefined) return undefined;
    return { ...(preset !== undefined ? { preset } : {}), ...(rules !== undefined ? { rules } : {}) };
  } catch {
    return undefined;
  }
}

/** Starts the language server over stdio (what `aslkit lsp --stdio` and the VS Code extension run). */
export function startServer(options: StartServerOptions = {}): Connection {
  const connection = options.connection ?? createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  listen(connection, { readConfigFile, ...options });
  return connection;
}
