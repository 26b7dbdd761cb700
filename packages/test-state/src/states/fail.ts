import type { JsonValue } from '@aslkit/core';
import { expr } from '../engine/expressions.js';
import type { RunContext } from '../engine/run-context.js';
import { evaluateJsonataField } from '../stages/jsonata-field.js';
import { applyInputPathStage } from '../stages/input-path.js';
import { failed, runtimeIsFatal, type StateResult } from './common.js';

function text(value: JsonValue | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Fail: the error and cause come from Error/Cause, ErrorPath/CausePath (JSONPath paths or intrinsic
 * functions over the input), or JSONata expressions. Missing ones stay absent.
 */
export async function runFail(run: RunContext): Promise<StateResult> {
  let error: string | undefined;
  let cause: string | undefined;
  if (run.language === 'JSONata') {
    for (const field of ['Error', 'Cause'] as const) {
      const value = run.fields[field];
      if (value === undefined) continue;
      const evaluated = await evaluateJsonataField(run, value, field, run.states(), { expect: 'string' });
      if (!evaluated.ok) return failed(evaluated.failure);
      if (field === 'Error') error = text(evaluated.value);
      else cause = text(evaluated.value);
    }
  } else {
    // AWS reports the input as it entered (Fail has no InputPath, but inspection shows afterInputPath).
    applyInputPathStage(run, run.input);
    error = text(run.fields['Error']);
    cause = text(run.fields['Cause']);
    for (const field of ['ErrorPath', 'CausePath'] as const) {
      const path = run.fields[field];
      if (typeof path !== 'string') continue;
      const evaluated = path.startsWith('States.')
        ? expr.template({ [`${field}.$`]: path }, run.input, run.evalEnv)
        : expr.path(path, run.input, run.evalEnv);
      if (!evaluated.ok) {
        const notFound = evaluated.failure.error === 'States.Runtime' && !path.startsWith('States.');
        const cause = notFound
          ? `The JSONPath '${path}' specified for the field '${field}' could not be found in the input '${JSON.stringify(run.input)}'`
          : evaluated.failure.cause;
        return failed(runtimeIsFatal({ error: 'States.Runtime', cause }));
      }
      let value: JsonValue = evaluated.value;
      if (path.startsWith('States.') && value !== null && typeof value === 'object' && !Array.isArray(value)) value = (value as Record<string, JsonValue>)[field] ?? null;
      if (field === 'ErrorPath') error = text(value);
      else cause = text(value);
    }
  }
  return failed({ error: error ?? '', cause: cause ?? '', uncatchable: true, ...(error === undefined ? { errorAbsent: true } : {}), ...(cause === undefined ? { causeAbsent: true } : {}) });
}
