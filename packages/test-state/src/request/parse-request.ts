import { firstJacksonError } from '@aslkit/checker';
import { collectStates, firstTooDeepOpening, type JsonObject, type JsonValue, type QueryLanguage, type StateDefinition } from '@aslkit/core';
import type { TestStateException, TestStateRequest } from '../api-types.js';

/** The request after its JSON texts were parsed and the state to test was found. */
export interface ParsedRequest {
  /** Name of the state under test ("StateName" when the definition is a single state, as AWS names it). */
  stateName: string;
  state: StateDefinition;
  /** The definition as a state machine (single states are wrapped) for validation. */
  machine: JsonObject;
  /** True when `definition` was a whole machine. */
  wholeMachine: boolean;
  queryLanguage: QueryLanguage;
  input: JsonValue;
  variables: Record<string, JsonValue>;
  /** The `context` override, when given. */
  context?: JsonValue;
}

export const SINGLE_STATE_NAME = 'StateName';

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): { ok: true; value: JsonValue } | { ok: false; message: string } {
  // Deeper than AWS's parser (Jackson) goes: its message, and no recursive walk of such a value later.
  if (firstTooDeepOpening(text) >= 0) return { ok: false, message: firstJacksonError(text)?.message ?? 'Document nesting depth exceeds the maximum allowed' };
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch (thrown) {
    return { ok: false, message: thrown instanceof Error ? thrown.message : 'invalid JSON' };
  }
}

export function invalidDefinition(detail: string): TestStateException {
  return { code: 'InvalidDefinition', message: `Invalid State Machine Definition: '${detail}'` };
}

/** Names a single state refers to (Next, Default, Choices[].Next, Catch[].Next). */
function referencedStates(state: JsonObject): string[] {
  const names: string[] = [];
  const add = (value: unknown): void => {
    if (typeof value === 'string') names.push(value);
  };
  add(state['Next']);
  add(state['Default']);
  for (const list of [state['Choices'], state['Catch']]) {
    if (Array.isArray(list)) for (const item of list) if (isObject(item)) add(item['Next']);
  }
  return names;
}

/** Wrap a single state as a machine; the states it points to become Succeed stand-ins. */
export function wrapSingleState(state: JsonObject): JsonObject {
  const states: JsonObject = { [SINGLE_STATE_NAME]: state };
  for (const name of referencedStates(state)) {
    if (name !== SINGLE_STATE_NAME && !(name in states)) states[name] = { Type: 'Succeed' };
  }
  const machine: JsonObject = { StartAt: SINGLE_STATE_NAME, States: states };
  return machine;
}

/** Parse the definition, pick the state, parse input/variables/context. */
export function parseRequest(request: TestStateRequest): ParsedRequest | TestStateException {
  if (typeof request.definition !== 'string') return { code: 'ValidationException', message: "1 validation error detected: Value null at 'definition' failed to satisfy constraint: Member must not be null" };
  const definition = parseJson(request.definition);
  if (!definition.ok) return invalidDefinition(`INVALID_JSON_DESCRIPTION: ${definition.message}`);
  if (!isObject(definition.value)) return invalidDefinition('SCHEMA_VALIDATION_FAILED: The definition must be a JSON object at /');
  const root = definition.value;

  let stateName: string;
  let state: JsonValue | undefined;
  let machine: JsonObject;
  let wholeMachine = false;
  let queryLanguage: QueryLanguage = 'JSONPath';
  if (request.stateName !== undefined || isObject(root['States'])) {
    wholeMachine = true;
    machine = root;
    if (!isObject(root['States'])) return invalidDefinition('SCHEMA_VALIDATION_FAILED: These fields are required: [States] at /');
    stateName = request.stateName ?? (typeof root['StartAt'] === 'string' ? root['StartAt'] : '');
    // The state may sit at any depth (inside a Parallel branch or a Map processor).
    const found = collectStates(root).find((ref) => ref.name === stateName);
    if (!found) {
      return { code: 'ValidationException', message: `State '${stateName}' does not exist in the state machine definition.` };
    }
    state = found.state;
    queryLanguage = found.scope.queryLanguage;
  } else {
    stateName = SINGLE_STATE_NAME;
    state = root;
    machine = wrapSingleState(root);
  }

  let input: JsonValue = {};
  if (request.input !== undefined) {
    const parsed = parseJson(request.input);
    if (!parsed.ok) return { code: 'InvalidExecutionInput', message: `Invalid State Machine Execution Input: '${parsed.message}'` };
    input = parsed.value;
  }
  let variables: Record<string, JsonValue> = {};
  if (request.variables !== undefined) {
    const parsed = parseJson(request.variables);
    if (!parsed.ok || !isObject(parsed.value)) return { code: 'ValidationException', message: 'Variables must be a valid JSON object.' };
    variables = parsed.value;
  }
  let context: JsonValue | undefined;
  if (request.context !== undefined) {
    const parsed = parseJson(request.context);
    if (!parsed.ok || !isObject(parsed.value)) return { code: 'ValidationException', message: 'Context must be a valid JSON object.' };
    context = parsed.value;
  }
  return {
    stateName,
    state: state as unknown as StateDefinition,
    machine,
    wholeMachine,
    queryLanguage,
    input,
    variables,
    ...(context === undefined ? {} : { context }),
  };
}
