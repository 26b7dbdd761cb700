import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readConfigFile } from '../src/node.js';
import { LspClient } from './lsp-client.js';

const TEXT = '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Nope"}}}';

describe('aslkit.config.json', () => {
  test('readConfigFile takes preset and rules, normalising levels; bad files give nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslkit-config-'));
    writeFileSync(join(dir, 'aslkit.config.json'), JSON.stringify({ preset: 'strict', rules: { a: 'warn', b: 'ERROR', c: 'off', d: 'loud' } }));
    writeFileSync(join(dir, 'broken.json'), '{');
    expect(readConfigFile('aslkit.config.json', pathToFileURL(dir).href)).toEqual({ preset: 'strict', rules: { a: 'warning', b: 'error', c: 'off' } });
    expect(readConfigFile(join(dir, 'aslkit.config.json'), undefined)?.preset).toBe('strict');
    expect(readConfigFile('broken.json', dir)).toBeUndefined();
    expect(readConfigFile('missing.json', dir)).toBeUndefined();
  });

  test("the workspace's config file applies; a change on disk is picked up", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslkit-workspace-'));
    const config = join(dir, 'aslkit.config.json');
    writeFileSync(config, JSON.stringify({ rules: { MISSING_TRANSITION_TARGET: 'off' } }));
    const client = await LspClient.start({ settings: { debounceMs: 5 } }, pathToFileURL(dir).href);
    const uri = pathToFileURL(join(dir, 'a.asl.json')).href;
    const first = await client.open(uri, 'asl', TEXT);
    expect(first.diagnostics.map((d) => d.code)).not.toContain('MISSING_TRANSITION_TARGET');
    writeFileSync(config, JSON.stringify({ rules: {} }));
    // (Other republications may come first, e.g. after the server pulled the editor's settings.)
    const next = client.nextDiagnostics(uri, 1, (p) => p.diagnostics.some((d) => d.code === 'MISSING_TRANSITION_TARGET'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    const republished = await Promise.race([next, new Promise<undefined>((resolve) => setTimeout(resolve, 10_000))]);
    expect(republished?.diagnostics.map((d) => d.code)).toContain('MISSING_TRANSITION_TARGET');
    expect(await client.stop()).toBe(0);
  });
});
