import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

test('the web worker entry bundles for browsers without Node built-ins', async () => {
  const result = await build({
    entryPoints: [join(repo, 'packages', 'language-server', 'src', 'browser.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
    mainFields: ['browser', 'module', 'main'],
    alias: Object.fromEntries(['core', 'expressions', 'checker'].map((name) => [`@aslkit/${name}`, join(repo, 'packages', name, 'src', 'index.ts')])),
    metafile: true,
  });
  expect(result.errors).toEqual([]);
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.some((input) => input.includes('vscode-languageserver/lib/browser'))).toBe(true);
  expect(inputs.filter((input) => /^node:|vscode-languageserver\/lib\/node/.test(input))).toEqual([]);
});
