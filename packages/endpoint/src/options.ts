import type { JsonObject } from '@aslkit/core';

/** `real`: wall-clock time scaled by `timeScale`; `virtual`: waits complete as soon as nothing else can run. */
export type ClockMode = 'real' | 'virtual';

export const DEFAULT_PORT = 8083;
export const DEFAULT_HOST = '127.0.0.1';

/** Options of {@link startServer} and {@link createEndpoint}; every field is optional. */
export interface ServerOptions {
  /** TCP port; default 8083. 0 picks a free port (read it back from `RunningServer.port`). */
  port?: number;
  /** Interface to bind; default 127.0.0.1 (loopback only). */
  host?: string;
  /** A parsed Step Functions Local mock config (`{ StateMachines, MockedResponses }`). */
  mockConfig?: JsonObject;
  /** Path of a mock config file (JSON); read at start. Ignored when `mockConfig` is given. */
  mockConfigPath?: string;
  /** Directory persisting state machines, activities, tags and finished executions; in memory when absent. */
  dataDir?: string;
  /** Real-time clock speed-up: 1 (default) is real time, 10 runs Wait states ten times faster. */
  timeScale?: number;
  /** Clock mode; default `real`. */
  clock?: ClockMode;
  /** Region used in ARNs; default us-east-1. */
  region?: string;
  /** Account id used in ARNs; default 123456789012. */
  accountId?: string;
  /** Longest GetActivityTask long poll in milliseconds; default 60 000 (AWS's 60 s). */
  activityPollTimeoutMs?: number;
  /** Receives one line per request and per startup notice; silent when absent. */
  log?: (line: string) => void;
}

/** A listening server returned by {@link startServer}. */
export interface RunningServer {
  /** `http://host:port`, ready for `new SFNClient({ endpoint: url })`. */
  url: string;
  host: string;
  port: number;
  /** Stops listening, ends long polls, stops running executions' timers, flushes the data dir. */
  close(): Promise<void>;
}
