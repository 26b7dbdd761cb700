/** ValidateStateMachineDefinition and TestState: the checker's and test-state's answers, unchanged. */
import { validateStateMachineDefinition, type ValidationResult } from '@aslkit/checker';
import type { StateMachineType } from '@aslkit/core';
import { isTestStateException, testState, type TestStateRequest } from '@aslkit/test-state';
import { apiError, isApiError } from '../protocol/api-error.js';
import { checkRequest, Members } from '../protocol/request-shape.js';
import { compact } from '../wire.js';
import type { ActionTable } from './handler.js';

export const validationActions: ActionTable = {
  async ValidateStateMachineDefinition(_context, body) {
    const request = checkRequest(
      {
        definition: Members.string(1, 1_048_576, true),
        type: Members.oneOf(['STANDARD', 'EXPRESS']),
        severity: Members.oneOf(['ERROR', 'WARNING']),
        maxResults: Members.integer(0, 100),
      },
      body,
    );
    if (isApiError(request)) return request;
    const result: ValidationResult = await validateStateMachineDefinition(
      compact({
        definition: request.definition,
        type: request.type as StateMachineType | undefined,
        severity: request.severity as 'ERROR' | 'WARNING' | undefined,
        maxResults: request.maxResults === 0 ? undefined : request.maxResults,
      }),
    );
    return {
      result: result.result,
      diagnostics: result.diagnostics.map((diagnostic) =>
        compact({ severity: diagnostic.severity, code: diagnostic.code, message: diagnostic.message, location: diagnostic.location }),
      ),
      truncated: result.truncated,
    };
  },

  async TestState(context, body) {
    const request = checkRequest(
      {
        definition: Members.string(1, 1_048_576, true),
        roleArn: Members.string(1, 256),
        input: Members.payload(),
        inspectionLevel: Members.oneOf(['INFO', 'DEBUG', 'TRACE']),
        revealSecrets: Members.boolean(),
        variables: Members.payload(),
        stateName: Members.string(1, 80),
        mock: Members.object(),
        context: Members.payload(),
        stateConfiguration: Members.object(),
      },
      body,
    );
    if (isApiError(request)) return request;
    const response = await testState(body as TestStateRequest, { accountId: context.scope.account, region: context.scope.region });
    if (isTestStateException(response)) return apiError(response.code, response.message);
    return response;
  },
};
