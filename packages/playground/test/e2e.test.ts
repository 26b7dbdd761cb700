/**
 * End-to-end: builds the site, serves it on a loopback port and drives headless Chromium through the
 * editor (diagnostics, hover, quick fix), the graph, the run and TestState panels, share links, themes
 * and offline reloads. Screenshots and measured numbers go to artifacts/playground/.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './static-server.js';

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = resolve(here, '..');
const repoRoot = resolve(packageRoot, '../..');
const siteDir = join(packageRoot, 'site');
const artifacts = join(repoRoot, 'artifacts', 'playground');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`playground e2e: skipped, no Chromium at ${CHROMIUM} (CI installs it with .ci/setup.d/playground.sh)`);

const BROKEN = `{
  "Comment": "A broken machine",
  "StartAt": "Greet",
  "States": {
    "Greet": {
      "Type": "Pass",
      "Parameters": { "greeting": "hello" },
      "Next": "Sayy"
    },
    "Say": {
      "Type": "Pass",
      "Timeout": 3,
      "End": true
    }
  }
}
`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

// Generous limits: CI runs this beside the other suites on 2 cores.
describe.skipIf(!hasChromium)('playground in headless Chromium', { timeout: 90_000 }, () => {
  let server: Server;
  let url: string;
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const metrics: Record<string, unknown> = {};

  const shot = async (name: string): Promise<void> => {
    await page.screenshot({ path: join(artifacts, `${name}.png`) });
  };
  /** The editor's text as Monaco renders it (non-breaking spaces back to spaces). */
  const editorText = async (): Promise<string> => (await page.locator('.monaco-editor .view-lines').innerText()).replace(/\u00a0/g, ' ');
  /** Replaces the whole definition as a paste would (no auto-closing of brackets). */
  const replaceDefinition = async (text: string): Promise<void> => {
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
  };
  /** Puts the mouse or cursor on a token the editor shows. */
  const token = (text: string) => page.locator('.monaco-editor .view-line span span', { hasText: text }).first();

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    const startedBuild = Date.now();
    await build({ configFile: join(packageRoot, 'vite.config.ts'), logLevel: 'warn' });
    metrics['buildSeconds'] = (Date.now() - startedBuild) / 1000;
    const files = filesUnder(siteDir);
    const sizes = files.map((f) => ({ file: f.slice(siteDir.length + 1), bytes: statSync(f).size, gzip: gzipSync(readFileSync(f)).length }));
    metrics['bundle'] = {
      totalBytes: sizes.reduce((s, f) => s + f.bytes, 0),
      totalGzipBytes: sizes.reduce((s, f) => s + f.gzip, 0),
      files: sizes.sort((a, b) => b.bytes - a.bytes),
    };
    ({ server, url } = await serveStatic(siteDir));
    userDataDir = mkdtempSync(join(tmpdir(), 'aslkit-chromium-'));
    // A fresh profile per run (launchPersistentContext is playwright's way of passing --user-data-dir).
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1440, height: 900 },
      colorScheme: 'light',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => console.error('page error:', error.message));
  }, 180_000);

  afterEach(async (test) => {
    if (test.task.result?.state === 'fail') await page.screenshot({ path: join(artifacts, `failed-${test.task.name.replace(/\W+/g, '-')}.png`) }).catch(() => undefined);
  });

  afterAll(async () => {
    writeFileSync(join(artifacts, 'metrics.json'), JSON.stringify(metrics, null, 2) + '\n');
    await context?.close();
    await new Promise((r) => server?.close(r));
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('loads the first example: editor, graph, no problems, the server answering', async () => {
    const t0 = Date.now();
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    metrics['timeToInteractiveMs'] = { wallClockFromNavigation: Date.now() - t0, ...(await page.evaluate(() => (window as unknown as { __aslkitTimings: Record<string, number> }).__aslkitTimings)) };
    expect(await editorText()).toContain('"StartAt": "Greet"');
    const states = await page.locator('#graph g.state').evaluateAll((els) => els.map((e) => (e as SVGGElement).dataset['state']));
    expect(states).toEqual(expect.arrayContaining(['Start', 'Greet', 'IsWorld', 'Unknown', 'Done', 'End']));
    await expect.poll(() => page.locator('#problems').innerText()).toContain('No problems');
    await shot('01-loaded');
  });

  it('completes field names, renames a state everywhere and lists the outline', async () => {
    // Completion: a new line in the Greet state, a quote, and the server's field names for a Pass state.
    await token('"Pass"').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('"');
    const suggestions = page.locator('.suggest-widget .monaco-list-row');
    await suggestions.first().waitFor();
    const labels = await suggestions.allInnerTexts();
    expect(labels.join('\n')).toContain('ResultPath');
    await shot('02a-completion');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+Z');
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => page.locator('#problems').innerText()).toContain('No problems');

    // Rename (F2) on the state's name renames its key and every transition to it.
    await token('"IsWorld"').click();
    await page.keyboard.press('F2');
    const box = page.locator('.rename-box input');
    await box.waitFor();
    await box.fill('IsEarth');
    await page.keyboard.press('Enter');
    await expect.poll(editorText).toContain('"IsEarth": {');
    expect(await editorText()).toContain('"Next": "IsEarth"');
    expect(await editorText()).not.toContain('IsWorld');
    await expect.poll(() => page.locator('#graph g.state[data-state="IsEarth"]').count()).toBe(1);
    await expect.poll(() => page.locator('#problems').innerText()).toContain('No problems');

    // Outline: the server's document symbols; choosing one moves the cursor to that state.
    await page.click('#tab-outline');
    await expect.poll(() => page.locator('#outline').innerText()).toContain('IsEarth');
    await page.locator('#outline button', { hasText: 'Done' }).click();
    await expect.poll(() => page.locator('#ts-state').innerText()).toBe('Done');
    await shot('02b-renamed-outline');
    await page.click('#tab-problems');
  });

  it('shows a squiggle and the problem for a broken definition', async () => {
    await replaceDefinition(BROKEN);
    const problem = page.locator('#problems li.problem', { hasText: "Missing 'Next' target: Sayy" });
    await problem.waitFor();
    expect(await problem.getAttribute('data-code')).toBe('MISSING_TRANSITION_TARGET');
    await expect.poll(() => page.locator('#problems').innerText()).toContain("Field 'Timeout' is not supported");
    await page.locator('.monaco-editor .squiggly-error').first().waitFor();
    expect(await page.locator('.monaco-editor .squiggly-error').count()).toBeGreaterThanOrEqual(2);
    // The graph follows the text: Say is drawn, and no edge reaches it (Next names a missing state).
    await expect.poll(() => page.locator('#graph g.state[data-state="Say"]').count()).toBe(1);
    await shot('02-broken-definition');
  });

  it('hovering a field shows its documentation', async () => {
    await token('"Parameters"').hover();
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'payload template' });
    await hover.waitFor();
    expect(await hover.innerText()).toMatch(/keys ending in/);
    await page.waitForTimeout(300); // let the fade-in finish before the screenshot
    await shot('03-hover');
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  });

  it('applies a quick fix from the light bulb menu', async () => {
    await token('Sayy').click();
    await page.keyboard.press('ControlOrMeta+.');
    const fix = page.locator('.action-widget', { hasText: "Change to 'Say'" });
    await fix.waitFor();
    await shot('04-quick-fix-menu');
    // The preferred fix is the focused entry of the menu.
    await page.keyboard.press('Enter');
    await expect.poll(editorText).toContain('"Next": "Say"');
    await expect.poll(() => page.locator('#problems').innerText()).not.toContain('Missing');
    // The unsupported field's fix removes it.
    await token('"Timeout"').click();
    await page.keyboard.press('ControlOrMeta+.');
    await page.locator('.action-widget', { hasText: "Remove the unsupported field 'Timeout'" }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#problems').innerText()).toContain('No problems');
    expect(await editorText()).not.toContain('Timeout');
    await shot('05-fixed');
  });

  it('runs the retry/catch example: timeline, retries and the path on the graph', async () => {
    await page.selectOption('#example', 'retry-catch');
    await expect.poll(editorText).toContain('ChargeCard');
    await page.click('#run-button');
    await expect.poll(() => page.locator('#run-status').getAttribute('data-status')).toBe('SUCCEEDED');
    const steps = await page.locator('#timeline > li').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['state']));
    expect(steps).toEqual(['ChargeCard', 'Charged']);
    expect(await page.locator('#timeline > li').first().innerText()).toContain('retried ×1');
    const classesOf = (name: string) => page.locator(`#graph g.state[data-state="${name}"]`).getAttribute('class');
    expect(await classesOf('ChargeCard')).toMatch(/visited.*retried|retried.*visited/);
    expect(await classesOf('Charged')).toContain('visited');
    expect(await classesOf('NotifyFailure')).not.toContain('visited');
    // The transitions taken are drawn apart: Start→ChargeCard, ChargeCard→Charged, Charged→End.
    expect(await page.locator('#graph path[data-kind].taken').count()).toBe(3);
    await page.locator('#timeline > li details summary').first().click();
    await shot('06-run-retry');

    // A test case whose task keeps failing: the error is caught, the machine ends in the Fail state.
    await page.fill('#run-test-case', 'AlwaysFails');
    await page.click('#run-button');
    await expect.poll(() => page.locator('#run-status').getAttribute('data-status')).toBe('FAILED');
    expect(await page.locator('#run-status').innerText()).toContain('PaymentFailed');
    expect(await classesOf('ChargeCard')).toContain('caught');
    expect(await classesOf('NotifyFailure')).toContain('visited');
    expect(await classesOf('Declined')).toContain('failed');
    expect(await page.locator('#graph path[data-kind="catch"].taken').count()).toBe(1);
    await shot('07-run-caught-and-failed');
  });

  it('clicking a state moves the cursor there, and the cursor selects it on the graph', async () => {
    await page.locator('#graph g.state[data-state="NotifyFailure"]').click();
    await expect.poll(() => page.locator('#graph g.state[data-state="NotifyFailure"]').getAttribute('class')).toContain('selected');
    expect(await page.locator('#ts-state').innerText()).toBe('NotifyFailure');
    // Keyboard: focus a state on the graph and press Enter.
    await page.locator('#graph g.state[data-state="Charged"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#ts-state').innerText()).toBe('Charged');
    // Back: moving the cursor into ChargeCard in the editor selects it on the graph.
    await page.keyboard.press('ControlOrMeta+Home');
    await token('"Retry"').click();
    await expect.poll(() => page.locator('#graph g.state[data-state="ChargeCard"]').getAttribute('class')).toContain('selected');
  });

  it('tests the state under the cursor with TestState, stage by stage', async () => {
    await page.click('#tab-test-state');
    expect(await page.locator('#ts-state').innerText()).toBe('ChargeCard');
    await page.fill('#ts-mock', '{"StatusCode": 200, "Payload": {"charged": true}}');
    await page.click('#ts-run');
    await page.locator('#ts-result .status').waitFor();
    expect(await page.locator('#ts-result .status').getAttribute('data-status')).toBe('SUCCEEDED');
    const stages = await page.locator('#ts-result li.stage').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['stage']));
    expect(stages).toEqual(expect.arrayContaining(['input', 'afterParameters', 'result', 'afterResultSelector', 'afterResultPath']));
    expect(await page.locator('#ts-result li[data-stage="afterResultSelector"]').innerText()).toContain('"receipt"');
    await shot('08-test-state');
    await page.click('#tab-run');
  });

  it('runs the JSONata and distributed Map examples', async () => {
    await page.selectOption('#example', 'jsonata-variables');
    await page.click('#run-button');
    await expect.poll(() => page.locator('#run-status').getAttribute('data-status')).toBe('SUCCEEDED');
    expect(await page.locator('#run-status').innerText()).toContain('"review":true');
    await page.selectOption('#example', 'distributed-map');
    await page.click('#run-button');
    await expect.poll(() => page.locator('#run-status').getAttribute('data-status')).toBe('SUCCEEDED');
    expect(await page.locator('#run-status').innerText()).toContain('"shipped":["a","c"]');
    // A distributed Map's iterations are child executions: the parent's path is the Map and what follows.
    expect(await page.locator('#graph g.state[data-state="ProcessOrders"]').getAttribute('class')).toContain('visited');
    expect(await page.locator('#graph g.state[data-state="Summarize"]').getAttribute('class')).toContain('visited');
    await shot('09-distributed-map');
  });

  it('switches to YAML, shares a link and reopens it; dark theme', async () => {
    await page.selectOption('#format', 'yaml');
    await expect.poll(editorText).toContain('StartAt: ProcessOrders');
    await expect.poll(() => page.locator('#problems').innerText()).toContain('No problems');
    await page.click('#share');
    const link = await page.inputValue('#share-url');
    expect(link).toMatch(/#yaml=/);
    await page.click('#theme');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await shot('10-yaml-dark');
    const other = await context.newPage();
    await other.goto(link);
    await other.waitForSelector('body[data-ready="true"]');
    expect((await other.locator('.monaco-editor .view-lines').innerText()).replace(/\u00a0/g, ' ')).toContain('StartAt: ProcessOrders');
    expect(await other.inputValue('#format')).toBe('yaml');
    await other.close();
  });

  it('validates as an Express machine when the type says so (server settings over LSP)', async () => {
    await page.selectOption('#format', 'json');
    await replaceDefinition(`{
  "StartAt": "Wait for approval",
  "States": {
    "Wait for approval": {
      "Type": "Task",
      "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
      "Parameters": { "QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q", "MessageBody": { "token.$": "$$.Task.Token" } },
      "End": true
    }
  }
}
`);
    await expect.poll(() => page.locator('#graph g.state[data-state="Wait for approval"]').count()).toBe(1);
    await expect.poll(() => page.locator('#problems li.problem.error').count()).toBe(0);
    await page.selectOption('#machine-type', 'EXPRESS');
    await expect.poll(() => page.locator('#problems li.problem.error').count()).toBeGreaterThan(0);
    expect(await page.locator('#problems').innerText()).toMatch(/waitForTaskToken|EXPRESS|Express/);
    await shot('10a-express');
    await page.selectOption('#machine-type', 'STANDARD');
    await expect.poll(() => page.locator('#problems li.problem.error').count()).toBe(0);
  });

  it('is usable from the keyboard: tab order, tabs with arrow keys, Run from the keyboard', async () => {
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    const focused = (): Promise<string> => page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      return active?.id || active?.className || '';
    });
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused());
    }
    expect(order).toEqual(['skip', 'example', 'format', 'machine-type', 'share']);
    // The skip link leads to the run panel; the tabs switch with the arrow keys.
    await page.locator('#tab-run').focus();
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('tab-test-state');
    expect(await page.locator('#test-state-panel').isVisible()).toBe(true);
    expect(await page.locator('#run-panel').isVisible()).toBe(false);
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('#run-panel').isVisible()).toBe(true);
    await page.locator('#run-button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#run-status').getAttribute('data-status')).toBe('SUCCEEDED');
  });

  it('works offline once loaded', async () => {
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    try {
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      await page.locator('#graph g.state').first().waitFor();
      await page.click('#run-button');
      await expect.poll(() => page.locator('#run-status').getAttribute('data-status')).toBe('SUCCEEDED');
      await shot('11-offline');
    } finally {
      await context.setOffline(false);
    }
  });
});
