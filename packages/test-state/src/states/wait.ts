import type { JsonValue } from '@aslkit/core';
import { expr } from '../engine/expressions.js';
import type { RunContext } from '../engine/run-context.js';
import { parseTimestamp } from '../engine/timestamp.js';
import { applyInputPathStage } from '../stages/input-path.js';
import { evaluateJsonataField } from '../stages/jsonata-field.js';
import { applyOutputPathStage } from '../stages/output-path.js';
import { evaluateAssignStage } from '../stages/assign.js';
import { failed, finishJsonata, runtimeIsFatal, type StateResult } from './common.js';

function shown(value: JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function runtime(run: RunContext, cause: string): StateResult {
  return failed(runtimeIsFatal(run.evaluationFailure({ error: 'States.Runtime', cause })));
}

function queryError(run: RunContext, cause: string, location: string): StateResult {
  return failed(run.evaluationFailure({ error: 'States.QueryEvaluationError', cause }, location));
}

/**
 * Wait: no real waiting. Returns how long (`seconds`) or until when (`until`, ISO 8601) the caller
 * should wait; the output is the input (after InputPath/OutputPath, or JSONata Output).
 */
export async function runWait(run: RunContext): Promise<StateResult> {
  const fields = run.fields;
  if (run.language === 'JSONata') {
    let seconds: number | undefined;
    let until: string | undefined;
    if (fields['Seconds'] !== undefined) {
      const value = await evaluateJsonataField(run, fields['Seconds'], 'Seconds', run.states());
      if (!value.ok) return failed(value.failure);
      if (typeof value.value !== 'number' || !Number.isInteger(value.value) || value.value < 0) {
        return queryError(run, `The Seconds field must be a non-negative integer, but was: ${shown(value.value)}`, 'Seconds');
      }
      seconds = value.value;
    } else if (fields['Timestamp'] !== undefined) {
      const value = await evaluateJsonataField(run, fields['Timestamp'], 'Timestamp', run.states());
      if (!value.ok) return failed(value.failure);
      if (typeof value.value !== 'string' || parseTimestamp(value.value) === undefined) {
        return queryError(run, `The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${shown(value.value)}`, 'Timestamp');
      }
      until = value.value;
    }
    const finished = await finishJsonata(run, undefined);
    if (!finished.ok) return failed(finished.failure);
    return { kind: 'wait', ...finished.value, ...(seconds === undefined ? {} : { seconds }), ...(until === undefined ? {} : { until }) };
  }

  const effective = applyInputPathStage(run, run.input);
  if (!effective.ok) return failed(runtimeIsFatal(effective.failure));
  let seconds: number | undefined;
  let until: string | undefined;
  if (typeof fields['Seconds'] === 'number') seconds = fields['Seconds'];
  else if (typeof fields['Timestamp'] === 'string') until = fields['Timestamp'];
  else if (typeof fields['SecondsPath'] === 'string') {
    const path = fields['SecondsPath'];
    const value = expr.path(path, effective.value, run.evalEnv);
    if (!value.ok) return runtime(run, `The SecondsPath parameter does not reference an input value: ${path}`);
    if (typeof value.value !== 'number' || !Number.isInteger(value.value)) {
      return runtime(run, `The SecondsPath parameter cannot be parsed as a long value: ${path} == ${shown(value.value)}`);
    }
    if (value.value < 0) return runtime(run, `The SecondsPath parameter references a negative value: ${path} == ${value.value}`);
    seconds = value.value;
  } else if (typeof fields['TimestampPath'] === 'string') {
    const path = fields['TimestampPath'];
    const value = expr.path(path, effective.value, run.evalEnv);
    if (!value.ok) return runtime(run, `The TimestampPath parameter does not reference an input value: ${path}`);
    if (typeof value.value !== 'string' || parseTimestamp(value.value) === undefined) {
      return runtime(run, `The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: ${path} == ${shown(value.value)}`);
    }
    until = value.value;
  }
  const assigned = await evaluateAssignStage(run, fields['Assign'], effective.value, run.states());
  if (!assigned.ok) return failed(runtimeIsFatal(assigned.failure));
  const output = applyOutputPathStage(run, effective.value);
  if (!output.ok) return failed(runtimeIsFatal(output.failure));
  return { kind: 'wait', output: output.value, assigned: assigned.value, ...(seconds === undefined ? {} : { seconds }), ...(until === undefined ? {} : { until }) };
}
