import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigResolver } from './load-config.js';

const root = mkdtempSync(join(tmpdir(), 'aslkit-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('config discovery', () => {

  it('finds the nearest aslkit.config.json walking up, and resolves ignores, type and rules per file', () => {
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, 'aslkit.config.json'), JSON.stringify({ preset: 'strict', stateMachineType: 'EXPRESS', ignores: ['generated/**'] }));
    writeFileSync(join(root, 'a', 'aslkit.config.json'), JSON.stringify({ rules: { NO_DOLLAR: 'off' }, overrides: [{ files: ['b/**'], rules: { NO_PATH: 'off' } }] }));
    const resolver = new ConfigResolver((path) => path);
    const top = resolver.forFile(join(root, 'x.asl.json'), 'lint');
    expect(top.stateMachineType).toBe('EXPRESS');
    expect(top.preset).toBe('strict');
    expect(resolver.forFile(join(root, 'generated', 'y.asl.json'), 'validate').ignored).toBe(true);
    const nested = resolver.forFile(join(root, 'a', 'b', 'z.asl.json'), 'lint');
    expect(nested.loaded?.path).toBe(join(root, 'a', 'aslkit.config.json'));
    expect(nested.rules?.['NO_DOLLAR']).toBe('off');
    expect(nested.rules?.['NO_PATH']).toBe('off');
    expect(resolver.forFile(join(root, 'a', 'z.asl.json'), 'validate').rules).toBeUndefined();
    expect(resolver.errors).toEqual([]);
  });

  it('reports an invalid config against its file, once', () => {
    const dir = join(root, 'bad');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'aslkit.config.json'), JSON.stringify({ preset: 'loose', rules: { 'no-such-rule': 'error' } }));
    const resolver = new ConfigResolver((path) => path);
    resolver.forFile(join(dir, 'one.asl.json'), 'lint');
    resolver.forFile(join(dir, 'two.asl.json'), 'lint');
    expect(resolver.errors.map((e) => [e.code, e.message])).toEqual([
      ['CONFIG_INVALID', expect.stringContaining('"preset" must be one of')],
      ['CONFIG_INVALID', expect.stringContaining('Unknown rule "no-such-rule"')],
    ]);
    writeFileSync(join(dir, 'aslkit.config.json'), '{ not json');
    const broken = new ConfigResolver((path) => path);
    expect(broken.forFile(join(dir, 'one.asl.json'), 'lint').loaded).toBeUndefined();
    expect(broken.errors[0]?.message).toMatch(/^Invalid JSON/);
  });
});
