import { MAX_STATE_MACHINE_NAME_LENGTH } from '@aslkit/core';
import { awsRule } from './define.js';
import { codePointLength, firstInvalidNameCharacter } from './names.js';

// The name is not part of the definition: these diagnostics have no location.

export const stateMachineNameEmpty = awsRule({
  code: 'STATE_MACHINE_NAME_EMPTY',
  description: 'The state machine name given to check is empty.',
  messages: { empty: 'State machine name must not be empty' },
  check(context) {
    if (context.name === '') context.report({ path: [], messageId: 'empty', location: null });
  },
});

export const stateMachineNameTooLong = awsRule({
  code: 'STATE_MACHINE_NAME_TOO_LONG',
  description: `The state machine name is longer than ${MAX_STATE_MACHINE_NAME_LENGTH} characters.`,
  messages: { long: `State machine name exceeds the maximum length of ${MAX_STATE_MACHINE_NAME_LENGTH} characters` },
  check(context) {
    if (context.name !== undefined && codePointLength(context.name) > MAX_STATE_MACHINE_NAME_LENGTH) context.report({ path: [], messageId: 'long', location: null });
  },
});

export const stateMachineNameInvalid = awsRule({
  code: 'STATE_MACHINE_NAME_INVALID',
  description: 'The state machine name holds whitespace, brackets, wildcards, special or control characters.',
  messages: { invalid: "State machine name contains invalid character: '{character}'" },
  check(context) {
    if (context.name === undefined || context.name === '') return;
    const character = firstInvalidNameCharacter(context.name);
    if (character !== undefined) context.report({ path: [], messageId: 'invalid', data: { character }, location: null });
  },
});

export const stateMachineNameAlreadyExists = awsRule({
  code: 'STATE_MACHINE_NAME_ALREADY_EXISTS',
  description: 'A state machine with the given name already exists (checked against the names the caller supplies).',
  messages: { exists: "State machine with name '{name}' already exists" },
  check(context) {
    if (context.name !== undefined && context.existingNames?.includes(context.name)) {
      context.report({ path: [], messageId: 'exists', data: { name: context.name }, location: null });
    }
  },
});
