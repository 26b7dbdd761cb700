import { describe, expect, it } from 'vitest';
import { expandResponses, parseMockConfig, parseRange, resolveTestCase } from './mock-config.js';

const config = {
  StateMachines: { Orders: { TestCases: { Happy: { Charge: 'Ok', Ship: 'Flaky' } } } },
  MockedResponses: {
    Ok: { '0': { Return: { ok: true } } },
    Flaky: { '0-1': { Throw: { Error: 'E', Cause: 'c' } }, '2': { Return: 1 } },
  },
};

describe('Step Functions Local mock config', () => {
  it('parses ranges', () => {
    expect(parseRange('0')).toEqual([0, 0]);
    expect(parseRange('1-3')).toEqual([1, 3]);
    expect(parseRange('3-1')).toBeUndefined();
    expect(parseRange('x')).toBeUndefined();
  });
  it('expands response tables in invocation order', () => {
    expect(expandResponses(config.MockedResponses.Flaky)).toEqual([{ Throw: { Error: 'E', Cause: 'c' } }, { Throw: { Error: 'E', Cause: 'c' } }, { Return: 1 }]);
  });
  it('accepts the file unchanged (text or object) and resolves a test case', () => {
    const parsed = parseMockConfig(JSON.stringify(config));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const tc = resolveTestCase(parsed.value, 'Orders', 'Happy');
    expect(tc.ok && tc.value.get('Ship')?.length).toBe(3);
    expect(resolveTestCase(parsed.value, 'Orders', 'Sad')).toMatchObject({ ok: false, error: { code: 'TestCaseDoesNotExist' } });
  });
  it('reports broken files as values with the path of the problem', () => {
    expect(parseMockConfig('{')).toMatchObject({ ok: false, error: { code: 'MockConfigInvalid' } });
    const dangling = parseMockConfig({ StateMachines: { M: { TestCases: { T: { S: 'Missing' } } } }, MockedResponses: {} });
    expect(dangling.ok || dangling.error.message).toContain('Missing');
    const both = parseMockConfig({ MockedResponses: { R: { '0': { Return: 1, Throw: { Error: 'E' } } as never } } });
    expect(both.ok || both.error.message).toContain('exactly one');
  });
});
