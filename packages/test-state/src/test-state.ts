import type { TestStateException, TestStateOptions, TestStateRequest, TestStateResponse } from './api-types.js';

export async function testState(request: TestStateRequest, options: TestStateOptions = {}): Promise<TestStateResponse | TestStateException> {
  void request; void options;
  return { code: 'ValidationException', message: 'not implemented yet' };
}
