import { loadDocument } from '@aslkit/core';
import { describe, expect, it } from 'vitest';
import {
  checkDefinition,
  checkDocument,
  firstJacksonError,
  formatCreateStateMachineError,
  getRule,
  ruleRegistry,
  validateStateMachineDefinition,
} from './index.js';

const warnings = JSON.stringify({
  StartAt: 'HelloWorld',
  States: {
    HelloWorld: { Type: 'Pass', Parameters: { a: '$.a' }, Result: { 'c.$': '$.c' }, Next: 'FailState' },
    FailState: { Type: 'Fail', Error: '$.error', Cause: '$.cause' },
  },
});

describe('validateStateMachineDefinition options', () => {
  it('returns only ERRORs by default and warnings with severity WARNING; OK despite warnings', () => {
    expect(validateStateMachineDefinition({ definition: warnings })).toEqual({ result: 'OK', diagnostics: [], truncated: false });
    const response = validateStateMachineDefinition({ definition: warnings, severity: 'WARNING' });
    expect(response.result).toBe('OK');
    expect(response.diagnostics.map((d) => d.code)).toEqual(['NO_DOLLAR', 'PASS_RESULT_IS_STATIC', 'NO_PATH', 'NO_PATH']);
    expect(response.diagnostics[0]?.range).toBeDefined();
  });

  it('applies maxResults and reports truncated', () => {
    const response = validateStateMachineDefinition({ definition: warnings, severity: 'WARNING', maxResults: 2 });
    expect(response.diagnostics).toHaveLength(2);
    expect(response.truncated).toBe(true);
  });

  it('substitutes ${Name} placeholders from a map, or tolerates them (also unquoted numbers)', () => {
    const text = '{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"${Fn}","TimeoutSeconds":${Timeout},"End":true}}}';
    expect(validateStateMachineDefinition({ definition: text }).diagnostics[0]?.code).toBe('INVALID_JSON_DESCRIPTION');
    expect(validateStateMachineDefinition({ definition: text, tolerateSubstitutions: true }).result).toBe('OK');
    const substituted = validateStateMachineDefinition({ definition: text, substitutions: { Fn: 'arn:aws:lambda:us-east-1:123456789012:function:f', Timeout: 30 } });
    expect(substituted.result).toBe('OK');
  });

  it('formats CreateStateMachine errors like AWS', () => {
    const response = validateStateMachineDefinition({ definition: '{"Comment": "x", "StartAt": "A"}' });
    expect(formatCreateStateMachineError(response.diagnostics)).toBe("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: These fields are required: [States] at /'");
  });

  it('MISSING_DESCRIPTION for an empty definition', () => {
    expect(validateStateMachineDefinition({ definition: '' }).diagnostics).toEqual([
      { severity: 'ERROR', code: 'MISSING_DESCRIPTION', message: 'Received a null or empty workflow input', ruleId: 'MISSING_DESCRIPTION' },
    ]);
  });
});

describe('checkDocument', () => {
  it('checks YAML with ranges on the source', () => {
    const document = loadDocument('StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: Missing\n', { fileName: 'm.asl.yaml' });
    const response = checkDocument(document);
    expect(response.result).toBe('FAIL');
    const diagnostic = response.diagnostics.find((d) => d.code === 'MISSING_TRANSITION_TARGET');
    expect(diagnostic?.location).toBe('/States/A/Next');
    expect(diagnostic?.range?.start.line).toBe(4);
  });

  it('runs lint rules with a preset and rule settings, never AWS-only by surprise', () => {
    const document = loadDocument(warnings, { fileName: 'm.asl.json' });
    const aws = checkDocument(document, { severity: 'WARNING' });
    expect(aws.diagnostics.every((d) => getRule(d.ruleId ?? '')?.aws === true)).toBe(true);
    const off = checkDocument(document, { severity: 'WARNING', rules: { NO_PATH: 'off' } });
    expect(off.diagnostics.some((d) => d.code === 'NO_PATH')).toBe(false);
    const recommended = checkDocument(document, { severity: 'WARNING', preset: 'recommended' });
    expect(recommended.diagnostics.length).toBeGreaterThanOrEqual(aws.diagnostics.length);
  });

  it('checkDefinition works on plain values without ranges', () => {
    const response = checkDefinition({ StartAt: 'A', States: { A: { Type: 'Succeed' } } });
    expect(response).toEqual({ result: 'OK', diagnostics: [], truncated: false });
  });

  it('registry lists AWS codes first, each documented', () => {
    expect(ruleRegistry[0]?.aws).toBe(true);
    for (const rule of ruleRegistry.filter((candidate) => candidate.aws)) expect(rule.docs.description.length).toBeGreaterThan(10);
  });
});

describe('firstJacksonError', () => {
  it('is undefined for well-formed JSON', () => {
    expect(firstJacksonError('{"a": [1, 2, {"b": null}]}')).toBeUndefined();
    expect(firstJacksonError('"text"')).toBeUndefined();
  });

  it("words the first syntax error as Jackson, with its source location", () => {
    const error = firstJacksonError('{"a": 1,}');
    expect(error).toEqual({
      message: `Unexpected character ('}' (code 125)): was expecting double-quote to start field name\n at [Source: (String)"{"a": 1,}"; line: 1, column: 10]`,
      location: '[Source: (String)"{"a": 1,}"; line: 1, column: 10]',
      offset: 8,
      length: 1,
    });
  });

  it('is the same text INVALID_JSON_DESCRIPTION reports', () => {
    const text = "{'StartAt': 'Done'}\n";
    const response = validateStateMachineDefinition({ definition: text });
    expect(response.diagnostics[0]?.message).toBe(firstJacksonError(text)?.message);
  });
});

describe('rule settings (rule sets are cached by preset and settings content)', () => {
  const definition = { StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Variable: '$.a', IsPresent: true, Next: 'D' }] }, D: { Type: 'Succeed' } } };
  const codes = (rules: Record<string, 'off' | 'warning' | 'error'>) =>
    checkDefinition(definition, { preset: 'recommended', severity: 'WARNING', rules }).diagnostics.map((d) => `${d.severity} ${d.code}`);

  it('answers each settings content, whether the object is new or the same one changed', () => {
    expect(codes({ 'choice-default-missing': 'error' })).toEqual(['ERROR choice-default-missing']);
    expect(codes({ 'choice-default-missing': 'off' })).toEqual([]);
    expect(codes({ 'choice-default-missing': 'error' })).toEqual(['ERROR choice-default-missing']);
    const settings: Record<string, 'off' | 'warning' | 'error'> = { 'choice-default-missing': 'warning' };
    expect(codes(settings)).toEqual(['WARNING choice-default-missing']);
    settings['choice-default-missing'] = 'off';
    expect(codes(settings)).toEqual([]);
  });
});
