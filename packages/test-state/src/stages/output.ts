import type { JsonValue } from '@aslkit/core';
import type { JsonataStates } from '@aslkit/expressions';
import type { Step } from '../engine/failure.js';
import type { RunContext } from '../engine/run-context.js';
import { evaluateJsonataField } from './jsonata-field.js';

/**
 * JSONata Output: evaluated with the pre-state variables; absent → the result when there is one,
 * else the raw input.
 */
export async function applyOutputStage(run: RunContext, states: JsonataStates, template: JsonValue | undefined, fallback: JsonValue): Promise<Step<JsonValue>> {
  if (template === undefined) return { ok: true, value: fallback };
  return evaluateJsonataField(run, template, 'Output', states);
}
