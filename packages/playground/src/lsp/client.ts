import { BrowserMessageReader, BrowserMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-jsonrpc/browser.js';
import type {
  CodeAction,
  CompletionList,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InitializeResult,
  Location,
  Position,
  PublishDiagnosticsParams,
  Range,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';

/** The one document the playground edits, as the server sees it. */
export interface OpenDocument {
  uri: string;
  languageId: string;
  version: number;
}

/**
 * A small LSP client over a worker's postMessage channel: lifecycle, full-text document sync and
 * the requests the editor bridge needs. Requests for a document that is not open resolve empty.
 */
export class LanguageClient {
  private readonly connection: MessageConnection;
  private document: OpenDocument | undefined;
  private readonly diagnosticListeners = new Set<(params: PublishDiagnosticsParams) => void>();
  readonly ready: Promise<InitializeResult>;
  /**
   * Notifications go out in the order the editor made them, and a request waits for the ones made
   * before it (a completion typed right after a change must see that change).
   */
  private queue: Promise<unknown>;

  constructor(worker: Worker) {
    this.connection = createMessageConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      for (const listener of this.diagnosticListeners) listener(params);
    });
    // The server may log; the playground keeps the console quiet unless something fails.
    this.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      if (params.type === 1) console.error(params.message);
    });
    this.connection.listen();
    this.ready = this.connection
      .sendRequest<InitializeResult>('initialize', {
        processId: null,
        rootUri: null,
        workspaceFolders: null,
        capabilities: {
          textDocument: {
            publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
            codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } }, isPreferredSupport: true },
            rename: { prepareSupport: true },
            documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          },
          workspace: { configuration: false, workspaceEdit: { documentChanges: true } },
        },
        initializationOptions: { settings: { debounceMs: 120 } },
      })
      .then((result) => {
        void this.connection.sendNotification('initialized', {});
        return result;
      });
    this.queue = this.ready;
  }

  private enqueue(send: () => Promise<void>): Promise<void> {
    const next = this.queue.then(send);
    this.queue = next.catch(() => undefined);
    return next;
  }

  onDiagnostics(listener: (params: PublishDiagnosticsParams) => void): () => void {
    this.diagnosticListeners.add(listener);
    return () => this.diagnosticListeners.delete(listener);
  }

  /** Opens `uri` (closing the previous document, if any). */
  open(uri: string, languageId: string, version: number, text: string): Promise<void> {
    return this.enqueue(async () => {
      if (this.document) await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: this.document.uri } });
      this.document = { uri, languageId, version };
      await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    });
  }

  /** Sends the whole new text (a change without a range replaces the document). */
  change(uri: string, version: number, text: string): Promise<void> {
    return this.enqueue(async () => {
      if (!this.document || this.document.uri !== uri) return;
      this.document.version = version;
      await this.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: this.document.uri, version },
        contentChanges: [{ text }],
      });
    });
  }

  /** Pushes settings (section `aslkit`, e.g. `{ type: 'EXPRESS' }`); the server validates again. */
  configure(settings: Record<string, unknown>): Promise<void> {
    return this.enqueue(() => this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { aslkit: settings } }));
  }

  private async request<T>(method: string, params: Record<string, unknown>, empty: T): Promise<T> {
    await this.queue;
    const document = this.document;
    if (!document) return empty;
    const result = await this.connection.sendRequest<T | null>(method, { textDocument: { uri: document.uri }, ...params });
    return result ?? empty;
  }

  hover(position: Position): Promise<Hover | null> {
    return this.request<Hover | null>('textDocument/hover', { position }, null);
  }
  complete(position: Position): Promise<CompletionList | CompletionItem[]> {
    return this.request<CompletionList | CompletionItem[]>('textDocument/completion', { position }, []);
  }
  codeActions(range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    return this.request<CodeAction[]>('textDocument/codeAction', { range, context: { diagnostics } }, []);
  }
  prepareRename(position: Position): Promise<{ range: Range; placeholder: string } | null> {
    return this.request<{ range: Range; placeholder: string } | null>('textDocument/prepareRename', { position }, null);
  }
  rename(position: Position, newName: string): Promise<WorkspaceEdit | null> {
    return this.request<WorkspaceEdit | null>('textDocument/rename', { position, newName }, null);
  }
  definition(position: Position): Promise<Location[]> {
    return this.request<Location[]>('textDocument/definition', { position }, []);
  }
  references(position: Position): Promise<Location[]> {
    return this.request<Location[]>('textDocument/references', { position, context: { includeDeclaration: true } }, []);
  }
  documentSymbols(): Promise<DocumentSymbol[]> {
    return this.request<DocumentSymbol[]>('textDocument/documentSymbol', {}, []);
  }
  foldingRanges(): Promise<FoldingRange[]> {
    return this.request<FoldingRange[]>('textDocument/foldingRange', {}, []);
  }
  format(tabSize: number, insertSpaces: boolean): Promise<TextEdit[]> {
    return this.request<TextEdit[]>('textDocument/formatting', { options: { tabSize, insertSpaces } }, []);
  }
}
