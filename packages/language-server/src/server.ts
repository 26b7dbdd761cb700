import {
  DidChangeConfigurationNotification,
  ErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from './service/language-service.js';
import { readSettings } from './service/settings.js';
import { STATE_GRAPH_REQUEST, type AslSettings, type LanguageService, type LanguageServiceOptions, type StateGraphView } from './service/types.js';

export interface ListenOptions extends LanguageServiceOptions {
  /** Use this service instead of creating one. */
  service?: LanguageService;
  /**
   * Reads an aslkit config file (path as configured, workspace root for relative paths) into settings;
   * supplied by the Node entry (the browser has no files).
   */
  readConfigFile?: (path: string, workspaceRoot: string | undefined) => AslSettings | undefined;
}

const DEFAULT_DEBOUNCE_MS = 150;
const DEFAULT_SPLIT_ABOVE = 65_536;
const DEFAULT_CONFIG_FILE = 'aslkit.config.json';

/**
 * Wires LSP messages to the language service: incremental sync, debounced validation, stale results
 * dropped (a diagnostic is only published for the version it was computed on).
 */
export function listen(connection: Connection, options: ListenOptions = {}): void {
  const service = options.service ?? createLanguageService(options);
  const documents = new Map<string, TextDocument>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let settings: AslSettings = options.settings ?? {};
  let canPullConfiguration = false;
  let workspaceRoot: string | undefined;
  /** Settings as the editor sent them; the config file (if any) sits underneath. */
  let editorSettings: AslSettings = settings;
  const effective = (next: AslSettings): AslSettings => {
    // The configured file, else the workspace's aslkit.config.json when there is one.
    const file = next.configFile || DEFAULT_CONFIG_FILE;
    const fromFile = options.readConfigFile ? options.readConfigFile(file, workspaceRoot) : undefined;
    if (!fromFile) return next;
    return { ...fromFile, ...next, rules: { ...(fromFile.rules ?? {}), ...(next.rules ?? {}) } };
  };

  const publish = (uri: string): void => {
    timers.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const current = (): boolean => documents.get(uri)?.version === version;
    const run = (only?: 'aws' | 'lint'): Diagnostic[] | undefined => {
      try {
        return service.validate(document, only ? { only } : undefined);
      } catch (error) {
        connection.console.error(`aslkit: validation failed: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    };
    const split = document.getText().length > (settings.splitValidationAbove ?? DEFAULT_SPLIT_ABOVE);
    if (!split) {
      const diagnostics = run();
      // Drop results for a version the user has already edited past.
      if (diagnostics && current()) void connection.sendDiagnostics({ uri, version, diagnostics });
      return;
    }
    // Large documents: AWS's codes first, the lint rules right after (unless the user typed on).
    const first = run('aws');
    if (!first || !current()) return;
    void connection.sendDiagnostics({ uri, version, diagnostics: first });
    const rest = setTimeout(() => {
      timers.delete(uri);
      if (!current()) return;
      const all = run();
      if (all && current()) void connection.sendDiagnostics({ uri, version, diagnostics: all });
    }, 0);
    timers.set(uri, rest);
  };
  const schedule = (uri: string, delay = settings.debounceMs ?? DEFAULT_DEBOUNCE_MS): void => {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.set(uri, setTimeout(() => publish(uri), delay));
  };
  const configure = (next: AslSettings | undefined): void => {
    if (!next) return;
    editorSettings = { ...editorSettings, ...next };
    settings = effective(editorSettings);
    service.configure(settings);
    for (const uri of documents.keys()) schedule(uri, 0);
  };

  connection.onInitialize((params): InitializeResult => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    workspaceRoot = folder ?? undefined;
    const initial = readSettings((params.initializationOptions as Record<string, unknown> | undefined)?.['settings']);
    editorSettings = { ...editorSettings, ...(initial ?? {}) };
    settings = effective(editorSettings);
    service.configure(settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['"', ':', '.', '$', ' '] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        documentFormattingProvider: true,
      },
      serverInfo: { name: 'aslkit-language-server', version: '0.1.0' },
    };
  });
  connection.onInitialized(() => {
    if (!canPullConfiguration) return;
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'aslkit' }).catch(() => undefined);
    void connection.workspace.getConfiguration('aslkit').then((value: unknown) => configure(readSettings({ aslkit: value })), () => undefined);
  });
  connection.onDidChangeConfiguration((params) => {
    const pushed = readSettings(params.settings);
    if (pushed && Object.keys(pushed).length > 0) configure(pushed);
    else if (canPullConfiguration) void connection.workspace.getConfiguration('aslkit').then((value: unknown) => configure(readSettings({ aslkit: value })), () => undefined);
  });

  // The config file changed on disk (the client watches it): read it again.
  connection.onDidChangeWatchedFiles(() => configure({}));

  connection.onDidOpenTextDocument(({ textDocument }) => {
    documents.set(textDocument.uri, TextDocument.create(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text));
    schedule(textDocument.uri, 0);
  });
  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    const current = documents.get(textDocument.uri);
    if (!current) return;
    const updated = TextDocument.update(current, contentChanges as TextDocumentContentChangeEvent[], textDocument.version);
    documents.set(textDocument.uri, updated);
    schedule(textDocument.uri);
  });
  connection.onDidCloseTextDocument(({ textDocument }) => {
    const pending = timers.get(textDocument.uri);
    if (pending) clearTimeout(pending);
    timers.delete(textDocument.uri);
    documents.delete(textDocument.uri);
    service.forget(textDocument.uri);
    void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
  });

  const withDocument = <T>(uri: string, empty: T, run: (document: TextDocument) => T): T => {
    const document = documents.get(uri);
    return document ? run(document) : empty;
  };
  connection.onHover(({ textDocument, position }) => withDocument(textDocument.uri, null, (d) => service.hover(d, position)));
  connection.onCompletion(({ textDocument, position }) => withDocument(textDocument.uri, { isIncomplete: false, items: [] }, (d) => service.complete(d, position)));
  connection.onDefinition(({ textDocument, position }) => withDocument(textDocument.uri, [], (d) => service.definition(d, position)));
  connection.onReferences(({ textDocument, position, context }) => withDocument(textDocument.uri, [], (d) => service.references(d, position, context)));
  connection.onPrepareRename(({ textDocument, position }) =>
    withDocument(textDocument.uri, null, (d) => {
      const result = service.prepareRename(d, position);
      if (!result.ok) return new ResponseError<void>(ErrorCodes.InvalidRequest, `${result.code}: ${result.message}`);
      return { range: result.range, placeholder: result.placeholder };
    }),
  );
  connection.onRenameRequest(({ textDocument, position, newName }) =>
    withDocument(textDocument.uri, null, (d) => {
      const result = service.rename(d, position, newName);
      if (!result.ok) return new ResponseError<void>(ErrorCodes.InvalidRequest, `${result.code}: ${result.message}`);
      return result.edit;
    }),
  );
  connection.onCodeAction(({ textDocument, range, context }) => withDocument(textDocument.uri, [], (d) => service.codeActions(d, range, context)));
  connection.onDocumentSymbol(({ textDocument }) => withDocument(textDocument.uri, [], (d) => service.documentSymbols(d)));
  connection.onFoldingRanges(({ textDocument }) => withDocument(textDocument.uri, [], (d) => service.foldingRanges(d)));
  connection.onDocumentFormatting(({ textDocument, options: formatting }) => withDocument(textDocument.uri, [], (d) => service.format(d, formatting)));
  connection.onRequest(STATE_GRAPH_REQUEST, (params: { uri: string }): StateGraphView[] => withDocument(params.uri, [], (d) => service.stateGraphs(d)));
  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  });

  connection.listen();
}
