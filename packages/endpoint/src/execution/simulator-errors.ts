/** The simulator's error values as API errors (its codes are AWS's exception names). */
import type { SimulatorError } from '@aslkit/simulator';
import { type ApiError, apiError } from '../protocol/api-error.js';

export function simulatorError(error: SimulatorError): ApiError {
  switch (error.code) {
    case 'MockConfigInvalid':
    case 'TestCaseDoesNotExist':
      return apiError('ValidationException', error.message);
    default:
      return apiError(error.code, error.message);
  }
}
