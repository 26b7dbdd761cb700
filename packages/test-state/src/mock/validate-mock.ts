import type { JsonValue } from '@aslkit/core';
import type { MockResponseValidationMode } from '../api-types.js';
import type { TaskInvocation } from '../engine/types.js';
import { RESPONSE_SHAPES, type Shape } from './shapes.js';

/** The shape a Task's mocked result is checked against, when aslkit knows the integration. */
export function responseShapeFor(invocation: Pick<TaskInvocation, 'kind' | 'service' | 'action' | 'pattern'>): Shape | undefined {
  if (invocation.kind === 'optimised') {
    const base = `${invocation.service}:${invocation.action}`;
    if (invocation.pattern === 'sync' || invocation.pattern === 'sync:2') return RESPONSE_SHAPES[`${base}.sync`];
    if (invocation.pattern === 'waitForTaskToken') return undefined;
    return RESPONSE_SHAPES[base];
  }
  if (invocation.kind === 'aws-sdk' && invocation.pattern === 'request-response') return RESPONSE_SHAPES[`aws-sdk:${invocation.service}:${invocation.action}`];
  return undefined;
}

function typeError(name: string, shape: Shape): string {
  switch (shape.type) {
    case 'string':
    case 'blob':
    case 'timestamp':
      return `Field '${name}' must be a string`;
    case 'integer':
    case 'float':
      return `Field '${name}' must be a number`;
    case 'boolean':
      return `Field '${name}' must be a boolean`;
    case 'list':
      return `Field '${name}' must be an array`;
    default:
      return `Field '${name}' must be an object`;
  }
}

function isObject(value: unknown): value is Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function check(value: JsonValue, shape: Shape, name: string, strict: boolean): string | undefined {
  switch (shape.type) {
    case 'any':
      return undefined;
    case 'string':
    case 'blob':
      if (typeof value !== 'string') return typeError(name, shape);
      if (shape.min !== undefined && value.length < shape.min) return `Field '${name}' is smaller than the minimum length`;
      if (shape.max !== undefined && value.length > shape.max) return `Field '${name}' is larger than the maximum length`;
      if (shape.type === 'string' && shape.enum && !shape.enum.includes(value)) return `Field '${name}' is not an expected value`;
      return undefined;
    case 'timestamp':
      return typeof value === 'string' ? undefined : typeError(name, shape);
    case 'integer':
    case 'float':
      if (typeof value !== 'number') return typeError(name, shape);
      if (shape.type === 'integer' && shape.min !== undefined && value < shape.min) return `Field '${name}' is less than the minimum value`;
      if (shape.type === 'integer' && shape.max !== undefined && value > shape.max) return `Field '${name}' exceeds the maximum value`;
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : typeError(name, shape);
    case 'list':
      if (!Array.isArray(value)) return typeError(name, shape);
      for (const item of value) {
        const problem = check(item, shape.member, name, strict);
        if (problem) return problem;
      }
      return undefined;
    case 'map':
      if (!isObject(value)) return typeError(name, shape);
      for (const key of Object.keys(value)) {
        const problem = check(value[key] as JsonValue, shape.value, key, strict);
        if (problem) return problem;
      }
      return undefined;
    case 'structure':
      if (!isObject(value)) return typeError(name, shape);
      if (strict) {
        for (const required of shape.required ?? []) {
          if (!Object.prototype.hasOwnProperty.call(value, required)) return `Required field '${required}' is missing`;
        }
      }
      for (const key of Object.keys(shape.members)) {
        if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
        const problem = check(value[key] as JsonValue, shape.members[key] as Shape, key, strict);
        if (problem) return problem;
      }
      return undefined;
  }
}

/**
 * Check a mocked result against the integration's response shape. STRICT: types, ranges and required
 * members; PRESENT: only the members present; NONE: nothing. Returns AWS's message, or undefined.
 */
export function validateMockedResult(result: JsonValue, shape: Shape | undefined, mode: MockResponseValidationMode = 'STRICT'): string | undefined {
  if (mode === 'NONE' || shape === undefined) return undefined;
  const problem = check(result, shape, 'result', mode === 'STRICT');
  return problem === undefined ? undefined : `Mock result schema validation error: ${problem}`;
}
