/**
 * CreateStateMachine / UpdateStateMachine validation through the checker: an InvalidDefinition error in
 * AWS's format (`Invalid State Machine Definition: '<CODE>: <message> at <location>'`), or undefined.
 */
import { formatCreateStateMachineError, validateStateMachineDefinition, type ValidationResult } from '@aslkit/checker';
import { type ApiError, ApiErrors } from '../protocol/api-error.js';
import type { MachineType } from '../model/records.js';

export async function checkDefinitionForCreate(definition: string, type: MachineType): Promise<ApiError | undefined> {
  const result: ValidationResult = await validateStateMachineDefinition({ definition, type });
  if (result.result === 'OK') return undefined;
  return ApiErrors.invalidDefinition(formatCreateStateMachineError(result.diagnostics));
}
