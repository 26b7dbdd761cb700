#!/usr/bin/env node
// Language server benchmark: didChange → publishDiagnostics on a 1 MiB / 2,000-state definition, and
// hover/completion latency, over stdio against the real (bundled) server and in process through the
// facade; side by side with amazon-states-language-service (parse + doValidation / doHover / doComplete).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { largeDefinition } from './generate.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = join(here, '..', '..');
const require = createRequire(join(repo, 'package.json'));
const rpc = require('vscode-jsonrpc/node');
const { TextDocument } = require('vscode-languageserver-textdocument');
const peer = require('amazon-states-language-service');

const ROUNDS = Number(process.env.LS_BENCH_ROUNDS ?? 7);
const text = largeDefinition();
const bytes = Buffer.byteLength(text);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1)} ms`;

async function time(rounds, run) {
  await run(-1); // warm-up (twice: the JIT settles)
  await run(-2);
  const samples = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** An edit that keeps the document valid: change one comment character. */
const EDIT_AT = text.indexOf('generated order pipeline');
const letter = (i) => String.fromCharCode(65 + ((i + 26) % 26));
function editedText(i) {
  return text.slice(0, EDIT_AT) + letter(i) + text.slice(EDIT_AT + 1);
}
/** The same edit as an editor sends it: one character replaced (incremental sync). */
function editChange(i) {
  const start = probeDocument.positionAt(EDIT_AT);
  return { range: { start, end: { line: start.line, character: start.character + 1 } }, text: letter(i) };
}

// Positions: hover on a "Resource" key, completion inside a Next value.
const probeDocument = TextDocument.create('file:///bench/large.asl.json', 'asl', 1, text);
const hoverPosition = probeDocument.positionAt(text.indexOf('"Resource"', text.length / 2) + 3);
const completionPosition = probeDocument.positionAt(text.indexOf('"Next": "Step', text.length / 2) + 10);

// --- aslkit over stdio ---
const { bundleServer } = await import(pathToFileURL(join(repo, 'packages', 'language-server', 'scripts', 'bundle.mjs')).href);
const serverPath = await bundleServer(join(mkdtempSync(join(tmpdir(), 'aslkit-ls-bench-')), 'server.cjs'));
const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
// Large documents get two publications per version: AWS's codes, then everything (lint rules too).
const waiters = new Map();
const counts = new Map();
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  const count = (counts.get(params.version) ?? 0) + 1;
  counts.set(params.version, count);
  const waiter = waiters.get(`${params.version}:${count}`);
  if (waiter) waiter(params);
});
const publication = (version, nth) => new Promise((resolve) => waiters.set(`${version}:${nth}`, resolve));
connection.listen();
await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { settings: { debounceMs: 0 } } });
await connection.sendNotification('initialized', {});
const uri = 'file:///bench/large.asl.json';
let version = 1;
const opened = publication(1, 2);
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'asl', version, text } });
const first = await opened;
const firstSamples = [];
const wireValidate = await time(ROUNDS, async (i) => {
  version++;
  const start = performance.now();
  const first = publication(version, 1).then(() => firstSamples.push(performance.now() - start));
  const all = publication(version, 2);
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [editChange(i)] });
  await first;
  await all;
});
firstSamples.splice(0, 2); // warm-ups
const wireFirst = median(firstSamples);
// Back to the probe text so positions hold.
version++;
const reset = publication(version, 2);
await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
await reset;
const wireHover = await time(ROUNDS * 4, () => connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: hoverPosition }));
const wireComplete = await time(ROUNDS * 4, () => connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: completionPosition }));
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();

// --- aslkit in process (the facade) ---
const { bundleFacade } = await import(pathToFileURL(join(here, 'facade.mjs')).href);
const { createLanguageService } = await bundleFacade();
const service = createLanguageService();
let facadeVersion = 1;
const facadeValidate = await time(ROUNDS, (i) => {
  service.validate(TextDocument.create(uri, 'asl', ++facadeVersion, editedText(i)));
});
const facadeAws = await time(ROUNDS, (i) => {
  service.validate(TextDocument.create(uri, 'asl', ++facadeVersion, editedText(i)), { only: 'aws' });
});
const facadeDocument = TextDocument.create(uri, 'asl', ++facadeVersion, text);
service.validate(facadeDocument);
const facadeHover = await time(ROUNDS * 4, () => service.hover(facadeDocument, hoverPosition));
const facadeComplete = await time(ROUNDS * 4, () => service.complete(facadeDocument, completionPosition));
// A keystroke then a hover: the model of the new version is built first (no validation involved).
const facadeEditHover = await time(ROUNDS, (i) => service.hover(TextDocument.create(uri, 'asl', ++facadeVersion, i % 2 ? text : editedText(i)), hoverPosition));

// --- amazon-states-language-service (parse + service call, as its server does per change) ---
const peerService = peer.getLanguageService({});
let peerVersion = 1;
const peerValidate = await time(ROUNDS, async (i) => {
  const document = TextDocument.create(uri, 'json', ++peerVersion, editedText(i));
  await peerService.doValidation(document, peerService.parseJSONDocument(document));
});
const peerHover = await time(ROUNDS * 4, async () => {
  await peerService.doHover(probeDocument, hoverPosition, peerService.parseJSONDocument(probeDocument));
});
const peerComplete = await time(ROUNDS * 4, async () => {
  await peerService.doComplete(probeDocument, completionPosition, peerService.parseJSONDocument(probeDocument));
});

const rows = [
  ['didChange → first diagnostics, AWS codes (stdio)', wireFirst, peerValidate],
  ['didChange → all diagnostics, with lint (stdio)', wireValidate, peerValidate],
  ['validate, all (in process)', facadeValidate, peerValidate],
  ['validate, AWS codes (in process)', facadeAws, peerValidate],
  ['hover (stdio, cached model)', wireHover, peerHover],
  ['hover (in process, cached model)', facadeHover, peerHover],
  ['edit + hover (in process, model rebuilt)', facadeEditHover, peerHover],
  ['completion (stdio, cached model)', wireComplete, peerComplete],
  ['completion (in process, cached model)', facadeComplete, peerComplete],
];
console.log(`document: ${(bytes / 1024 / 1024).toFixed(2)} MiB, ${text.match(/"Type":/g).length} states; first diagnostics: ${first.diagnostics.length}; median of ${ROUNDS} (hover/completion ${ROUNDS * 4})`);
console.log('| measure | aslkit | amazon-states-language-service | ratio |');
console.log('|---|---:|---:|---:|');
for (const [label, ours, theirs] of rows) console.log(`| ${label} | ${ms(ours)} | ${ms(theirs)} | ${(theirs / ours).toFixed(1)}x |`);
