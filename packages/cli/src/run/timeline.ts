import { Chalk } from 'chalk';

/** What the timeline reads of a history event (structural: the simulator's HistoryEvent fits). */
export interface TimelineEvent {
  id: number;
  previousEventId?: number;
  timestamp: Date | string;
  type: string;
}

/** What the timeline reads of the run's result. */
export interface TimelineResult {
  status: string;
  outputText?: string;
  error?: string;
  cause?: string;
  startDate: Date | string;
  stopDate: Date | string;
  history: readonly TimelineEvent[];
}

export interface TimelineOptions {
  color: boolean;
  /** Longest input/output/cause shown before it is cut with `…`. Default 80. */
  maxValueLength?: number;
}

interface ErrorInfo {
  error?: string;
  cause?: string;
}

const CONTAINER_START = new Set(['ParallelStateStarted', 'MapStateStarted', 'MapIterationStarted']);
const ITERATION_END = new Set(['MapIterationSucceeded', 'MapIterationFailed', 'MapIterationAborted']);

function details(event: TimelineEvent): Record<string, unknown> | undefined {
  for (const [key, value] of Object.entries(event)) {
    if (key.endsWith('EventDetails') && value !== null && typeof value === 'object') return value as Record<string, unknown>;
  }
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function abbreviate(value: string, max: number): string {
  const flat = value.replace(/\s*\n\s*/g, ' ');
  return flat.length > max ? `${flat.slice(0, Math.max(1, max - 1))}…` : flat;
}

function millis(date: Date | string): number {
  return typeof date === 'string' ? Date.parse(date) : date.getTime();
}

function elapsed(ms: number): string {
  return `+${(ms / 1000).toFixed(3)}s`;
}

/** Nesting depth of every event: Parallel branches and Map iterations one level in, their states two. */
function depths(history: readonly TimelineEvent[]): Map<number, number> {
  const byId = new Map<number, TimelineEvent>();
  const depth = new Map<number, number>();
  const matched = new Set<number>();
  const iterationDepth = new Map<string, number>();
  const depthOfPrevious = (event: TimelineEvent): number => {
    const previous = event.previousEventId ? byId.get(event.previousEventId) : undefined;
    if (!previous) return 0;
    const base = depth.get(previous.id) ?? 0;
    // A Parallel branch's states sit under a `branch N` line, as a Map iteration's do under theirs.
    if (previous.type === 'ParallelStateStarted') return base + 2;
    return CONTAINER_START.has(previous.type) ? base + 1 : base;
  };
  /** Walks the previousEventId chain back to the first unmatched event that `accept`s. */
  const findBack = (event: TimelineEvent, accept: (candidate: TimelineEvent) => boolean): TimelineEvent | undefined => {
    let cursor = event.previousEventId ? byId.get(event.previousEventId) : undefined;
    while (cursor) {
      if (!matched.has(cursor.id) && accept(cursor)) return cursor;
      cursor = cursor.previousEventId ? byId.get(cursor.previousEventId) : undefined;
    }
    return undefined;
  };
  for (const event of history) {
    byId.set(event.id, event);
    let level = depthOfPrevious(event);
    const info = details(event);
    if (event.type.endsWith('StateExited')) {
      const name = text(info?.['name']);
      const entered = findBack(event, (c) => c.type.endsWith('StateEntered') && text(details(c)?.['name']) === name);
      if (entered) {
        matched.add(entered.id);
        level = depth.get(entered.id) ?? level;
      }
    } else if (/^(Map|Parallel)State(Succeeded|Failed|Aborted)$/.test(event.type)) {
      const kind = event.type.startsWith('Map') ? 'MapStateEntered' : 'ParallelStateEntered';
      const entered = findBack(event, (c) => c.type === kind);
      if (entered) level = depth.get(entered.id) ?? level;
    } else if (event.type === 'MapIterationStarted') {
      iterationDepth.set(`${text(info?.['name'])}#${String(info?.['index'])}`, level);
    } else if (ITERATION_END.has(event.type)) {
      level = iterationDepth.get(`${text(info?.['name'])}#${String(info?.['index'])}`) ?? level;
    } else if (event.type.startsWith('Execution')) {
      level = 0;
    }
    depth.set(event.id, level);
  }
  return depth;
}

/**
 * `aslkit run --format pretty`: the execution as a readable timeline, one line per state entered and
 * exited with the elapsed virtual time and abbreviated input/output; failures inside a state marked as
 * retried, caught or failing; Map iterations and Parallel branches indented; then the final status.
 */
export function formatTimeline(result: TimelineResult, options: TimelineOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const max = options.maxValueLength ?? 80;
  const history = result.history;
  const start = history.length > 0 ? millis((history[0] as TimelineEvent).timestamp) : millis(result.startDate);
  const level = depths(history);
  const followers = new Map<number, TimelineEvent>();
  for (const event of history) {
    if (event.previousEventId && !followers.has(event.previousEventId)) followers.set(event.previousEventId, event);
  }
  const lines: string[] = [];
  const push = (event: TimelineEvent, body: string, shift = 0): void => {
    const indent = '  '.repeat(Math.max(0, (level.get(event.id) ?? 0) + shift));
    lines.push(`${chalk.dim(elapsed(millis(event.timestamp) - start).padStart(10))}  ${indent}${body}`);
  };
  const byId = new Map<number, TimelineEvent>();
  const branchesStarted = new Map<number, number>();
  for (const event of history) {
    byId.set(event.id, event);
    const info = details(event);
    const previous = event.previousEventId ? byId.get(event.previousEventId) : undefined;
    if (previous?.type === 'ParallelStateStarted') {
      const index = branchesStarted.get(previous.id) ?? 0;
      branchesStarted.set(previous.id, index + 1);
      push(event, chalk.magenta(`⋯ branch ${index}`), -1);
    }
    const name = text(info?.['name']);
    if (event.type.endsWith('StateEntered')) {
      const kind = event.type.slice(0, -'StateEntered'.length);
      const input = text(info?.['input']);
      push(event, `${chalk.cyan('▶')} ${chalk.bold(name ?? '?')} ${chalk.dim(`(${kind})`)}${input !== undefined ? chalk.dim('  in ') + abbreviate(input, max) : ''}`);
    } else if (event.type.endsWith('StateExited')) {
      const output = text(info?.['output']);
      push(event, `${chalk.green('◀')} ${chalk.bold(name ?? '?')}${output !== undefined ? chalk.dim('  out ') + abbreviate(output, max) : ''}`);
    } else if (event.type === 'MapIterationStarted') {
      push(event, chalk.magenta(`⋯ iteration ${String(info?.['index'])}`));
    } else if (event.type === 'MapIterationFailed' || event.type === 'MapIterationAborted') {
      push(event, chalk.red(`✗ iteration ${String(info?.['index'])} ${event.type === 'MapIterationFailed' ? 'failed' : 'aborted'}`));
    } else if (event.type === 'MapRunStarted') {
      push(event, chalk.magenta(`⋯ map run ${text(info?.['mapRunArn']) ?? ''}`));
    } else if (!event.type.startsWith('Execution') && info && typeof info['error'] === 'string') {
      const failure = info as ErrorInfo;
      const next = followers.get(event.id);
      let outcome = '';
      if (next && /(Scheduled|Started|Submitted)$/.test(next.type)) outcome = chalk.yellow('  ↻ retried');
      else if (next && next.type.endsWith('StateExited')) outcome = chalk.yellow('  ⤷ caught');
      const cause = failure.cause ? `: ${abbreviate(failure.cause, max)}` : '';
      push(event, `  ${chalk.red('✗')} ${chalk.red(`${event.type} ${failure.error ?? ''}`)}${cause}${outcome}`);
    }
  }
  const duration = elapsed(millis(result.stopDate) - millis(result.startDate)).slice(1);
  const ok = result.status === 'SUCCEEDED';
  const status = ok ? chalk.green.bold(result.status) : chalk.red.bold(result.status);
  let tail = '';
  if (ok && result.outputText !== undefined) tail = chalk.dim('  output ') + abbreviate(result.outputText, max);
  else if (!ok) tail = `  ${chalk.red(result.error ?? '')}${result.cause ? `: ${abbreviate(result.cause, max)}` : ''}`;
  if (lines.length > 0) lines.push('');
  lines.push(`${status} in ${duration}${tail}`);
  return lines.join('\n') + '\n';
}
