import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VSCE = fileURLToPath(new URL('../../node_modules/@vscode/vsce/vsce', import.meta.url));

// --- a minimal `vscode` and a LanguageClient that really starts the server module it is given ---

const registered: { commands: Map<string, (...args: unknown[]) => unknown>; shown: string[]; panels: { html: string }[] } = {
  commands: new Map(),
  shown: [],
  panels: [],
};
const configuration: Record<string, unknown> = { preset: 'strict', rules: { 'hot-loop': 'off', 'hot-loop-2': 'warn', bogus: 'loud' }, configFile: '', type: 'EXPRESS', tolerateSubstitutions: false, templates: true };
let activeDocumentUri: string | undefined;

vi.mock('vscode', () => ({
  workspace: {
    getConfiguration: () => ({ get: (key: string) => configuration[key] }),
    createFileSystemWatcher: (pattern: string) => ({ pattern, dispose: () => undefined }),
  },
  commands: {
    registerCommand: (id: string, run: (...args: unknown[]) => unknown) => {
      registered.commands.set(id, run);
      return { dispose: () => registered.commands.delete(id) };
    },
  },
  window: {
    get activeTextEditor() {
      return activeDocumentUri ? { document: { uri: { toString: () => activeDocumentUri, path: '/work/orders.asl.json' } } } : undefined;
    },
    showInformationMessage: (message: string) => registered.shown.push(message),
    createWebviewPanel: () => {
      const panel = { webview: { html: '' } };
      registered.panels.push({ get html() { return panel.webview.html; } });
      return panel;
    },
  },
  ViewColumn: { Beside: -2 },
}));

interface FakeServerOptions { run: { module: string } }
interface FakeClientOptions { initializationOptions: unknown; documentSelector: unknown[]; synchronize: { configurationSection: string; fileEvents: { pattern: string } } }
const clients: FakeLanguageClient[] = [];

class FakeLanguageClient {
  child?: ChildProcess;
  connection?: MessageConnection;
  initializeResult?: { capabilities: Record<string, unknown> };
  constructor(readonly id: string, readonly name: string, readonly serverOptions: FakeServerOptions, readonly clientOptions: FakeClientOptions) {
    clients.push(this);
  }
  async start(): Promise<void> {
    const rpc = await import('vscode-jsonrpc/node');
    this.child = spawn(process.execPath, [this.serverOptions.run.module, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.connection = rpc.createMessageConnection(new rpc.StreamMessageReader(this.child.stdout!), new rpc.StreamMessageWriter(this.child.stdin!));
    this.connection.listen();
    this.initializeResult = await this.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: this.clientOptions.initializationOptions });
    await this.connection.sendNotification('initialized', {});
  }
  sendRequest<T>(method: string, params: unknown): Promise<T> {
    return this.connection!.sendRequest(method, params) as Promise<T>;
  }
  sendNotification(method: string, params: unknown): Promise<void> {
    return this.connection!.sendNotification(method, params);
  }
  async stop(): Promise<void> {
    if (!this.connection) return;
    const exited = new Promise((resolve) => this.child!.once('exit', resolve));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    await exited;
    this.connection.dispose();
    this.connection = undefined;
  }
}

vi.mock('vscode-languageclient/node', () => ({ LanguageClient: FakeLanguageClient, TransportKind: { stdio: 0, ipc: 1 } }));

let built = false;
beforeAll(async () => {
  const { buildExtension } = (await import(pathToFileURL(join(ROOT, 'scripts', 'build.mjs')).href)) as { buildExtension: () => Promise<void> };
  await buildExtension();
  built = true;
}, 120_000);

describe('extension activation against the real server', () => {
  test('activate starts the bundled server with the settings and wires the graph command', async () => {
    expect(built).toBe(true);
    const extension = await import('../src/extension.js');
    const subscriptions: { dispose(): unknown }[] = [];
    await extension.activate({ extensionPath: ROOT, subscriptions } as never);
    const client = clients[0]!;
    expect(client.serverOptions.run.module).toBe(join(ROOT, 'dist', 'server.js'));
    expect(client.clientOptions.initializationOptions).toEqual({ settings: { preset: 'strict', rules: { 'hot-loop': 'off', 'hot-loop-2': 'warning' }, type: 'EXPRESS', tolerateSubstitutions: false } });
    expect(client.clientOptions.documentSelector).toContainEqual({ pattern: '**/{template,*.template}.{yaml,yml,json}' });
    expect(client.clientOptions.documentSelector).toContainEqual({ language: 'asl-yaml' });
    expect(client.clientOptions.synchronize.fileEvents.pattern).toBe('**/aslkit.config.json');
    expect(client.initializeResult!.capabilities).toMatchObject({ hoverProvider: true, renameProvider: { prepareProvider: true }, textDocumentSync: { change: 2 } });
    expect([...registered.commands.keys()]).toEqual([extension.SHOW_GRAPH_COMMAND]);

    const uri = 'file:///work/orders.asl.json';
    const text = readFileSync(join(ROOT, '..', 'fixtures', 'language-server', 'orders.asl.json'), 'utf8');
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'asl', version: 1, text } });
    activeDocumentUri = uri;
    await registered.commands.get(extension.SHOW_GRAPH_COMMAND)!();
    expect(registered.panels).toHaveLength(1);
    expect(registered.panels[0]!.html).toContain('<svg');
    expect(registered.panels[0]!.html).toContain("Content-Security-Policy");

    await extension.deactivate();
    expect(client.connection).toBeUndefined();
  });

  test('the graph command without an editor says what to do', async () => {
    const extension = await import('../src/extension.js');
    activeDocumentUri = undefined;
    await registered.commands.get(extension.SHOW_GRAPH_COMMAND)?.();
    expect(registered.shown).toEqual(['Open a state machine definition first.']);
  });
});

describe('packaging', () => {
  test('vsce packages the built extension into a .vsix on this Node', () => {
    expect(existsSync(join(ROOT, 'dist', 'server.js'))).toBe(true);
    const out = join(mkdtempSync(join(tmpdir(), 'aslkit-vsix-')), 'aslkit.vsix');
    execFileSync(process.execPath, [VSCE, 'package', '--no-dependencies', '--allow-missing-repository', '-o', out], { cwd: ROOT, stdio: 'pipe' });
    expect(statSync(out).size).toBeGreaterThan(10_000);
    // Zip archives keep entry names as plain bytes in their directory.
    const listing = readFileSync(out).toString('latin1');
    for (const file of ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/server.js', 'extension/schemas/asl-jsonpath.schema.json']) expect(listing).toContain(file);
    expect(listing).not.toContain('extension/src/');
  }, 120_000);
});
