import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../../check-document.js';

const fixesOf = (definition: object, code: string) =>
  checkDefinition(definition as never, { severity: 'WARNING' }).diagnostics.filter((diagnostic) => diagnostic.code === code).map((diagnostic) => diagnostic.fix);

const pass = (state: object) => ({ StartAt: 'A', States: { A: { Type: 'Pass', End: true, ...state } } });

describe('fixes carried by AWS codes (editors offer them as quick fixes)', () => {
  it('NO_DOLLAR renames the key to its .$ form, unless that key exists', () => {
    expect(fixesOf(pass({ Parameters: { nested: { id: '$.id' } } }), 'NO_DOLLAR')).toEqual([
      { title: "Rename 'id' to 'id.$'", path: ['States', 'A', 'Parameters', 'nested', 'id'], value: '$.id', renameKey: 'id.$' },
    ]);
    expect(fixesOf(pass({ Parameters: { id: '$.id', 'id.$': '$.other' } }), 'NO_DOLLAR')).toEqual([undefined]);
  });

  it('NO_PATH renames Error/Cause/Timestamp to their …Path twin, unless the twin is set', () => {
    const fail = (state: object) => ({ StartAt: 'F', States: { F: { Type: 'Fail', ...state } } });
    expect(fixesOf(fail({ Error: '$.error' }), 'NO_PATH')).toEqual([{ title: "Use 'ErrorPath'", path: ['States', 'F', 'Error'], value: '$.error', renameKey: 'ErrorPath' }]);
    expect(fixesOf(fail({ Cause: '$.cause', CausePath: '$.c' }), 'NO_PATH')).toEqual([undefined]);
  });

  it('PASS_RESULT_IS_STATIC turns Result into Parameters, unless Parameters exists', () => {
    expect(fixesOf(pass({ Result: { 'a.$': '$.a' } }), 'PASS_RESULT_IS_STATIC')).toEqual([
      { title: "Use 'Parameters' (Result is not evaluated)", path: ['States', 'A', 'Result'], value: { 'a.$': '$.a' }, renameKey: 'Parameters' },
    ]);
    expect(fixesOf(pass({ Result: { 'a.$': '$.a' }, Parameters: {} }), 'PASS_RESULT_IS_STATIC')).toEqual([undefined]);
  });

  it('SCHEMA_VALIDATION_FAILED removes an unsupported field and ends a state without a transition', () => {
    expect(fixesOf(pass({ Bogus: 1 }), 'SCHEMA_VALIDATION_FAILED')).toEqual([{ title: "Remove the unsupported field 'Bogus'", path: ['States', 'A', 'Bogus'], value: undefined }]);
    expect(fixesOf({ StartAt: 'A', States: { A: { Type: 'Pass' } } }, 'SCHEMA_VALIDATION_FAILED')).toContainEqual({ title: "Add 'End': true", path: ['States', 'A', 'End'], value: true });
    // Other schema findings carry no fix.
    expect(fixesOf(pass({ Comment: 5 }), 'SCHEMA_VALIDATION_FAILED')).toEqual([undefined]);
  });
});

describe('NO_PATH reads the Type only when it is a string', () => {
  it('a Type of ["Fail"] is not a Fail state', () => {
    const definition = { StartAt: 'F', States: { F: { Type: ['Fail'], Error: '$.error' } } };
    expect(fixesOf(definition, 'NO_PATH')).toEqual([]);
  });
});
