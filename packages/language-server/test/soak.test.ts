import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Position, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../src/index.js';
import { fixtureText } from './helpers.js';
import { LspClient } from './lsp-client.js';

/** A small deterministic PRNG (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = ['"', '{', '}', '[', ']', ',', ':', ' ', '\n', '"Next": "Ship"', '"Type": "Task"', '$.', '{% $sum([1]) %}', 'States.Format(', 'é', '😀', '\\', '"End": true', '-', '  ', 'Ship', '.$'];

function randomEdit(text: string, next: () => number): { offset: number; length: number; insert: string } {
  const offset = Math.floor(next() * (text.length + 1));
  const roll = next();
  if (roll < 0.45) return { offset, length: 0, insert: SNIPPETS[Math.floor(next() * SNIPPETS.length)]! };
  if (roll < 0.85) return { offset, length: Math.min(text.length - offset, 1 + Math.floor(next() * 12)), insert: '' };
  return { offset, length: Math.min(text.length - offset, Math.floor(next() * 6)), insert: SNIPPETS[Math.floor(next() * SNIPPETS.length)]! };
}

function wellFormedRange(range: { start: Position; end: Position }, lineCount: number): boolean {
  const ok = (p: Position) => Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0 && p.line <= lineCount;
  return ok(range.start) && ok(range.end) && (range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character));
}

describe('soak', () => {
  test('10,000 random edits through the facade: every answer well-formed, memory bounded', () => {
    const service = createLanguageService();
    const next = random(20261121);
    for (const fixture of ['orders.asl.json', 'orders.asl.yaml']) {
      const pristine = fixtureText(fixture);
      let document = TextDocument.create(`file:///soak/${fixture}`, fixture.endsWith('.yaml') ? 'asl-yaml' : 'asl', 1, pristine);
      const heapBefore = process.memoryUsage().heapUsed;
      for (let i = 0; i < 5000; i++) {
        // Drift back to the valid document now and then, so edits also hit well-formed states.
        const text = i % 500 === 0 ? pristine : document.getText();
        const edit = randomEdit(text, next);
        const updated = text.slice(0, edit.offset) + edit.insert + text.slice(edit.offset + edit.length);
        document = TextDocument.create(document.uri, document.languageId, document.version + 1, updated);
        const position = document.positionAt(Math.floor(next() * (updated.length + 1)));
        const lines = document.lineCount;
        if (i % 10 === 0) for (const d of service.validate(document)) expect(wellFormedRange(d.range, lines)).toBe(true);
        const hover = service.hover(document, position);
        if (hover?.range) expect(wellFormedRange(hover.range, lines)).toBe(true);
        for (const item of service.complete(document, position).items) {
          if (item.textEdit && 'range' in item.textEdit) expect(wellFormedRange(item.textEdit.range, lines)).toBe(true);
        }
        for (const location of service.references(document, position)) expect(wellFormedRange(location.range, lines)).toBe(true);
        const rename = service.rename(document, position, 'Renamed');
        if (rename.ok) for (const e of rename.edit.changes?.[document.uri] ?? []) expect(wellFormedRange(e.range, lines)).toBe(true);
        if (i % 25 === 0) {
          expect(Array.isArray(service.documentSymbols(document))).toBe(true);
          expect(Array.isArray(service.foldingRanges(document))).toBe(true);
          expect(Array.isArray(service.codeActions(document, { start: position, end: position }, { diagnostics: [] }))).toBe(true);
          expect(Array.isArray(service.format(document, { tabSize: 2, insertSpaces: true }))).toBe(true);
        }
      }
      service.forget(document.uri);
      // One model per URI is cached: memory must not grow with the number of versions.
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
    }
  }, 120_000);

  test('300 random incremental edits over the wire: the server stays alive and answers', async () => {
    const client = await LspClient.start({ settings: { debounceMs: 5 } });
    const uri = 'file:///soak/wire.asl.json';
    let document = TextDocument.create(uri, 'asl', 1, fixtureText('orders.asl.json'));
    await client.open(uri, 'asl', document.getText());
    const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${client.child.pid}/status`, 'utf8'))?.[1] ?? 0);
    const next = random(7);
    const rssBefore = rss();
    for (let i = 0; i < 300; i++) {
      const text = document.getText();
      const edit = randomEdit(text, next);
      const change: TextDocumentContentChangeEvent = { range: { start: document.positionAt(edit.offset), end: document.positionAt(edit.offset + edit.length) }, text: edit.insert };
      document = TextDocument.update(document, [change], document.version + 1);
      await client.notify('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [change] });
      if (i % 3 === 0) {
        const position = document.positionAt(Math.floor(next() * document.getText().length));
        const [hover, completion, symbols] = await Promise.all([
          client.request('textDocument/hover', { textDocument: { uri }, position }),
          client.request<{ items: unknown[] }>('textDocument/completion', { textDocument: { uri }, position }),
          client.request('textDocument/documentSymbol', { textDocument: { uri } }),
        ]);
        expect(hover === null || typeof hover === 'object').toBe(true);
        expect(Array.isArray(completion.items)).toBe(true);
        expect(Array.isArray(symbols)).toBe(true);
      }
    }
    // The server's view of the text equals ours: the last diagnostics are for the last version.
    const already = client.published(uri).find((p) => p.version === document.version);
    const last = already ?? (await client.nextDiagnostics(uri, document.version));
    expect(last.version).toBe(document.version);
    if (rssBefore > 0) expect(rss() - rssBefore).toBeLessThan(200 * 1024);
    expect(client.stderr).toBe('');
    expect(await client.stop()).toBe(0);
  }, 120_000);
});
