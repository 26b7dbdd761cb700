import type { JsonValue } from '@aslkit/core';
import { isJsonObject } from '@aslkit/core';
import type { MockedResponse, Outcome, SimulatorError } from '../types.js';

/**
 * AWS Step Functions Local's mock configuration file, unchanged:
 * `{ StateMachines: { <machine>: { TestCases: { <case>: { <state>: <response name> } } } },
 *    MockedResponses: { <response name>: { "0": {Return|Throw}, "1-2": {…} } } }`.
 */
export interface MockConfig {
  StateMachines?: Record<string, { TestCases?: Record<string, Record<string, string>> }>;
  MockedResponses?: Record<string, Record<string, MockedResponse>>;
}

/** A test case resolved to one ordered response list per state (invocation n → entry n). */
export type ResolvedTestCase = Map<string, MockedResponse[]>;

function invalid(message: string): { ok: false; error: SimulatorError } {
  return { ok: false, error: { code: 'MockConfigInvalid', message } };
}

/** Parses and checks a mock config (object or JSON text). */
export function parseMockConfig(input: MockConfig | string): Outcome<MockConfig> {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      return invalid(`The mock config is not valid JSON: ${(e as Error).message}`);
    }
  }
  if (!isJsonObject(value)) return invalid('The mock config must be a JSON object with StateMachines and MockedResponses.');
  const machines = value['StateMachines'] ?? {};
  const responses = value['MockedResponses'] ?? {};
  if (!isJsonObject(machines)) return invalid('StateMachines must be an object.');
  if (!isJsonObject(responses)) return invalid('MockedResponses must be an object.');
  for (const [machine, spec] of Object.entries(machines)) {
    if (!isJsonObject(spec)) return invalid(`StateMachines.${machine} must be an object.`);
    const cases = spec['TestCases'] ?? {};
    if (!isJsonObject(cases)) return invalid(`StateMachines.${machine}.TestCases must be an object.`);
    for (const [caseName, states] of Object.entries(cases)) {
      if (!isJsonObject(states)) return invalid(`StateMachines.${machine}.TestCases.${caseName} must be an object.`);
      for (const [state, ref] of Object.entries(states)) {
        if (typeof ref !== 'string') return invalid(`StateMachines.${machine}.TestCases.${caseName}.${state} must name a mocked response.`);
        if (!isJsonObject(responses[ref])) {
          return invalid(`StateMachines.${machine}.TestCases.${caseName}.${state} refers to "${ref}", which is not in MockedResponses.`);
        }
      }
    }
  }
  for (const [name, table] of Object.entries(responses)) {
    if (!isJsonObject(table)) return invalid(`MockedResponses.${name} must be an object.`);
    for (const [range, response] of Object.entries(table)) {
      if (parseRange(range) === undefined) return invalid(`MockedResponses.${name}: "${range}" is not an invocation index or range like "0" or "1-2".`);
      const problem = checkResponse(response);
      if (problem) return invalid(`MockedResponses.${name}.${range}: ${problem}`);
    }
  }
  return { ok: true, value: value as MockConfig };
}

function checkResponse(response: JsonValue | undefined): string | undefined {
  if (!isJsonObject(response)) return 'a response must be an object with Return or Throw.';
  const hasReturn = 'Return' in response;
  const hasThrow = 'Throw' in response;
  if (hasReturn === hasThrow) return 'a response needs exactly one of Return and Throw.';
  if (hasThrow) {
    const t = response['Throw'];
    if (!isJsonObject(t) || typeof t['Error'] !== 'string') return 'Throw needs an Error string.';
    if (t['Cause'] !== undefined && typeof t['Cause'] !== 'string') return 'Throw.Cause must be a string.';
  }
  return undefined;
}

/** `"3"` → [3,3]; `"1-2"` → [1,2]; anything else → undefined. */
export function parseRange(text: string): [number, number] | undefined {
  const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(text);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return to >= from ? [from, to] : undefined;
}

/** Expands a `{ "0": …, "1-2": … }` table into a dense list (gaps keep the previous response). */
export function expandResponses(table: Record<string, MockedResponse>): MockedResponse[] {
  const out: MockedResponse[] = [];
  const entries = Object.entries(table)
    .map(([range, response]) => ({ range: parseRange(range), response }))
    .filter((e): e is { range: [number, number]; response: MockedResponse } => e.range !== undefined)
    .sort((a, b) => a.range[0] - b.range[0]);
  for (const { range, response } of entries) {
    for (let i = range[0]; i <= range[1]; i++) out[i] = response;
  }
  for (let i = 0; i < out.length; i++) if (out[i] === undefined && i > 0) out[i] = out[i - 1] as MockedResponse;
  return out;
}

/** Resolves `StateMachines[machine].TestCases[testCase]` to per-state response lists. */
export function resolveTestCase(config: MockConfig, machine: string, testCase: string): Outcome<ResolvedTestCase> {
  const cases = config.StateMachines?.[machine]?.TestCases;
  if (!cases) {
    return { ok: false, error: { code: 'TestCaseDoesNotExist', message: `The mock config has no state machine named "${machine}" (it has: ${Object.keys(config.StateMachines ?? {}).join(', ') || 'none'}).` } };
  }
  const states = cases[testCase];
  if (!states) {
    return { ok: false, error: { code: 'TestCaseDoesNotExist', message: `The mock config has no test case "${testCase}" for state machine "${machine}" (it has: ${Object.keys(cases).join(', ') || 'none'}).` } };
  }
  const resolved: ResolvedTestCase = new Map();
  for (const [state, ref] of Object.entries(states)) {
    const table = config.MockedResponses?.[ref];
    if (table) resolved.set(state, expandResponses(table));
  }
  return { ok: true, value: resolved };
}
