import type { JsonObject, JsonValue } from '@aslkit/core';
import type { TestStateException, TestStateRequest } from '../api-types.js';
import { parseResource } from '../engine/resource.js';
import type { ParsedRequest } from './parse-request.js';

function validation(message: string): TestStateException {
  return { code: 'ValidationException', message };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** AWS's rules on the mock fields themselves and the state types that need or refuse a mock. */
export function checkMockRules(request: TestStateRequest, parsed: ParsedRequest): TestStateException | undefined {
  const mock = request.mock;
  const type = (parsed.state as { Type?: unknown }).Type;
  if (mock) {
    if (mock.result !== undefined && mock.errorOutput !== undefined) return validation('A test mock should have only one of the following fields: [result, errorOutput].');
    if (request.revealSecrets === true) return validation('TestState does not support RevealSecrets when a mock is specified.');
    if (type === 'Pass' || type === 'Fail' || type === 'Succeed') return validation(`State type '${type}' is not supported when a mock is specified`);
  } else {
    if (request.stateConfiguration?.mapIterationFailureCount !== undefined) {
      return validation('TestState does not support MapIterationFailureCount when a mock is not specified.');
    }
    if (request.context !== undefined) return validation('TestState does not support Context when a mock is not specified.');
    if (type === 'Map' || type === 'Parallel') {
      return { code: 'InvalidDefinition', message: 'TestState API does not support Map or Parallel states. Supported state types include: [Task, Wait, Pass, Succeed, Fail, Choice]' };
    }
  }
  return undefined;
}

/** Checks that need the parsed mock result: JSON, and the shape Parallel/Map expect. */
export function checkMockedResult(request: TestStateRequest, parsed: ParsedRequest): { ok: true; result?: JsonValue } | { ok: false; exception: TestStateException } {
  const mock = request.mock;
  if (!mock || mock.result === undefined) return { ok: true };
  let result: JsonValue;
  try {
    result = JSON.parse(mock.result) as JsonValue;
  } catch {
    return { ok: false, exception: validation('Mocked result must be valid JSON') };
  }
  const state = parsed.state as unknown as JsonObject;
  if (state['Type'] === 'Parallel') {
    if (!Array.isArray(result)) return { ok: false, exception: validation('Mocked result must be an array.') };
    const branches = Array.isArray(state['Branches']) ? state['Branches'].length : 0;
    if (result.length !== branches) return { ok: false, exception: validation('Mocked result must contain the same number of items as number of Parallel branches.') };
  }
  if (state['Type'] === 'Map') {
    if (isObject(state['ResultWriter'])) {
      if (!isObject(result)) return { ok: false, exception: validation('Mocked result must be a JSON object.') };
    } else {
      if (!Array.isArray(result)) return { ok: false, exception: validation('Mocked result must be an array.') };
      const failures = request.stateConfiguration?.mapIterationFailureCount;
      if (failures !== undefined && failures > result.length) {
        return { ok: false, exception: validation('Map iteration failure count must be less than or equal to the number of Map iterations') };
      }
    }
  }
  return { ok: true, result };
}

/** Task states without a mock: which ones TestState can really run. */
export function checkUnmockedTask(request: TestStateRequest, parsed: ParsedRequest): TestStateException | undefined {
  const state = parsed.state as unknown as JsonObject;
  if (state['Type'] !== 'Task' || request.mock) return undefined;
  if (request.roleArn === undefined) return validation('RoleArn must be specified when testing a Task state');
  const resource = typeof state['Resource'] === 'string' ? state['Resource'] : '';
  const parsedResource = parseResource(resource);
  if (parsedResource.kind === 'activity') return validation('TestState does not support activity tasks when a mock is not specified.');
  if (parsedResource.pattern !== 'request-response') {
    return validation(`TestState does not support the '.${parsedResource.pattern}' integration pattern when a mock is not specified.`);
  }
  return undefined;
}
