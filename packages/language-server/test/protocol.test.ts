import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CodeAction, CompletionList, DocumentSymbol, Hover, Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixtureText } from './helpers.js';
import { LspClient } from './lsp-client.js';

// The real server, bundled and started as a child process, spoken to over stdio as an editor would.
let client: LspClient;
beforeAll(async () => {
  client = await LspClient.start({ settings: { preset: 'recommended', debounceMs: 20 } });
});
afterAll(async () => {
  expect(await client.stop()).toBe(0);
});

const JSON_URI = 'file:///work/orders.asl.json';
const YAML_URI = 'file:///work/orders.asl.yaml';
const TEMPLATE_URI = 'file:///work/template.yaml';

function positionIn(text: string, needle: string, delta = 0) {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not found`);
  return TextDocument.create('x', 'x', 0, text).positionAt(index + delta);
}

function apply(text: string, edit: WorkspaceEdit | null, uri: string): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'x', 0, text), edit?.changes?.[uri] ?? []);
}

describe('JSON over the wire', () => {
  const text = fixtureText('orders.asl.json');
  let version = 1;

  test('initialize advertises the features; didOpen publishes diagnostics for version 1', async () => {
    const published = await client.open(JSON_URI, 'asl', text, version);
    expect(published.version).toBe(1);
    expect(published.diagnostics.filter((d) => d.severity === 1)).toEqual([]);
  });

  test('didChange (incremental) → diagnostics with exact range, code and docs link', async () => {
    version++;
    const at = positionIn(text, '"Next": "Route"', 13);
    const next = client.nextDiagnostics(JSON_URI, version);
    await client.notify('textDocument/didChange', {
      textDocument: { uri: JSON_URI, version },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' }],
    });
    const published = await next;
    const missing = published.diagnostics.find((d) => d.code === 'MISSING_TRANSITION_TARGET' && /Rout/.test(String(d.message)));
    expect(missing).toMatchObject({
      range: { start: { line: 17, character: 14 }, end: { line: 17, character: 20 } },
      severity: 1,
      source: 'aslkit',
      codeDescription: { href: expect.stringMatching(/docs\/rules\/aws\/MISSING_TRANSITION_TARGET\.md$/) },
    });
  });

  test('code action: did-you-mean edits the target', async () => {
    const range = { start: { line: 17, character: 16 }, end: { line: 17, character: 16 } };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: JSON_URI }, range, context: { diagnostics: [] } });
    const change = actions.find((a) => a.title === "Change to 'Route'");
    expect(change?.edit?.changes?.[JSON_URI]).toEqual([{ range: { start: { line: 17, character: 15 }, end: { line: 17, character: 19 } }, newText: 'Route' }]);
  });

  test('NO_DOLLAR: the quick fix renames the key to .$', async () => {
    version++;
    const key = positionIn(text, '"Payload.$"', 8);
    const next = client.nextDiagnostics(JSON_URI, version);
    await client.notify('textDocument/didChange', {
      textDocument: { uri: JSON_URI, version },
      contentChanges: [
        { range: { start: key, end: { line: key.line, character: key.character + 2 } }, text: '' },
        { range: { start: { line: 17, character: 19 }, end: { line: 17, character: 19 } }, text: 'e' },
      ],
    });
    const published = await next;
    const noDollar = published.diagnostics.find((d) => d.code === 'NO_DOLLAR');
    expect(noDollar?.range).toEqual({ start: { line: 9, character: 8 }, end: { line: 9, character: 17 } });
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: JSON_URI }, range: noDollar!.range, context: { diagnostics: [noDollar] } });
    expect(actions.map((a) => a.title)).toContain("Rename 'Payload' to 'Payload.$'");
    const fix = actions.find((a) => a.title === "Rename 'Payload' to 'Payload.$'")!;
    expect(fix.edit!.changes![JSON_URI]).toEqual([{ range: { start: { line: 9, character: 8 }, end: { line: 9, character: 17 } }, newText: '"Payload.$"' }]);
  });

  test('hover on a field and on a transition target', async () => {
    const onKey = await client.request<Hover>('textDocument/hover', { textDocument: { uri: JSON_URI }, position: positionIn(text, '"Resource"', 3) });
    expect(onKey.range).toEqual({ start: { line: 6, character: 6 }, end: { line: 6, character: 16 } });
    expect((onKey.contents as { value: string }).value).toMatch(/^\*\*Resource\*\* \(Task\)/);
    const onTarget = await client.request<Hover>('textDocument/hover', { textDocument: { uri: JSON_URI }, position: positionIn(text, '"Default": "Ship"', 13) });
    expect((onTarget.contents as { value: string }).value).toBe('**Ship** — Pass\n\nEnds its scope.');
  });

  test('completion of state names in Default', async () => {
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: JSON_URI }, position: positionIn(text, '"Default": "Ship"', 13) });
    expect(list.items.map((i) => i.label)).toEqual(['Validate', 'Review', 'Ship', 'Failed']);
    expect(list.items[0]!.textEdit).toEqual({ range: { start: { line: 28, character: 17 }, end: { line: 28, character: 23 } }, newText: '"Validate"' });
  });

  test('definition, references, rename and a refused rename', async () => {
    const position = positionIn(text, '"Default": "Ship"', 13);
    const definition = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: JSON_URI }, position });
    expect(definition).toEqual([{ uri: JSON_URI, range: { start: { line: 45, character: 5 }, end: { line: 45, character: 9 } } }]);
    const references = await client.request<Location[]>('textDocument/references', { textDocument: { uri: JSON_URI }, position, context: { includeDeclaration: true } });
    expect(references.map((l) => [l.range.start.line, l.range.start.character])).toEqual([
      [28, 18],
      [43, 15],
      [45, 5],
    ]);
    const prepared = await client.request<{ placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: JSON_URI }, position });
    expect(prepared.placeholder).toBe('Ship');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: JSON_URI }, position, newName: 'Deliver' });
    expect(edit.changes![JSON_URI]!.map((e) => [e.range.start.line, e.newText])).toEqual([
      [28, 'Deliver'],
      [43, 'Deliver'],
      [45, 'Deliver'],
    ]);
    await expect(client.request('textDocument/rename', { textDocument: { uri: JSON_URI }, position, newName: 'Review' })).rejects.toThrow(/NAME_CLASH/);
  });

  test('document symbols and folding', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: JSON_URI } });
    expect(symbols.map((s) => s.name)).toEqual(['Validate', 'Route', 'Review', 'Ship', 'Failed']);
    expect(symbols[2]!.children![0]!.children!.map((s) => s.name)).toEqual(['Pack']);
    const folds = await client.request<unknown[]>('textDocument/foldingRange', { textDocument: { uri: JSON_URI } });
    expect(folds.length).toBeGreaterThan(10);
  });
});

describe('YAML over the wire', () => {
  const text = fixtureText('orders.asl.yaml');

  test('diagnostics, hover, completion, definition, rename, symbols', async () => {
    const published = await client.open(YAML_URI, 'asl-yaml', text);
    expect(published.diagnostics.filter((d) => d.severity === 1)).toEqual([]);

    const next = client.nextDiagnostics(YAML_URI, 2);
    const at = positionIn(text, 'Next: Ship', 10);
    await client.notify('textDocument/didChange', { textDocument: { uri: YAML_URI, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: 'p' }] });
    const changed = await next;
    const missing = changed.diagnostics.find((d) => d.code === 'MISSING_TRANSITION_TARGET' && /Shipp/.test(String(d.message)));
    expect(missing?.range).toEqual({ start: { line: 12, character: 10 }, end: { line: 12, character: 15 } });
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: YAML_URI }, range: missing!.range, context: { diagnostics: [] } });
    expect(actions[0]!.title).toBe("Change to 'Ship'");
    expect(actions[0]!.edit!.changes![YAML_URI]).toEqual([{ range: missing!.range, newText: 'Ship' }]);
    await client.notify('textDocument/didChange', { textDocument: { uri: YAML_URI, version: 3 }, contentChanges: [{ text }] });

    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: YAML_URI }, position: positionIn(text, 'Catch:', 1) });
    expect(hover.range).toEqual({ start: { line: 8, character: 4 }, end: { line: 8, character: 9 } });
    const definition = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: YAML_URI }, position: positionIn(text, 'Next: Failed', 7) });
    expect(definition).toEqual([{ uri: YAML_URI, range: { start: { line: 16, character: 2 }, end: { line: 16, character: 8 } } }]);
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: YAML_URI }, position: positionIn(text, 'Next: Failed', 7), newName: 'Rejected' });
    expect(apply(text, edit, YAML_URI)).toContain('        Next: Rejected\n');
    expect(apply(text, edit, YAML_URI)).toContain('\n  Rejected:\n    Type: Fail');
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: YAML_URI } });
    expect(symbols.map((s) => [s.name, s.selectionRange.start.line])).toEqual([
      ['Validate', 3],
      ['Ship', 13],
      ['Failed', 16],
    ]);
    const completion = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: YAML_URI }, position: positionIn(text, 'Type: Pass', 6) });
    expect(completion.items.map((i) => i.label)).toEqual(['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map']);
  });

  test('state machines inside a SAM template', async () => {
    const text = fixtureText('template.yaml');
    const clean = await client.open(TEMPLATE_URI, 'yaml', text);
    expect(clean.diagnostics.filter((d) => d.severity === 1)).toEqual([]);
    const at = positionIn(text, 'Next: Done', 10);
    const next = client.nextDiagnostics(TEMPLATE_URI, 2);
    await client.notify('textDocument/didChange', { textDocument: { uri: TEMPLATE_URI, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: 'x' }] });
    const published = await next;
    expect(published.diagnostics.find((d) => /Donex/.test(String(d.message)))?.range).toEqual({ start: { line: 21, character: 18 }, end: { line: 21, character: 23 } });
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: TEMPLATE_URI } });
    expect(symbols.map((s) => [s.name, s.children!.map((c) => c.name)])).toEqual([['Machine', ['Invoke', 'Done']]]);
  });
});

describe('server behaviour', () => {
  test('rapid edits: only the latest version is published', async () => {
    const uri = 'file:///work/rapid.asl.json';
    const base = '{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}';
    await client.open(uri, 'asl', base);
    // A debounce long enough that a loaded machine cannot split the burst.
    const republished = client.nextDiagnostics(uri, 1);
    await client.notify('workspace/didChangeConfiguration', { settings: { aslkit: { debounceMs: 400 } } });
    await republished;
    const before = client.published(uri).length;
    const final = client.nextDiagnostics(uri, 11);
    for (let version = 2; version <= 11; version++) {
      await client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: base.replace('"A"', `"A${version}"`) }] });
    }
    const published = await final;
    expect(published.version).toBe(11);
    const versions = client.published(uri).slice(before).map((p) => p.version);
    await client.notify('workspace/didChangeConfiguration', { settings: { aslkit: { debounceMs: 20 } } });
    expect(versions).toEqual([11]);
  });

  test('formatting returns one edit with the pretty-printed JSON', async () => {
    const uri = 'file:///work/compact.asl.json';
    const text = '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}';
    await client.open(uri, 'asl', text);
    const edits = await client.request<{ range: unknown; newText: string }[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    expect(edits).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } },
        newText: '{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": "Pass",\n      "End": true\n    }\n  }\n}',
      },
    ]);
  });

  test('formatting YAML returns one edit with the block-style YAML', async () => {
    const uri = 'file:///work/compact.asl.yaml';
    const text = 'StartAt: A\nStates: {A: {Type: Pass, Result: {x: 1.0}, End: true}}\n';
    await client.open(uri, 'asl-yaml', text);
    const edits = await client.request<{ range: unknown; newText: string }[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    expect(edits).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } },
        newText: 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Result:\n      x: 1.0\n    End: true\n',
      },
    ]);
  });

  test('the state graph request renders SVG', async () => {
    const graphs = await client.request<{ name: string; svg: string }[]>('aslkit/stateGraph', { uri: JSON_URI });
    expect(graphs).toHaveLength(1);
    expect(graphs[0]!.svg).toMatch(/^<svg/);
  });

  test('settings: a rule turned off disappears', async () => {
    const uri = 'file:///work/settings.asl.json';
    const text = '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Nope"}}}';
    const first = await client.open(uri, 'asl', text);
    expect(first.diagnostics.some((d) => d.code === 'MISSING_TRANSITION_TARGET')).toBe(true);
    const next = client.nextDiagnostics(uri, 1);
    await client.notify('workspace/didChangeConfiguration', { settings: { aslkit: { rules: { MISSING_TRANSITION_TARGET: 'off' } } } });
    const again = await next;
    expect(again.diagnostics.some((d) => d.code === 'MISSING_TRANSITION_TARGET')).toBe(false);
    await client.notify('workspace/didChangeConfiguration', { settings: { aslkit: { rules: {} } } });
  });

  test('large documents: AWS codes are published first, then everything', async () => {
    // Split every document, and make sure one lint rule is on whatever the preset says.
    await client.notify('workspace/didChangeConfiguration', { settings: { aslkit: { splitValidationAbove: 0, rules: { 'lambda-retry-missing': 'warning' } } } });
    const uri = 'file:///work/split.asl.json';
    const text = '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B", "Bogus": 1}, "B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"}, "End": true}}}';
    const second = client.nextDiagnostics(uri, 1, (p) => p.diagnostics.some((d) => d.code === 'lambda-retry-missing'));
    const first = await client.open(uri, 'asl', text);
    expect(first.diagnostics.map((d) => d.code)).toEqual(['SCHEMA_VALIDATION_FAILED']);
    const all = await second;
    expect(all.diagnostics[0]!.code).toBe('SCHEMA_VALIDATION_FAILED');
    await client.notify('workspace/didChangeConfiguration', { settings: { aslkit: { splitValidationAbove: 65536, rules: {} } } });
  });

  test('didClose clears diagnostics', async () => {
    // The close notification publishes an empty, unversioned list.
    const next = client.nextDiagnostics('file:///work/rapid.asl.json', undefined, (p) => p.version === undefined);
    await client.notify('textDocument/didClose', { textDocument: { uri: 'file:///work/rapid.asl.json' } });
    expect((await next).diagnostics).toEqual([]);
  });
});
