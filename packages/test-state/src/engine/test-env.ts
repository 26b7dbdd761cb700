import type { JsonValue } from '@aslkit/core';
import type { EngineEnv, EnginePorts, TraceEvent } from './types.js';

/**
 * An EngineEnv for tests and embedders: fixed clock and randomness, ports answering from the given
 * functions (a Task without one fails with States.TaskFailed), and every trace event recorded.
 */
export function createTestEnv(overrides: Omit<Partial<EngineEnv>, 'ports'> & { ports?: Partial<EnginePorts> } = {}): EngineEnv & { events: TraceEvent[] } {
  const events: TraceEvent[] = [];
  const ports: EnginePorts = {
    invokeTask: async () => ({ ok: false, error: 'States.TaskFailed', cause: 'no task port' }),
    runParallel: async () => ({ ok: false, error: 'States.Runtime', cause: 'no parallel port' }),
    runMap: async () => ({ ok: false, error: 'States.Runtime', cause: 'no map port' }),
    ...overrides.ports,
  };
  return {
    queryLanguage: 'JSONPath',
    context: { Execution: { Input: {} as JsonValue }, State: { Name: 'S', EnteredTime: '2024-01-01T00:00:00.000Z' } },
    variables: {},
    now: () => new Date('2024-01-01T00:00:00.000Z'),
    random: () => 0.5,
    uuid: () => '00000000-0000-4000-8000-000000000000',
    ...overrides,
    ports,

    events,
    trace: (event) => events.push(event),
  };
}
