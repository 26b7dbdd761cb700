/**
 * Connects Monaco to the language server: markers from published diagnostics, and one Monaco
 * provider per LSP feature (hover, completion, quick fixes, rename, outline, definition, references,
 * folding, formatting). No ASL knowledge here: every answer comes from the server.
 */
import type { CompletionItem, Diagnostic, DocumentSymbol, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { monaco } from '../monaco.js';
import type { LanguageClient } from './client.js';
import {
  completionKindName,
  diagnosticKey,
  hoverMarkdown,
  toEditorPosition,
  toEditorRange,
  toEditorSymbolKind,
  toLspPosition,
  toLspRange,
  toMarkerSeverity,
} from './convert.js';

type Model = monaco.editor.ITextModel;

/** LSP 3.18 allows Markdown messages; markers take plain text. */
function messageText(message: Diagnostic['message']): string {
  return typeof message === 'string' ? message : message.value;
}

const MARKER_OWNER = 'aslkit';

export interface Bridge {
  /** The diagnostics last published for the model, as the server sent them. */
  diagnostics(): readonly Diagnostic[];
  onDiagnostics(listener: (diagnostics: readonly Diagnostic[]) => void): void;
  documentSymbols(): Promise<DocumentSymbol[]>;
}

function toMonacoEdit(edit: WorkspaceEdit | null, model: Model): monaco.languages.WorkspaceEdit {
  const edits: monaco.languages.IWorkspaceTextEdit[] = [];
  const push = (uri: string, textEdits: TextEdit[]): void => {
    const resource = uri === model.uri.toString() ? model.uri : monaco.Uri.parse(uri);
    for (const textEdit of textEdits) edits.push({ resource, textEdit: { range: toEditorRange(textEdit.range), text: textEdit.newText }, versionId: undefined });
  };
  if (edit?.documentChanges) {
    for (const change of edit.documentChanges) if ('edits' in change) push(change.textDocument.uri, change.edits.filter((e): e is TextEdit => 'range' in e));
  } else if (edit?.changes) {
    for (const [uri, textEdits] of Object.entries(edit.changes)) push(uri, textEdits);
  }
  return { edits };
}

function toSymbol(symbol: DocumentSymbol): monaco.languages.DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail ?? '',
    kind: toEditorSymbolKind(symbol.kind) as monaco.languages.SymbolKind,
    tags: [],
    range: toEditorRange(symbol.range),
    selectionRange: toEditorRange(symbol.selectionRange),
    children: (symbol.children ?? []).map(toSymbol),
  };
}

export function connectEditor(client: LanguageClient, languages: string[], currentModel: () => Model | null): Bridge {
  let published: Diagnostic[] = [];
  const byKey = new Map<string, Diagnostic>();
  const listeners = new Set<(diagnostics: readonly Diagnostic[]) => void>();

  client.onDiagnostics(({ uri, version, diagnostics }) => {
    const model = currentModel();
    if (!model || model.uri.toString() !== uri) return;
    // Results for a version the user has already typed past are dropped (the server re-publishes).
    if (version !== undefined && version !== model.getVersionId()) return;
    published = diagnostics;
    byKey.clear();
    const markers = diagnostics.map((d): monaco.editor.IMarkerData => {
      const range = toEditorRange(d.range);
      const code = d.code === undefined ? undefined : String(d.code);
      byKey.set(diagnosticKey(range, code, messageText(d.message)), d);
      return {
        ...range,
        severity: toMarkerSeverity(d.severity) as monaco.MarkerSeverity,
        message: messageText(d.message),
        source: d.source ?? 'aslkit',
        ...(code !== undefined ? { code: d.codeDescription ? { value: code, target: monaco.Uri.parse(d.codeDescription.href) } : code } : {}),
        ...(d.tags ? { tags: d.tags as monaco.MarkerTag[] } : {}),
        relatedInformation: (d.relatedInformation ?? []).map((r) => ({ resource: model.uri, message: r.message, ...toEditorRange(r.location.range) })),
      };
    });
    monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
    for (const listener of listeners) listener(published);
  });

  for (const language of languages) {
    monaco.languages.registerHoverProvider(language, {
      async provideHover(_model, position) {
        const hover = await client.hover(toLspPosition(position));
        if (!hover) return null;
        return { contents: hoverMarkdown(hover).map((value) => ({ value, isTrusted: false })), ...(hover.range ? { range: toEditorRange(hover.range) } : {}) };
      },
    });

    monaco.languages.registerCompletionItemProvider(language, {
      triggerCharacters: ['"', ':', '.', '$', ' '],
      async provideCompletionItems(model, position) {
        const answer = await client.complete(toLspPosition(position));
        const items: CompletionItem[] = Array.isArray(answer) ? answer : answer.items;
        const word = model.getWordUntilPosition(position);
        const fallback = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
        return {
          incomplete: !Array.isArray(answer) && answer.isIncomplete,
          suggestions: items.map((item): monaco.languages.CompletionItem => {
            const edit = item.textEdit;
            const range = edit ? ('range' in edit ? toEditorRange(edit.range) : { insert: toEditorRange(edit.insert), replace: toEditorRange(edit.replace) }) : fallback;
            const documentation = typeof item.documentation === 'string' ? item.documentation : item.documentation ? { value: item.documentation.value } : undefined;
            return {
              label: item.label,
              kind: monaco.languages.CompletionItemKind[completionKindName(item.kind)],
              insertText: edit?.newText ?? item.insertText ?? item.label,
              range,
              ...(item.insertTextFormat === 2 ? { insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet } : {}),
              ...(item.detail ? { detail: item.detail } : {}),
              ...(documentation ? { documentation } : {}),
              ...(item.sortText ? { sortText: item.sortText } : {}),
              ...(item.filterText ? { filterText: item.filterText } : {}),
              ...(item.additionalTextEdits ? { additionalTextEdits: item.additionalTextEdits.map((e) => ({ range: toEditorRange(e.range), text: e.newText })) } : {}),
            };
          }),
        };
      },
    });

    monaco.languages.registerCodeActionProvider(
      language,
      {
        async provideCodeActions(model, range, context) {
          const diagnostics = context.markers
            .map((m) => byKey.get(diagnosticKey(m, typeof m.code === 'object' ? m.code.value : m.code, m.message)))
            .filter((d): d is Diagnostic => d !== undefined);
          const actions = await client.codeActions(toLspRange(range), diagnostics);
          return {
            actions: actions.map((action) => ({
              title: action.title,
              kind: action.kind ?? 'quickfix',
              isPreferred: action.isPreferred ?? false,
              edit: toMonacoEdit(action.edit ?? null, model),
              diagnostics: (action.diagnostics ?? []).map((d) => ({ ...toEditorRange(d.range), message: messageText(d.message), severity: toMarkerSeverity(d.severity) as monaco.MarkerSeverity })),
            })),
            dispose() {},
          };
        },
      },
      { providedCodeActionKinds: ['quickfix'] },
    );

    monaco.languages.registerRenameProvider(language, {
      async provideRenameEdits(model, position, newName) {
        try {
          return toMonacoEdit(await client.rename(toLspPosition(position), newName), model);
        } catch (error) {
          return { edits: [], rejectReason: error instanceof Error ? error.message : String(error) };
        }
      },
      async resolveRenameLocation(_model, position) {
        try {
          const answer = await client.prepareRename(toLspPosition(position));
          if (!answer) return { range: new monaco.Range(position.lineNumber, position.column, position.lineNumber, position.column), text: '', rejectReason: 'Not a state name.' };
          return { range: toEditorRange(answer.range), text: answer.placeholder };
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return { range: new monaco.Range(position.lineNumber, position.column, position.lineNumber, position.column), text: '', rejectReason: message };
        }
      },
    });

    monaco.languages.registerDocumentSymbolProvider(language, {
      displayName: 'ASL states',
      async provideDocumentSymbols() {
        return (await client.documentSymbols()).map(toSymbol);
      },
    });

    monaco.languages.registerDefinitionProvider(language, {
      async provideDefinition(model, position) {
        return (await client.definition(toLspPosition(position))).map((l) => ({ uri: model.uri, range: toEditorRange(l.range) }));
      },
    });

    monaco.languages.registerReferenceProvider(language, {
      async provideReferences(model, position) {
        return (await client.references(toLspPosition(position))).map((l) => ({ uri: model.uri, range: toEditorRange(l.range) }));
      },
    });

    monaco.languages.registerFoldingRangeProvider(language, {
      async provideFoldingRanges() {
        return (await client.foldingRanges()).map((r) => ({ start: r.startLine + 1, end: r.endLine + 1 }));
      },
    });

    monaco.languages.registerDocumentFormattingEditProvider(language, {
      async provideDocumentFormattingEdits(_model, options) {
        return (await client.format(options.tabSize, options.insertSpaces)).map((e) => ({ range: toEditorRange(e.range), text: e.newText }));
      },
    });
  }

  return {
    diagnostics: () => published,
    onDiagnostics: (listener) => void listeners.add(listener),
    documentSymbols: () => client.documentSymbols(),
  };
}

export { toEditorPosition };
