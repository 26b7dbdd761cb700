import type { StateMachineDefinition } from '@aslkit/core';
import { run, isRunError } from '@aslkit/simulator';
import { describe, expect, it } from 'vitest';
import { defaultMachineName } from './machine-name.js';
import { createProgressBar } from './progress.js';
import { formatTimeline } from './timeline.js';

describe('defaultMachineName', () => {
  it('strips the ASL and JSON/YAML suffixes from the base name', () => {
    expect(defaultMachineName('fixtures/examples/order-pipeline.asl.json')).toBe('order-pipeline');
    expect(defaultMachineName('a/b/Orders.asl.yaml')).toBe('Orders');
    expect(defaultMachineName('Orders.asl.yml')).toBe('Orders');
    expect(defaultMachineName('C:\\m\\flow.json')).toBe('flow');
    expect(defaultMachineName('flow.yaml')).toBe('flow');
    expect(defaultMachineName('flow')).toBe('flow');
  });

  it('prefers the logical id of a machine in a template', () => {
    expect(defaultMachineName('template.yaml', 'OrderMachine')).toBe('OrderMachine');
  });
});

describe('createProgressBar', () => {
  it('draws after the delay, counts inline iterations and map runs, and erases itself', () => {
    let now = 0;
    const written: string[] = [];
    const bar = createProgressBar({ write: (t) => written.push(t), now: () => now, delayMs: 300, intervalMs: 100, width: 10 });
    bar.onEvent({ type: 'MapStateStarted', mapStateStartedEventDetails: { length: 4 } });
    bar.onEvent({ type: 'MapIterationSucceeded' });
    expect(written).toEqual([]); // a short run never shows the bar
    now = 400;
    bar.onEvent({ type: 'MapIterationFailed' });
    expect(written.at(-1)).toContain('[#####-----] 2/4 items, 1 failed');
    now = 450;
    bar.onEvent({ type: 'MapIterationSucceeded' });
    expect(written).toHaveLength(1); // throttled
    now = 600;
    bar.onMapRunProgress({ mapRunArn: 'r', succeeded: 3, failed: 0, total: 6 });
    expect(written.at(-1)).toContain('6/10 items, 1 failed');
    bar.finish();
    expect(written.at(-1)).toBe('\r\u001b[2K');
  });

  it('writes nothing on finish when it never drew', () => {
    const written: string[] = [];
    const bar = createProgressBar({ write: (t) => written.push(t), now: () => 0 });
    bar.finish();
    expect(written).toEqual([]);
  });
});

describe('formatTimeline', () => {
  const definition: StateMachineDefinition = {
    StartAt: 'P',
    States: {
      P: { Type: 'Parallel', Branches: [{ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, { StartAt: 'B', States: { B: { Type: 'Wait', Seconds: 3, End: true } } }], Next: 'T' },
      T: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { FunctionName: 'f' },
        Retry: [{ ErrorEquals: ['E'], MaxAttempts: 1, IntervalSeconds: 2 }],
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'M', ResultPath: null }],
        Next: 'M',
      },
      M: { Type: 'Map', ItemProcessor: { StartAt: 'X', States: { X: { Type: 'Pass', Next: 'Y' }, Y: { Type: 'Fail', Error: 'Boom', Cause: 'bad item' } } }, End: true },
    },
  };

  it('prints states with virtual time, retries, catches, indented branches and iterations, then the status', async () => {
    const result = await run(definition, [1, 2], { mocks: { T: [{ Throw: { Error: 'E', Cause: 'c' } }, { Throw: { Error: 'F', Cause: 'c2' } }] } });
    if (isRunError(result)) throw new Error(result.error.message);
    const lines = formatTimeline(result, { color: false }).split('\n');
    expect(lines[0]).toBe('   +0.000s  ▶ P (Parallel)  in [1,2]');
    expect(lines.slice(1, 7)).toEqual([
      '   +0.000s    ⋯ branch 0',
      '   +0.000s      ▶ A (Pass)  in [1,2]',
      '   +0.000s      ◀ A  out [1,2]',
      '   +0.000s    ⋯ branch 1',
      '   +0.000s      ▶ B (Wait)  in [1,2]',
      '   +3.000s      ◀ B  out [1,2]',
    ]);
    expect(lines).toContain('   +3.000s  ◀ P  out [[1,2],[1,2]]');
    expect(lines).toContain('   +3.000s    ✗ TaskFailed E: c  ↻ retried');
    expect(lines).toContain('   +5.000s    ✗ TaskFailed F: c2  ⤷ caught');
    expect(lines).toContain('   +5.000s    ⋯ iteration 1');
    expect(lines).toContain('   +5.000s      ▶ Y (Fail)  in [1,2]');
    expect(lines).toContain('   +5.000s    ✗ iteration 0 failed');
    expect(lines.some((l) => l.includes('◀ M'))).toBe(false); // the Map failed: no exit
    expect(lines.at(-2)).toBe('FAILED in 5.000s  Boom: bad item');
  });

  it('abbreviates long values and colours only when asked', async () => {
    const result = await run({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, { text: 'x'.repeat(200) }, {});
    if (isRunError(result)) throw new Error(result.error.message);
    const plain = formatTimeline(result, { color: false, maxValueLength: 20 });
    expect(plain).toContain('in {"text":"xxxxxxxxxx…');
    expect(plain).toMatch(/SUCCEEDED in 0\.000s {2}output \{"text":"x+…\n$/);
    expect(plain).not.toContain('\u001b[');
    expect(formatTimeline(result, { color: true })).toContain('\u001b[');
  });
});
