/**
 * The run panel: input, a Step Functions Local mock file and test case, a run of the whole machine
 * with @aslkit/simulator (loaded on first use), and the timeline of the states it went through.
 */
import type { JsonValue, StateMachineDefinition } from '@aslkit/core';
import type { MockConfig } from '@aslkit/simulator';
import { el, showJson } from '../dom.js';
import { MACHINE_NAME } from '../examples.js';
import type { RunMark } from '../graph/state-graph-view.js';
import { timelineOf, type TimelineEntry } from './timeline.js';

export interface RunPanelElements {
  input: HTMLTextAreaElement;
  mocks: HTMLTextAreaElement;
  testCase: HTMLInputElement;
  runButton: HTMLButtonElement;
  status: HTMLElement;
  timeline: HTMLOListElement;
}

export interface RunOutcome {
  /** Marks per state name and scope, for the graph. */
  entries: TimelineEntry[];
  status: string;
}

function parseJsonField(label: string, text: string): { ok: true; value: JsonValue | undefined } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch (error) {
    return { ok: false, message: `${label} is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export function marksOf(entry: TimelineEntry): RunMark[] {
  const marks: RunMark[] = ['visited'];
  if (entry.failed) marks.push('failed');
  if (entry.retries > 0) marks.push('retried');
  if (entry.caught) marks.push('caught');
  return marks;
}

function renderEntry(entry: TimelineEntry, index: number, onSelect: (entry: TimelineEntry) => void): HTMLLIElement {
  const badges: HTMLElement[] = [];
  if (entry.retries > 0) badges.push(el('span', { class: 'badge retried' }, `retried ×${entry.retries}`));
  if (entry.caught) badges.push(el('span', { class: 'badge caught' }, 'error caught'));
  if (entry.failed) badges.push(el('span', { class: 'badge failed' }, `failed: ${entry.error || '(no error name)'}`));
  const scope = entry.scope.length > 0 ? el('span', { class: 'scope' }, ` in ${entry.scope.join(' › ')}`) : '';
  const go = el('button', { type: 'button', class: 'link', title: 'Show this state in the editor' }, entry.name);
  go.addEventListener('click', () => onSelect(entry));
  const summary = el('summary', {}, el('span', { class: 'step' }, `${index + 1}.`), ' ', go, ' ', el('span', { class: 'type' }, entry.type), scope, ' ', ...badges);
  const body = el(
    'div',
    { class: 'io' },
    el('div', {}, el('h4', {}, 'Input'), el('pre', {}, showJson(entry.input))),
    el('div', {}, el('h4', {}, entry.failed ? 'Error' : 'Output'), el('pre', {}, entry.failed ? `${entry.error ?? ''}\n${entry.cause ?? ''}` : showJson(entry.output))),
  );
  const item = el('li', { class: entry.failed ? 'failed' : entry.caught ? 'caught' : '' }, el('details', {}, summary, body));
  item.dataset['state'] = entry.name;
  return item;
}

export class RunPanel {
  constructor(
    private readonly elements: RunPanelElements,
    private readonly definition: () => { value: JsonValue | undefined; problems: number },
    private readonly onRun: (outcome: RunOutcome | undefined) => void,
    private readonly onSelect: (entry: TimelineEntry) => void,
    private readonly machineType: () => 'STANDARD' | 'EXPRESS' = () => 'STANDARD',
  ) {
    elements.runButton.addEventListener('click', () => void this.run());
  }

  setExample(input: string, mocks: string | undefined, testCase: string | undefined): void {
    this.elements.input.value = input;
    this.elements.mocks.value = mocks ?? '';
    this.elements.testCase.value = testCase ?? '';
    this.clear();
  }

  clear(): void {
    this.elements.timeline.replaceChildren();
    this.elements.status.textContent = 'Not run yet.';
    this.elements.status.className = 'status';
    delete this.elements.status.dataset['status'];
    this.onRun(undefined);
  }

  async run(): Promise<void> {
    const { status, timeline, runButton } = this.elements;
    const { value } = this.definition();
    const input = parseJsonField('The input', this.elements.input.value);
    const mocks = parseJsonField('The mock file', this.elements.mocks.value);
    const problem = !input.ok ? input.message : !mocks.ok ? mocks.message : value === undefined ? 'The definition could not be parsed.' : undefined;
    if (problem || !input.ok || !mocks.ok || value === undefined) {
      status.textContent = problem ?? '';
      status.className = 'status error';
      status.dataset['status'] = 'NOT_STARTED';
      return;
    }
    runButton.disabled = true;
    delete status.dataset['status'];
    status.textContent = 'Running…';
    status.className = 'status';
    try {
      const { run } = await import('@aslkit/simulator');
      const testCase = this.elements.testCase.value.trim();
      const result = await run(value as unknown as StateMachineDefinition, input.value ?? {}, {
        stateMachineName: MACHINE_NAME,
        type: this.machineType(),
        clock: 'virtual',
        seed: 1,
        ...(mocks.value !== undefined ? { mockConfig: mocks.value as unknown as MockConfig } : {}),
        ...(testCase ? { testCase } : {}),
      });
      if (!('status' in result)) {
        status.textContent = `Could not start: ${result.error.code}: ${result.error.message}`;
        status.className = 'status error';
        status.dataset['status'] = 'NOT_STARTED';
        timeline.replaceChildren();
        this.onRun(undefined);
        return;
      }
      const entries = timelineOf(result);
      timeline.replaceChildren(...entries.map((entry, index) => renderEntry(entry, index, this.onSelect)));
      const summary = result.status === 'SUCCEEDED' ? `output ${result.outputText ?? ''}` : `${result.error ?? ''}${result.cause ? `: ${result.cause}` : ''}`;
      status.textContent = `${result.status} after ${entries.length} state${entries.length === 1 ? '' : 's'} — ${summary}`;
      status.className = `status ${result.status === 'SUCCEEDED' ? 'ok' : 'error'}`;
      status.dataset['status'] = result.status;
      this.onRun({ entries, status: result.status });
    } finally {
      runButton.disabled = false;
    }
  }
}
