import type { JsonObject, QueryLanguage } from '@aslkit/core';
import type { TestStateException, TestStateOptions, TestStateRequest, TestStateResponse } from './api-types.js';
import { buildContextObject } from './engine/context-object.js';
import { executeState } from './engine/execute-state.js';
import { parseResource } from './engine/resource.js';
import type { EngineEnv, StepOutcome } from './engine/types.js';
import { buildInspectionData, InspectionRecorder } from './inspection.js';
import { responseShapeFor, validateMockedResult } from './mock/validate-mock.js';
import { createTestStatePorts, type UnrunnableTask } from './ports/test-state-ports.js';
import { checkMockedResult, checkMockRules, checkUnmockedTask } from './request/mock-rules.js';
import { parseRequest, SINGLE_STATE_NAME, type ParsedRequest } from './request/parse-request.js';
import { validateDefinition } from './request/validate-definition.js';

function defaultUuid(random: () => number): () => string {
  return () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
    const text = hex.join('');
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
  };
}

function stateLanguage(parsed: ParsedRequest): QueryLanguage {
  const own = (parsed.state as { QueryLanguage?: unknown }).QueryLanguage;
  return own === 'JSONata' || own === 'JSONPath' ? own : parsed.queryLanguage;
}

function checkMockShape(request: TestStateRequest, parsed: ParsedRequest, mockResult: unknown): TestStateException | undefined {
  const state = parsed.state as unknown as JsonObject;
  if (state['Type'] !== 'Task' || mockResult === undefined) return undefined;
  const resource = typeof state['Resource'] === 'string' ? state['Resource'] : '';
  const shape = responseShapeFor(parseResource(resource));
  const problem = validateMockedResult(mockResult as JsonObject, shape, request.mock?.fieldValidationMode ?? 'STRICT');
  return problem === undefined ? undefined : { code: 'ValidationException', message: problem };
}

function toResponse(outcome: StepOutcome): TestStateResponse {
  switch (outcome.kind) {
    case 'next':
      return { status: 'SUCCEEDED', output: JSON.stringify(outcome.output), nextState: outcome.nextState };
    case 'end':
      return { status: 'SUCCEEDED', output: JSON.stringify(outcome.output) };
    case 'wait':
      return { status: 'SUCCEEDED', output: JSON.stringify(outcome.output), ...(outcome.nextState === undefined ? {} : { nextState: outcome.nextState }) };
    case 'retry':
      return { status: 'RETRIABLE', error: outcome.error, cause: outcome.cause };
    case 'caught':
      return { status: 'CAUGHT_ERROR', error: outcome.error, cause: outcome.cause, nextState: outcome.nextState, output: JSON.stringify(outcome.output) };
    case 'fail':
      return { status: 'FAILED', ...(outcome.error === '' ? {} : { error: outcome.error }), ...(outcome.cause === undefined ? {} : { cause: outcome.cause }) };
  }
}

async function run(request: TestStateRequest, options: TestStateOptions): Promise<TestStateResponse | TestStateException> {
  const parsed = parseRequest(request);
  if ('code' in parsed) return parsed;
  const mockRule = checkMockRules(request, parsed);
  if (mockRule) return mockRule;
  if (!options.skipValidation) {
    const invalid = await validateDefinition(parsed.machine);
    if (invalid) return invalid;
  }
  const unmocked = checkUnmockedTask(request, parsed);
  if (unmocked) return unmocked;
  const mocked = checkMockedResult(request, parsed);
  if (!mocked.ok) return mocked.exception;
  const shapeProblem = checkMockShape(request, parsed, mocked.result);
  if (shapeProblem) return shapeProblem;

  const random = options.random ?? Math.random;
  const webCrypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  const uuid = options.uuid ?? (options.random === undefined && typeof webCrypto?.randomUUID === 'function' ? () => webCrypto.randomUUID!() : defaultUuid(random));
  const now = options.now ?? (() => new Date());
  const started = now().toISOString();
  const retryCount = request.stateConfiguration?.retrierRetryCount ?? 0;
  const context =
    parsed.context !== undefined
      ? (parsed.context as JsonObject)
      : buildContextObject({
          // AWS names the state "StateName" in the context even when a whole machine and stateName were sent.
          stateName: SINGLE_STATE_NAME,
          input: parsed.input,
          enteredTime: started,
          startTime: started,
          ...(request.mock ? { retryCount } : {}),
          ...(options.accountId === undefined ? {} : { accountId: options.accountId }),
          ...(options.region === undefined ? {} : { region: options.region }),
          stateMachineName: `TestStateMachine-${uuid()}`,
          executionName: uuid(),
          roleArn: request.roleArn ?? null,
          express: true,
        });

  let unrunnable: UnrunnableTask | undefined;
  const recorder = new InspectionRecorder();
  const env: EngineEnv = {
    queryLanguage: parsed.queryLanguage,
    context,
    variables: parsed.variables,
    retryCounts: retryCount,
    now,
    random,
    uuid,
    ports: createTestStatePorts(request, mocked.result, options, (task) => {
      unrunnable = task;
    }),
    trace: recorder.record,
  };
  const outcome = await executeState(parsed.stateName, parsed.state, parsed.input, env);
  if (unrunnable) {
    return {
      code: 'ValidationException',
      message: `aslkit cannot call '${unrunnable.resource}' offline: give a mock (mock.result or mock.errorOutput) or register a local handler for this resource.`,
    };
  }
  const response = toResponse(outcome);
  const assigned = outcome.kind === 'next' || outcome.kind === 'end' || outcome.kind === 'wait' || outcome.kind === 'caught' ? outcome.assigned : {};
  const inspection = buildInspectionData(
    request.inspectionLevel ?? 'INFO',
    String((parsed.state as { Type?: unknown }).Type),
    stateLanguage(parsed),
    recorder,
    outcome,
    { ...parsed.variables, ...assigned },
    request.revealSecrets === true,
  );
  if (inspection) response.inspectionData = inspection;
  return response;
}

/**
 * TestState: `request` as AWS takes it (JSON documents as text). Resolves to AWS's response, or to an
 * AWS-shaped exception value ({ code, message }); never rejects.
 */
export async function testState(request: TestStateRequest, options: TestStateOptions = {}): Promise<TestStateResponse | TestStateException> {
  try {
    return await run(request, options);
  } catch (thrown) {
    return { code: 'ValidationException', message: `aslkit could not run this request: ${thrown instanceof Error ? thrown.message : 'internal error'}` };
  }
}
