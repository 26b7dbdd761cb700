import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { parseMockConfig, Simulator, type SimulatorOptions } from '@aslkit/simulator';
import { ACTIONS } from './actions/index.js';
import { createContext, type EndpointContext } from './context.js';
import { registerMachine } from './execution/registry.js';
import type { ActivityRecord, ExecutionRecord, StateMachineRecord } from './model/records.js';
import type { ServerOptions } from './options.js';
import { FileRecordStore, MemoryRecordStore, type RecordStore } from './persistence/record-store.js';
import { ApiErrors, errorBody, isApiError } from './protocol/api-error.js';

/** One answer of the API: the HTTP status and the JSON body (an error is `{ "__type", "message" }`). */
export interface EndpointResponse {
  status: number;
  body: unknown;
}

/** The API without HTTP: what the server calls for each request (also handy in tests). */
export interface Endpoint {
  /** Runs `AWSStepFunctions.<action>` with the parsed JSON request body. */
  handle(action: string, request: unknown): Promise<EndpointResponse>;
  /** Ends long polls and timers and flushes persistence. */
  close(): Promise<void>;
}

async function loadMockConfig(options: ServerOptions): Promise<SimulatorOptions['mockConfig']> {
  if (options.mockConfig) return options.mockConfig as SimulatorOptions['mockConfig'];
  if (!options.mockConfigPath) return undefined;
  try {
    return await readFile(options.mockConfigPath, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the mock config ${options.mockConfigPath}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

async function openStore(dataDir: string | undefined): Promise<RecordStore> {
  if (!dataDir) return new MemoryRecordStore();
  try {
    return await FileRecordStore.open(dataDir);
  } catch (error) {
    throw new Error(`Cannot use the data dir ${dataDir}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Loads persisted records and registers machines and activities with the simulator. */
async function restore(context: EndpointContext): Promise<void> {
  for (const value of await context.store.loadAll('state-machines')) {
    const machine = value as StateMachineRecord;
    if (registerMachine(context, machine) === undefined) context.machines.set(machine.arn, machine);
  }
  for (const value of await context.store.loadAll('activities')) {
    const activity = value as ActivityRecord;
    context.simulator.createActivity(activity.name);
    context.activities.set(activity.arn, activity);
  }
  const executions = (await context.store.loadAll('executions')) as ExecutionRecord[];
  executions.sort((a, b) => a.startDate - b.startDate);
  for (const execution of executions) context.executions.set(execution.executionArn, execution);
}

/** Builds the API over in-memory (or `dataDir`) stores and the simulator. Rejects with a user-fit message. */
export async function createEndpoint(options: ServerOptions = {}): Promise<Endpoint> {
  const region = options.region ?? 'us-east-1';
  const accountId = options.accountId ?? '123456789012';
  const timeScale = options.timeScale ?? 1;
  if (!(timeScale > 0)) throw new Error(`timeScale must be a positive number (got ${String(options.timeScale)})`);
  const mockConfig = await loadMockConfig(options);
  if (mockConfig !== undefined) {
    const parsed = parseMockConfig(mockConfig);
    if (!parsed.ok) throw new Error(`Invalid mock config${options.mockConfigPath ? ` ${options.mockConfigPath}` : ''}: ${parsed.error.message}`);
  }
  const store = await openStore(options.dataDir);
  const simulatorOptions: SimulatorOptions = {
    clock: options.clock ?? 'real',
    timeScale,
    startTime: Date.now(),
    seed: randomUUID(),
    region,
    accountId,
  };
  if (mockConfig !== undefined) simulatorOptions.mockConfig = mockConfig;
  const simulator = new Simulator(simulatorOptions);
  const context = createContext({
    scope: { partition: 'aws', region, account: accountId },
    store,
    simulator,
    activityPollTimeoutMs: options.activityPollTimeoutMs ?? 60_000,
  });
  await restore(context);
  const log = options.log;

  return {
    async handle(action, request) {
      const handler = Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : undefined;
      if (!handler) return { status: 400, body: errorBody(ApiErrors.unknownOperation()) };
      try {
        const result = await handler(context, request);
        return isApiError(result) ? { status: result.status, body: errorBody(result) } : { status: 200, body: result };
      } catch (error) {
        log?.(`internal error in ${action}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        const failure = ApiErrors.internal();
        return { status: failure.status, body: errorBody(failure) };
      }
    },
    async close() {
      context.closing.abort();
      for (const handle of context.live.values()) handle.stop(undefined, 'aslkit serve shut down while the execution was running');
      await Promise.allSettled([...context.settling]);
      await store.flush();
    },
  };
}
