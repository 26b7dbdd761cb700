/** SendTaskSuccess, SendTaskFailure, SendTaskHeartbeat: callbacks of `.waitForTaskToken` tasks and activities. */
import { MAX_PAYLOAD_BYTES, utf8ByteLength } from '@aslkit/core';
import { simulatorError } from '../execution/simulator-errors.js';
import { jsonTextProblem } from '../protocol/json-text.js';
import { ApiErrors, isApiError } from '../protocol/api-error.js';
import { checkRequest, Members } from '../protocol/request-shape.js';
import type { ActionTable } from './handler.js';

export const callbackActions: ActionTable = {
  async SendTaskSuccess(context, body) {
    const request = checkRequest({ taskToken: Members.string(1, 2048, true), output: Members.required(Members.payload()) }, body);
    if (isApiError(request)) return request;
    if (utf8ByteLength(request.output) > MAX_PAYLOAD_BYTES) {
      return ApiErrors.validation(`1 validation error detected: Value at 'output' failed to satisfy constraint: Member must have length less than or equal to ${MAX_PAYLOAD_BYTES}`);
    }
    const problem = jsonTextProblem(request.output);
    if (problem !== undefined) return ApiErrors.invalidOutput(problem);
    const outcome = context.simulator.sendTaskSuccess(request.taskToken, request.output);
    return outcome.ok ? {} : simulatorError(outcome.error);
  },

  async SendTaskFailure(context, body) {
    const request = checkRequest({ taskToken: Members.string(1, 2048, true), error: Members.string(0, 256), cause: Members.string(0, 32_768) }, body);
    if (isApiError(request)) return request;
    const outcome = context.simulator.sendTaskFailure(request.taskToken, request.error, request.cause);
    return outcome.ok ? {} : simulatorError(outcome.error);
  },

  async SendTaskHeartbeat(context, body) {
    const request = checkRequest({ taskToken: Members.string(1, 2048, true) }, body);
    if (isApiError(request)) return request;
    const outcome = context.simulator.sendTaskHeartbeat(request.taskToken);
    return outcome.ok ? {} : simulatorError(outcome.error);
  },
};
