/**
 * The playground page: wires the editor (with the language server in a worker), the state graph,
 * the run and TestState panels, examples, share links, themes and the offline cache.
 */
import { loadDocument, type GraphNode, type SourceDocument } from '@aslkit/core';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import './styles.css';
import { byId, el } from './dom.js';
import { EXAMPLES, type Example } from './examples.js';
import { StateGraphView, enclosingStatePath, type RunMark } from './graph/state-graph-view.js';
import { connectEditor } from './lsp/bridge.js';
import { LanguageClient } from './lsp/client.js';
import { toEditorRange } from './lsp/convert.js';
import { JSON_LANGUAGE, YAML_LANGUAGE, monaco } from './monaco.js';
import { RunPanel, marksOf } from './run/run-panel.js';
import { TestStatePanel } from './run/test-state-panel.js';
import type { TimelineEntry } from './run/timeline.js';
import { decodeShare, encodeShare, type EditorFormat } from './share.js';
import { applyTheme, initialTheme, type Theme } from './theme.js';

const started = performance.now();
const timings: Record<string, number> = {};
(window as unknown as { __aslkitTimings: Record<string, number> }).__aslkitTimings = timings;

// --- Editor and language server -------------------------------------------------------------------
const models: Record<EditorFormat, monaco.editor.ITextModel> = {
  json: monaco.editor.createModel('', JSON_LANGUAGE, monaco.Uri.parse('file:///playground/definition.asl.json')),
  yaml: monaco.editor.createModel('', YAML_LANGUAGE, monaco.Uri.parse('file:///playground/definition.asl.yaml')),
};
let format: EditorFormat = 'json';
let theme: Theme = initialTheme();
applyTheme(theme);

const editor = monaco.editor.create(byId('editor'), {
  model: models.json,
  theme: theme === 'dark' ? 'vs-dark' : 'vs',
  automaticLayout: true,
  minimap: { enabled: false },
  fontSize: 13,
  tabSize: 2,
  wordBasedSuggestions: 'off',
  fixedOverflowWidgets: true,
  lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.On },
  ariaLabel: 'State machine definition',
});

const worker = new Worker(new URL('./lsp/worker.ts', import.meta.url), { type: 'module', name: 'aslkit-language-server' });
const client = new LanguageClient(worker);
const bridge = connectEditor(client, [JSON_LANGUAGE, YAML_LANGUAGE], () => editor.getModel());

const languageIdOf = (f: EditorFormat): string => (f === 'yaml' ? 'asl-yaml' : 'asl-json');
let openFormat: EditorFormat | undefined;
const openInServer = (): Promise<void> => {
  const model = models[format];
  openFormat = format;
  return client.open(model.uri.toString(), languageIdOf(format), model.getVersionId(), model.getValue());
};
for (const f of ['json', 'yaml'] as const) {
  models[f].onDidChangeContent(() => {
    if (f !== format) return;
    void client.change(models[f].uri.toString(), models[f].getVersionId(), models[f].getValue());
    scheduleDocumentUpdate();
  });
}

// --- Parsed document, graph, cursor sync -----------------------------------------------------------
let parsed: SourceDocument = loadDocument('', { format: 'json' });
const graphView = new StateGraphView(byId('graph'), (node) => revealState(node));
const testStatePanel = new TestStatePanel(
  {
    stateName: byId('ts-state'),
    input: byId<HTMLTextAreaElement>('ts-input'),
    mockResult: byId<HTMLTextAreaElement>('ts-mock'),
    button: byId<HTMLButtonElement>('ts-run'),
    result: byId('ts-result'),
  },
  () => (format === 'json' ? models.json.getValue() : JSON.stringify(parsed.value ?? {})),
);

const graphNote = byId('graph-note');
let updateTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleDocumentUpdate(): void {
  if (updateTimer) clearTimeout(updateTimer);
  updateTimer = setTimeout(updateDocument, 120);
}
function updateDocument(): void {
  updateTimer = undefined;
  parsed = loadDocument(models[format].getValue(), { format });
  // While the text does not parse, the graph keeps the last definition that did (mid-edit states
  // of a recovered parse would flicker in and out).
  const broken = parsed.problems.some((p) => p.kind === 'syntax' || p.kind === 'empty');
  if (!broken) graphView.update(parsed.value);
  graphNote.hidden = !broken;
  syncCursor();
}

function syncCursor(): void {
  const position = editor.getPosition();
  const model = editor.getModel();
  if (!position || !model) return;
  const hit = parsed.nodeAtOffset(model.getOffsetAt(position));
  const statePath = hit ? enclosingStatePath(hit.path) : undefined;
  graphView.select(statePath);
  testStatePanel.setState(statePath ? String(statePath[statePath.length - 1]) : undefined);
}
editor.onDidChangeCursorPosition(() => syncCursor());

function revealOffset(offset: number, length: number): void {
  const model = editor.getModel();
  if (!model) return;
  const start = model.getPositionAt(offset);
  const end = model.getPositionAt(offset + length);
  editor.setSelection(new monaco.Selection(start.lineNumber, start.column, end.lineNumber, end.column));
  editor.revealRangeInCenterIfOutsideViewport(new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column));
  editor.focus();
}
function revealState(node: GraphNode): void {
  if (node.pseudo) return;
  const span = parsed.spanOf(node.path, { key: true });
  revealOffset(span.offset, span.length);
}

// --- Problems and outline --------------------------------------------------------------------------
const problemsList = byId<HTMLUListElement>('problems');
const problemsCount = byId('problems-count');
bridge.onDiagnostics((diagnostics) => {
  problemsCount.textContent = String(diagnostics.length);
  problemsList.replaceChildren(
    ...diagnostics.map((d) => {
      const range = toEditorRange(d.range);
      const severity = d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info';
      const button = el('button', { type: 'button', class: 'link' }, `${d.message}`);
      button.addEventListener('click', () => {
        editor.setSelection(new monaco.Selection(range.startLineNumber, range.startColumn, range.endLineNumber, range.endColumn));
        editor.revealRangeInCenterIfOutsideViewport(range);
        editor.focus();
      });
      return el(
        'li',
        { class: `problem ${severity}`, 'data-code': String(d.code ?? '') },
        el('span', { class: 'severity', 'aria-label': severity }, severity === 'error' ? '✖' : severity === 'warning' ? '⚠' : 'ℹ'),
        ' ',
        button,
        ' ',
        el('span', { class: 'code' }, `${d.code ?? ''} · line ${range.startLineNumber}`),
      );
    }),
  );
  if (diagnostics.length === 0) problemsList.replaceChildren(el('li', { class: 'empty' }, 'No problems.'));
  if (timings['interactive'] === undefined) {
    timings['interactive'] = Math.round(performance.now());
    timings['sinceScript'] = Math.round(performance.now() - started);
    document.body.dataset['ready'] = 'true';
  }
  void refreshOutline();
});

const outlineList = byId<HTMLUListElement>('outline');
async function refreshOutline(): Promise<void> {
  const symbols = await bridge.documentSymbols();
  const render = (list: DocumentSymbol[]): HTMLElement[] =>
    list.map((symbol) => {
      const button = el('button', { type: 'button', class: 'link' }, symbol.name);
      button.addEventListener('click', () => {
        const range = toEditorRange(symbol.selectionRange);
        editor.setSelection(new monaco.Selection(range.startLineNumber, range.startColumn, range.endLineNumber, range.endColumn));
        editor.revealRangeInCenterIfOutsideViewport(range);
        editor.focus();
      });
      const children = symbol.children && symbol.children.length > 0 ? [el('ul', {}, ...render(symbol.children))] : [];
      return el('li', {}, button, symbol.detail ? el('span', { class: 'type' }, ` ${symbol.detail}`) : '', ...children);
    });
  outlineList.replaceChildren(...render(symbols));
}

/** The graph nodes a timeline entry ran: its name, inside the scopes its scope path names. */
function nodesOfEntry(entry: TimelineEntry): GraphNode[] {
  const scopeNames = entry.scope.filter((s): s is string => typeof s === 'string');
  return graphView.nodesNamed(entry.name).filter((n) => scopeNames.every((name) => n.path.includes(name)));
}

// --- Run panel -------------------------------------------------------------------------------------
const runPanel = new RunPanel(
  {
    input: byId<HTMLTextAreaElement>('run-input'),
    mocks: byId<HTMLTextAreaElement>('run-mocks'),
    testCase: byId<HTMLInputElement>('run-test-case'),
    runButton: byId<HTMLButtonElement>('run-button'),
    status: byId('run-status'),
    timeline: byId<HTMLOListElement>('timeline'),
  },
  () => ({ value: parsed.value, problems: parsed.problems.length }),
  (outcome) => {
    if (!outcome) {
      graphView.clearRunMarks();
      return;
    }
    const marks = new Map<string, RunMark[]>();
    const taken = new Set<string>();
    const lastInScope = new Map<string, string>();
    const graph = graphView.current;
    const start = graph.nodes.find((n) => n.pseudo === 'start' && n.group === graph.groups[0]?.id);
    const end = graph.nodes.find((n) => n.pseudo === 'end' && n.group === graph.groups[0]?.id);
    let lastTop: { id: string; failed: boolean } | undefined;
    for (const entry of outcome.entries) {
      const nodes = nodesOfEntry(entry);
      for (const node of nodes) marks.set(node.id, [...new Set([...(marks.get(node.id) ?? []), ...marksOf(entry)])]);
      const node = nodes[0];
      if (!node) continue;
      // Consecutive states of one scope (the machine, a branch, an iteration) are a transition taken.
      const scopeKey = JSON.stringify(entry.scope);
      const previous = lastInScope.get(scopeKey) ?? (entry.scope.length === 0 ? start?.id : undefined);
      if (previous) taken.add(`${previous}>${node.id}`);
      lastInScope.set(scopeKey, node.id);
      if (entry.scope.length === 0) lastTop = { id: node.id, failed: entry.failed };
    }
    if (lastTop && !lastTop.failed && end && outcome.status === 'SUCCEEDED') taken.add(`${lastTop.id}>${end.id}`);
    graphView.setRunMarks(marks, taken);
  },
  (entry) => {
    const node = nodesOfEntry(entry)[0];
    if (node) revealState(node);
  },
  () => machineType,
);

// STANDARD or EXPRESS: the checker's rules (via the server's settings) and the simulator's run both follow it.
const machineTypeSelect = byId<HTMLSelectElement>('machine-type');
let machineType: 'STANDARD' | 'EXPRESS' = 'STANDARD';
machineTypeSelect.addEventListener('change', () => {
  machineType = machineTypeSelect.value === 'EXPRESS' ? 'EXPRESS' : 'STANDARD';
  void client.configure({ type: machineType });
});

// --- Examples, formats, share links, theme ---------------------------------------------------------
const exampleSelect = byId<HTMLSelectElement>('example');
exampleSelect.replaceChildren(el('option', { value: '' }, 'Choose an example…'), ...EXAMPLES.map((e) => el('option', { value: e.id }, e.title)));
const formatSelect = byId<HTMLSelectElement>('format');

function setDefinition(text: string, nextFormat: EditorFormat): void {
  format = nextFormat;
  formatSelect.value = nextFormat;
  models[nextFormat].setValue(text);
  if (editor.getModel() !== models[nextFormat]) editor.setModel(models[nextFormat]);
  if (openFormat !== nextFormat) void openInServer();
  updateDocument();
}
function loadExample(example: Example): void {
  const text = format === 'yaml' ? toYaml(JSON.parse(example.definition)) : example.definition;
  setDefinition(text, format);
  editor.setPosition({ lineNumber: 1, column: 1 });
  editor.setScrollTop(0);
  runPanel.setExample(example.input, example.mockConfig, example.testCase);
  testStatePanel.setInput(example.input);
  exampleSelect.value = example.id;
}
exampleSelect.addEventListener('change', () => {
  const example = EXAMPLES.find((e) => e.id === exampleSelect.value);
  if (example) loadExample(example);
});
formatSelect.addEventListener('change', () => {
  const next = formatSelect.value === 'yaml' ? 'yaml' : 'json';
  if (next === format) return;
  const value = parsed.value ?? (next === 'json' ? safeYaml(models.yaml.getValue()) : undefined);
  const text = value === undefined ? models[format].getValue() : next === 'yaml' ? toYaml(value) : JSON.stringify(value, null, 2) + '\n';
  setDefinition(text, next);
});
function safeYaml(text: string): unknown {
  try {
    return parseYaml(text);
  } catch {
    return undefined;
  }
}

const shareUrl = byId<HTMLInputElement>('share-url');
byId('share').addEventListener('click', () => {
  const hash = encodeShare({ format, text: models[format].getValue() });
  history.replaceState(null, '', hash);
  shareUrl.value = location.href;
  shareUrl.hidden = false;
  shareUrl.select();
  void navigator.clipboard?.writeText(location.href).catch(() => undefined);
});

byId('theme').addEventListener('click', () => {
  theme = theme === 'dark' ? 'light' : 'dark';
  applyTheme(theme);
  monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs');
});

// Tabs (keyboard: the buttons are focusable; arrow keys move between tabs of a list).
for (const list of document.querySelectorAll<HTMLElement>('[role="tablist"]')) {
  const tabs = [...list.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const select = (tab: HTMLButtonElement): void => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      const panel = document.getElementById(other.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !selected;
    }
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = tabs[(index + step + tabs.length) % tabs.length];
      if (next) {
        select(next);
        next.focus();
      }
    });
  });
}

// --- Start -----------------------------------------------------------------------------------------
const shared = decodeShare(location.hash);
if (shared) setDefinition(shared.text, shared.format);
else loadExample(EXAMPLES[0] as Example);
void client.ready.then(() => {
  timings['serverReady'] = Math.round(performance.now());
});

// The built site only (the dev server has hot reload and serves no precache list).
if (!import.meta.hot && 'serviceWorker' in navigator) {
  void navigator.serviceWorker.register('./sw.js').catch(() => undefined);
}
