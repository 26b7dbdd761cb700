/** What the progress bar needs from a history event (structural, so the simulator's types fit). */
export interface ProgressEvent {
  type: string;
  mapStateStartedEventDetails?: { length?: number };
}

export interface MapRunProgress {
  mapRunArn: string;
  succeeded: number;
  failed: number;
  total: number;
}

export interface ProgressBar {
  /** Feed every recorded event (inline Map iterations). */
  onEvent(event: ProgressEvent): void;
  /** Feed the simulator's distributed Map progress. */
  onMapRunProgress(progress: MapRunProgress): void;
  /** Erases the bar (call before printing the result). */
  finish(): void;
}

export interface ProgressOptions {
  write(text: string): void;
  now(): number;
  /** Real milliseconds before the bar first shows (short runs never show it). Default 300. */
  delayMs?: number;
  /** Minimum real milliseconds between redraws. Default 100. */
  intervalMs?: number;
  width?: number;
}

/**
 * A one-line Map progress bar for a terminal's stderr: items done of items started, across inline Map
 * states and distributed map runs. It draws only when a run has taken longer than `delayMs`, redraws
 * at most every `intervalMs`, and erases itself on `finish()`. The simulator runs synchronously for long
 * stretches, so redraws happen from the callbacks rather than from timers.
 */
export function createProgressBar(options: ProgressOptions): ProgressBar {
  const started = options.now();
  const delay = options.delayMs ?? 300;
  const interval = options.intervalMs ?? 100;
  const width = options.width ?? 30;
  let inlineTotal = 0;
  let inlineSucceeded = 0;
  let inlineFailed = 0;
  const runs = new Map<string, MapRunProgress>();
  let lastDraw = -Infinity;
  let shown = false;

  const draw = (): void => {
    const now = options.now();
    if (now - started < delay || now - lastDraw < interval) return;
    lastDraw = now;
    let total = inlineTotal;
    let succeeded = inlineSucceeded;
    let failed = inlineFailed;
    for (const run of runs.values()) {
      total += run.total;
      succeeded += run.succeeded;
      failed += run.failed;
    }
    if (total === 0) return;
    const done = Math.min(succeeded + failed, total);
    const filled = Math.round((done / total) * width);
    const failures = failed > 0 ? `, ${failed} failed` : '';
    options.write(`\r\u001b[2KMap [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} items${failures}`);
    shown = true;
  };

  return {
    onEvent(event) {
      switch (event.type) {
        case 'MapStateStarted':
          inlineTotal += event.mapStateStartedEventDetails?.length ?? 0;
          return;
        case 'MapIterationSucceeded':
          inlineSucceeded++;
          break;
        case 'MapIterationFailed':
        case 'MapIterationAborted':
          inlineFailed++;
          break;
        default:
          return;
      }
      draw();
    },
    onMapRunProgress(progress) {
      runs.set(progress.mapRunArn, progress);
      draw();
    },
    finish() {
      if (shown) options.write('\r\u001b[2K');
      shown = false;
    },
  };
}
