import type { JsonValue } from '@aslkit/core';
import type { StateFailure } from './failure.js';
import type { ParsedResource } from './resource.js';

function isObject(value: unknown): value is Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Field problems AWS reports before it starts an optimised integration, by `service:action`. */
const CHECKS: Record<string, (parameters: Record<string, JsonValue>) => string | undefined> = {
  'apigateway:invoke': (parameters) => {
    const headers = parameters['Headers'];
    if (headers === undefined) return undefined;
    const valid = isObject(headers) && Object.values(headers).every((value) => Array.isArray(value) && value.every((item) => typeof item === 'string'));
    return valid ? undefined : "The value of the field 'Headers' has an invalid format";
  },
};

/**
 * Check the effective parameters of an optimised integration the way AWS does before the task starts:
 * a problem is a States.Runtime failure "The Parameters '<json>' could not be used to start the Task:
 * [<problem>]" (the execution fails; no catcher applies).
 */
export function checkIntegrationParameters(resource: ParsedResource, parameters: JsonValue): StateFailure | undefined {
  if (resource.kind !== 'optimised') return undefined;
  const check = CHECKS[`${resource.service}:${resource.action}`];
  if (!check || !isObject(parameters)) return undefined;
  const problem = check(parameters);
  if (problem === undefined) return undefined;
  return { error: 'States.Runtime', cause: `The Parameters '${JSON.stringify(parameters)}' could not be used to start the Task: [${problem}]`, uncatchable: true };
}
