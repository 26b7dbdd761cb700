import { awsRule } from './define.js';

export const missingDescription = awsRule({
  code: 'MISSING_DESCRIPTION',
  description: 'No definition was given (null or an empty string).',
  rationale: 'A blank but non-empty definition is SCHEMA_VALIDATION_FAILED "Definition must be a valid JSON object" instead, as AWS answers.',
  messages: { missing: 'Received a null or empty workflow input' },
  // Reported by validateStateMachineDefinition before parsing.
  check: () => undefined,
});
