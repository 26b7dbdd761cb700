import type { JsonValue } from '@aslkit/core';
import type { Step } from '../engine/failure.js';
import type { RunContext } from '../engine/run-context.js';
import { evaluateJsonataField } from './jsonata-field.js';

/** JSONata Arguments: the effective input of a Task or Parallel (absent → the raw input). */
export async function applyArgumentsStage(run: RunContext): Promise<Step<JsonValue>> {
  const template = run.fields['Arguments'];
  if (template === undefined) return { ok: true, value: run.input };
  const result = await evaluateJsonataField(run, template, 'Arguments', run.states());
  if (result.ok) run.stage('afterArguments', result.value);
  return result;
}
