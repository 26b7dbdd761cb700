import type { JsonValue, StateMachineDefinition } from '@aslkit/core';
import { Simulator } from '../simulator.js';
import type { LocalS3Object, MockedResponse, RunResult, SimulatorOptions, TaskHandler } from '../types.js';
import type { MatchOptions } from './compare.js';
import { compareEvents, valuesMatch } from './compare.js';

/** One line of ../shared/conformance/executions.jsonl (the fields the runner reads). */
export interface ExecutionCase {
  id: string;
  definition: JsonValue;
  stateMachineType?: 'STANDARD' | 'EXPRESS';
  input: JsonValue;
  mocks?: Record<string, { Return?: JsonValue; Throw?: { Error: string; Cause?: string }; TimedOut?: boolean }[]>;
  fixtures?: { s3Objects?: LocalS3Object[] };
  expected: { status: string; output?: JsonValue; error?: string; cause?: string; events?: Record<string, unknown>[] | null };
  placeholders?: string[];
  tags: string[];
  source?: { externalActions?: unknown };
}

export interface CaseVerdict {
  id: string;
  tags: string[];
  status: boolean;
  output: boolean;
  error: boolean;
  cause: boolean;
  events: boolean;
  /** All of the above. */
  ok: boolean;
  reasons: string[];
  durationMs: number;
}

/** Makes test-time placeholders in a definition concrete (README: `<region>` → us-east-1, `<x>` → x). */
export function concretise(value: JsonValue): JsonValue {
  if (typeof value === 'string') return value.replace(/<region>/g, 'us-east-1').replace(/<([A-Za-z0-9_.:-]+)>/g, '$1');
  if (Array.isArray(value)) return value.map(concretise);
  if (value && typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value)) out[k] = concretise(v);
    return out;
  }
  return value;
}

function toMocks(mocks: ExecutionCase['mocks']): Record<string, MockedResponse[]> {
  const out: Record<string, MockedResponse[]> = {};
  for (const [state, list] of Object.entries(mocks ?? {})) {
    out[state] = list.map((m): MockedResponse => {
      if (m.Throw) return m.TimedOut ? { Throw: m.Throw, TimedOut: true } : { Throw: m.Throw };
      return { Return: m.Return ?? null };
    });
  }
  return out;
}

/** The runner never touches the network: HTTP Tasks without mocks fail like an unreachable endpoint. */
const offline: NonNullable<SimulatorOptions['fetch']> = () => Promise.reject(new Error('the conformance runner is offline'));

/** Names of every Task state, at any depth. */
function taskStateNames(value: JsonValue): string[] {
  const out: string[] = [];
  const walk = (v: JsonValue): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const states = v['States'];
      if (states && typeof states === 'object' && !Array.isArray(states)) {
        for (const [name, st] of Object.entries(states)) if (st && typeof st === 'object' && !Array.isArray(st) && st['Type'] === 'Task') out.push(name);
      }
      Object.values(v).forEach(walk);
    }
  };
  walk(value);
  return out;
}

/** Runs one case on a fresh simulator and compares it by the README's rules. */
export async function runCase(c: ExecutionCase): Promise<CaseVerdict> {
  const started = Date.now();
  const reasons: string[] = [];
  const options: MatchOptions = { placeholders: new Set([...(c.placeholders ?? []), 'timestamp', 'date', 'datetime']) };
  // Tasks inside DISTRIBUTED map children were never recorded (mocks-incomplete): a stand-in echoes the
  // task's parameters, so the rest of the execution can still be compared.
  const standIn: Record<string, TaskHandler> = {};
  if (c.tags.includes('mocks-incomplete')) for (const name of taskStateNames(c.definition)) if (!c.mocks?.[name]) standIn[name] = (inv) => inv.parameters;
  const sim = new Simulator({ accountId: '111111111111', region: 'us-east-1', s3Objects: c.fixtures?.s3Objects ?? [], seed: 1, handlers: standIn, fetch: offline });
  const definition = concretise(c.definition) as unknown as StateMachineDefinition;
  const machine = sim.registerStateMachine({ name: 'ConformanceMachine', definition, type: c.stateMachineType ?? 'STANDARD', roleArn: 'arn:aws:iam::111111111111:role/aslkit-conformance' });
  let result: RunResult | undefined;
  if (!machine.ok) {
    reasons.push(`definition rejected: ${machine.error.message}`);
  } else {
    const exec = sim.startWithMocks({ stateMachineArn: machine.value.stateMachineArn, input: JSON.stringify(c.input) }, toMocks(c.mocks));
    if (!exec.ok) reasons.push(`start failed: ${exec.error.message}`);
    else {
      const handle = exec.value;
      if (c.tags.includes('stopped-by-test')) {
        handle.onEvent((e) => {
          if (e.type === 'WaitStateEntered') handle.stop();
        });
      }
      if (c.expected.status === 'RUNNING') {
        // AWS never finished: only ExecutionStarted was recorded; we compare that and stop.
        await Promise.resolve();
        handle.stop();
      }
      result = await withTimeout(handle.done, 10_000);
      if (!result) reasons.push('did not finish within 10 s of real time');
    }
  }
  const exp = c.expected;
  let status = false;
  let output = false;
  let error = false;
  let cause = false;
  let events = false;
  if (result) {
    const expectedStatus = exp.status === 'RUNNING' ? 'ABORTED' : exp.status;
    status = result.status === expectedStatus;
    if (!status) reasons.push(`status ${result.status} vs ${exp.status}${result.error ? ` (${result.error}: ${String(result.cause).slice(0, 300)})` : ''}`);
    output = exp.status !== 'SUCCEEDED' || valuesMatch(exp.output ?? null, result.output ?? null, options);
    if (!output) reasons.push(`output ${String(JSON.stringify(result.output)).slice(0, 300)} vs ${String(JSON.stringify(exp.output)).slice(0, 300)}`);
    error = exp.error === undefined || valuesMatch(exp.error, result.error ?? null, options);
    if (!error) reasons.push(`error ${String(result.error)} vs ${exp.error}`);
    cause = exp.cause === undefined || valuesMatch(exp.cause, result.cause ?? null, options);
    if (!cause) reasons.push(`cause ${String(result.cause).slice(0, 400)} vs ${String(exp.cause).slice(0, 400)}`);
    if (!exp.events) events = true;
    else {
      let actualEvents = result.history as unknown as Record<string, unknown>[];
      if (exp.status === 'RUNNING') actualEvents = actualEvents.slice(0, 1);
      const cmp = compareEvents(exp.events, actualEvents, options, c.tags.includes('parallel-order-normalised'));
      events = cmp.ok;
      if (!cmp.ok) reasons.push(`events: ${cmp.reason}`);
    }
  }
  return { id: c.id, tags: c.tags, status, output, error, cause, events, ok: status && output && error && cause && events, reasons, durationMs: Date.now() - started };
}

declare function setTimeout(callback: () => void, ms: number): unknown;
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);
}

/** Agreement per tag: tag → [agreeing cases, cases]. */
export function agreementByTag(verdicts: readonly CaseVerdict[]): Map<string, [number, number]> {
  const m = new Map<string, [number, number]>();
  const add = (tag: string, ok: boolean): void => {
    const v = m.get(tag) ?? [0, 0];
    v[1]++;
    if (ok) v[0]++;
    m.set(tag, v);
  };
  for (const v of verdicts) {
    add('(all)', v.ok);
    for (const t of v.tags) add(t, v.ok);
  }
  return m;
}
