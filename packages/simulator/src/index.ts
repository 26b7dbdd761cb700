/**
 * @aslkit/simulator: whole state machine runs with AWS's semantics on test-state's engine, a virtual
 * clock, mocks, local handlers and AWS-shaped execution history.
 */
export { run, isRunError } from './run.js';
export { Simulator, parseDefinition } from './simulator.js';
export type {
  ActivityTask,
  CallbackApi,
  ClockMode,
  ExecutionDescription,
  ExecutionHandle,
  ExecutionStatus,
  LocalS3Object,
  MapRunDescription,
  MockedResponse,
  Outcome,
  RunOptions,
  RunResult,
  SimulatorError,
  SimulatorOptions,
  StartExecutionRequest,
  StateMachineInput,
  StateMachineRecord,
  StateMocks,
  StateRun,
  TaskFailure,
  TaskHandler,
  TaskInvocation,
  TaskOutcome,
} from './types.js';
export { taskFailure, taskTimeout, isTaskOutcome } from './types.js';
export type * from './history/events.js';
export { HISTORY_EVENT_TYPES } from './history/events.js';
export { parseMockConfig, resolveTestCase, type MockConfig, type ResolvedTestCase } from './mocks/mock-config.js';
export { statesRan, stateRuns, outputOf, inputOf, eventTypes } from './testing/helpers.js';
