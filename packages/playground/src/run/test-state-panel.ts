/**
 * TestState of the state under the cursor: the same request AWS's TestState API takes, answered by
 * @aslkit/test-state (loaded on first use), with the inspection data shown stage by stage.
 */
import { el, showJson } from '../dom.js';

export interface TestStatePanelElements {
  stateName: HTMLElement;
  input: HTMLTextAreaElement;
  mockResult: HTMLTextAreaElement;
  button: HTMLButtonElement;
  result: HTMLElement;
}

/** Inspection stages in the order data flows through a state. */
export const STAGES = [
  ['input', 'Input'],
  ['afterInputPath', 'After InputPath'],
  ['afterParameters', 'After Parameters'],
  ['afterArguments', 'After Arguments'],
  ['result', 'Result'],
  ['afterResultSelector', 'After ResultSelector'],
  ['afterResultPath', 'After ResultPath'],
  ['variables', 'Variables'],
] as const;

function pretty(text: string | undefined): string {
  if (text === undefined) return '—';
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

export class TestStatePanel {
  private state: string | undefined;

  constructor(
    private readonly elements: TestStatePanelElements,
    private readonly definitionText: () => string,
  ) {
    elements.button.addEventListener('click', () => void this.test());
    this.setState(undefined);
  }

  /** The state the cursor is in (undefined outside any state). */
  setState(name: string | undefined): void {
    this.state = name;
    this.elements.stateName.textContent = name ?? '(put the cursor in a state)';
    this.elements.button.disabled = name === undefined;
  }

  setInput(text: string): void {
    this.elements.input.value = text;
  }

  async test(): Promise<void> {
    const { result, button } = this.elements;
    if (!this.state) return;
    button.disabled = true;
    try {
      const { testState, isTestStateException } = await import('@aslkit/test-state');
      const mockResult = this.elements.mockResult.value.trim();
      const answer = await testState({
        definition: this.definitionText(),
        stateName: this.state,
        input: this.elements.input.value.trim() || '{}',
        inspectionLevel: 'DEBUG',
        ...(mockResult ? { mock: { result: mockResult } } : {}),
      });
      if (isTestStateException(answer)) {
        result.replaceChildren(el('p', { class: 'status error' }, `${answer.code}: ${answer.message}`));
        return;
      }
      const rows: HTMLElement[] = [];
      const inspection = (answer.inspectionData ?? {}) as Record<string, unknown>;
      for (const [key, label] of STAGES) {
        const value = inspection[key];
        if (value === undefined) continue;
        rows.push(el('li', { class: 'stage', 'data-stage': key }, el('h4', {}, label), el('pre', {}, typeof value === 'string' ? pretty(value) : showJson(value))));
      }
      const summary = [`${answer.status}`];
      if (answer.nextState) summary.push(`next: ${answer.nextState}`);
      if (answer.error) summary.push(`${answer.error}${answer.cause ? `: ${answer.cause}` : ''}`);
      result.replaceChildren(
        el('p', { class: `status ${answer.status === 'SUCCEEDED' ? 'ok' : 'error'}`, 'data-status': answer.status }, summary.join(' — ')),
        el('ol', { class: 'stages' }, ...rows),
        el('div', {}, el('h4', {}, 'Output'), el('pre', {}, pretty(answer.output))),
      );
    } finally {
      button.disabled = this.state === undefined;
    }
  }
}
