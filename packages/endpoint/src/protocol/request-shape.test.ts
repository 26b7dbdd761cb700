import { describe, expect, it } from 'vitest';
import { isApiError } from './api-error.js';
import { checkRequest, Members } from './request-shape.js';

const shape = { name: Members.name(), type: Members.oneOf(['STANDARD', 'EXPRESS']), maxResults: Members.maxResults(), publish: Members.boolean() } as const;

describe('checkRequest', () => {
  it('passes a valid request through', () => {
    expect(checkRequest(shape, { name: 'M', type: 'EXPRESS', maxResults: 5, extra: 1 })).toEqual({ name: 'M', type: 'EXPRESS', maxResults: 5 });
  });

  it('reports a missing required member like AWS', () => {
    const result = checkRequest(shape, {});
    expect(result).toMatchObject({ type: 'ValidationException', status: 400, message: "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null" });
  });

  it('lists every violation', () => {
    const result = checkRequest(shape, { name: 'x'.repeat(81), type: 'OTHER', maxResults: 1001 });
    expect(isApiError(result) && result.message).toMatch(/^3 validation errors detected: .*length less than or equal to 80.*enum value set: \[STANDARD, EXPRESS\].*less than or equal to 1000/);
  });

  it('answers a type mismatch with SerializationException', () => {
    expect(checkRequest(shape, { name: 5 })).toMatchObject({ type: 'SerializationException' });
    expect(checkRequest(shape, [])).toMatchObject({ type: 'SerializationException' });
    expect(checkRequest(shape, { name: 'n', publish: 'yes' })).toMatchObject({ type: 'SerializationException' });
  });
});
