import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { graphHtml, type StateGraphView } from './graph-view.js';
import { documentSelector, readSettings } from './settings.js';

export const STATE_GRAPH_REQUEST = 'aslkit/stateGraph';
export const SHOW_GRAPH_COMMAND = 'aslkit.showStateGraph';

let client: LanguageClient | undefined;

/** The options the extension starts the bundled server with (exported for tests). */
export function serverOptionsFor(extensionPath: string): ServerOptions {
  const module = path.join(extensionPath, 'dist', 'server.js');
  return {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
}

export function clientOptions(): LanguageClientOptions {
  return {
    documentSelector: documentSelector(vscode.workspace.getConfiguration('aslkit')),
    initializationOptions: { settings: readSettings(vscode.workspace.getConfiguration('aslkit')) },
    // Settings changes and edits of the config file reach the server.
    synchronize: { configurationSection: 'aslkit', fileEvents: vscode.workspace.createFileSystemWatcher('**/aslkit.config.json') },
  };
}

async function showStateGraph(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) {
    void vscode.window.showInformationMessage('Open a state machine definition first.');
    return;
  }
  const uri = editor.document.uri.toString();
  const views = await client.sendRequest<StateGraphView[]>(STATE_GRAPH_REQUEST, { uri });
  const title = `Graph: ${path.basename(editor.document.uri.path)}`;
  const panel = vscode.window.createWebviewPanel('aslkit.stateGraph', title, vscode.ViewColumn.Beside, { enableScripts: false });
  panel.webview.html = graphHtml(title, views);
}

export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  client = new LanguageClient('aslkit', 'aslkit language server', serverOptionsFor(context.extensionPath), clientOptions());
  context.subscriptions.push(vscode.commands.registerCommand(SHOW_GRAPH_COMMAND, showStateGraph));
  await client.start();
  context.subscriptions.push({ dispose: () => void client?.stop() });
  return client;
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}
