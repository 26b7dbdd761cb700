/**
 * Test harness: a server on a free loopback port and a real `@aws-sdk/client-sfn` client pointed at it.
 * `loadEndpoint()` imports the package dynamically so that a dependency still being written (checker,
 * simulator, test-state) makes the suites skip with the reason instead of failing to load.
 */
import { SFNClient } from '@aws-sdk/client-sfn';
import type * as EndpointIndex from '../index.js';
import type { RunningServer, ServerOptions } from '../options.js';

type EndpointModule = typeof EndpointIndex;

export interface Loaded {
  module?: EndpointModule;
  reason?: string;
}

let loaded: Promise<Loaded> | undefined;

export function loadEndpoint(): Promise<Loaded> {
  loaded ??= import('../index.js').then(
    (module) => ({ module }),
    (error: unknown) => ({ reason: `@aslkit/endpoint cannot load yet: ${error instanceof Error ? error.message : String(error)}` }),
  );
  return loaded;
}

export interface TestServer {
  server: RunningServer;
  sfn: SFNClient;
  close(): Promise<void>;
}

export async function startTestServer(module: EndpointModule, options: ServerOptions = {}): Promise<TestServer> {
  const server = await module.startServer({ port: 0, host: '127.0.0.1', ...options });
  const sfn = new SFNClient({
    endpoint: server.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' },
    disableHostPrefix: true,
    maxAttempts: 1,
  });
  return {
    server,
    sfn,
    async close() {
      sfn.destroy();
      await server.close();
    },
  };
}

export const ROLE_ARN = 'arn:aws:iam::123456789012:role/StepFunctionsRole';
export const ACCOUNT_PREFIX = 'arn:aws:states:us-east-1:123456789012';

/** Polls `probe` until it returns a value (not undefined) or `timeoutMs` passes. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000, intervalMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The `__type`/name and message of an SDK error, for assertions. */
export async function errorOf(promise: Promise<unknown>): Promise<{ name: string; message: string; status?: number }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
    const result: { name: string; message: string; status?: number } = { name: e.name ?? 'Error', message: e.message ?? '' };
    if (e.$metadata?.httpStatusCode !== undefined) result.status = e.$metadata.httpStatusCode;
    return result;
  }
  throw new Error('expected the call to fail');
}

/** Why executions cannot run yet (the simulator piece that is missing), or undefined when they can. */
export async function simulatorGap(): Promise<string | undefined> {
  try {
    const { Simulator } = await import('@aslkit/simulator');
    const simulator = new Simulator({ clock: 'virtual' });
    const registered = simulator.registerStateMachine({ name: 'Probe', definition: '{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}' });
    if (!registered.ok) return `simulator registerStateMachine: ${registered.error.message}`;
    const started = simulator.startExecution({ stateMachineArn: registered.value.stateMachineArn, input: '{}' });
    if (!started.ok) return `simulator startExecution: ${started.error.message}`;
    const result = await started.value.done;
    return result.status === 'SUCCEEDED' ? undefined : `simulator runs a Pass machine to ${result.status}`;
  } catch (error) {
    return `simulator: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Why the simulator cannot run a nested `states:startExecution.sync:2` task yet, or undefined. */
export async function nestedExecutionGap(): Promise<string | undefined> {
  try {
    const { Simulator } = await import('@aslkit/simulator');
    const simulator = new Simulator({ clock: 'virtual' });
    const child = simulator.registerStateMachine({ name: 'Child', definition: '{"StartAt":"E","States":{"E":{"Type":"Pass","End":true}}}' });
    if (!child.ok) return child.error.message;
    const parentDefinition = {
      StartAt: 'Call',
      States: { Call: { Type: 'Task', Resource: 'arn:aws:states:::states:startExecution.sync:2', Parameters: { StateMachineArn: child.value.stateMachineArn }, End: true } },
    };
    const parent = simulator.registerStateMachine({ name: 'Parent', definition: JSON.stringify(parentDefinition) });
    if (!parent.ok) return parent.error.message;
    const started = simulator.startExecution({ stateMachineArn: parent.value.stateMachineArn });
    if (!started.ok) return started.error.message;
    const result = await started.value.done;
    return result.status === 'SUCCEEDED' ? undefined : `the simulator does not run nested .sync:2 executions yet (${result.error ?? ''}: ${result.cause ?? ''})`;
  } catch (error) {
    return `simulator: ${error instanceof Error ? error.message : String(error)}`;
  }
}
