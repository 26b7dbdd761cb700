/**
 * State types and field names that are also names of Object.prototype members (`constructor`,
 * `toString`, `__proto__`) are plain unknown values: reported as AWS would, never an internal error
 * of a rule that looked them up in a table.
 */
import { describe, expect, it } from 'vitest';
import { validateStateMachineDefinition } from '../../index.js';

describe('AWS codes: names of Object.prototype members', () => {
  it('a Type named constructor or toString is an invalid Type, not a crash', () => {
    const definition = JSON.stringify({
      StartAt: 'A',
      States: { A: { Type: 'constructor', End: true }, B: { Type: 'toString', Error: '$.x', Next: 'hasOwnProperty' } },
    });
    const { diagnostics } = validateStateMachineDefinition({ definition, severity: 'WARNING' });
    expect(diagnostics.filter((diagnostic) => diagnostic.message.includes('internal error'))).toEqual([]);
    expect(diagnostics.map(({ code, location }) => `${code} ${location ?? ''}`)).toEqual([
      'SCHEMA_VALIDATION_FAILED /States/A/Type',
      'MISSING_TRANSITION_TARGET /States/B',
      'SCHEMA_VALIDATION_FAILED /States/B/Type',
      'MISSING_TRANSITION_TARGET /States/B/Next',
    ]);
  });

  it('Choice operators and state names from Object.prototype are unknown fields and missing targets', () => {
    const definition = JSON.stringify({
      StartAt: 'C',
      States: { C: { Type: 'Choice', Choices: [{ Variable: '$.a', toString: 'x', Next: 'constructor' }], Default: '__proto__' } },
    });
    const { diagnostics } = validateStateMachineDefinition({ definition, severity: 'WARNING' });
    expect(diagnostics.filter((diagnostic) => diagnostic.message.includes('internal error'))).toEqual([]);
    expect(diagnostics.map(({ code, message }) => `${code}: ${message}`)).toEqual(
      expect.arrayContaining(["SCHEMA_VALIDATION_FAILED: Field 'toString' is not supported", "MISSING_TRANSITION_TARGET: Missing 'Next' target: constructor"]),
    );
  });
});
