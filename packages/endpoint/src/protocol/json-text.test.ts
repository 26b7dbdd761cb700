import { describe, expect, it } from 'vitest';
import { jsonTextProblem } from './json-text.js';

describe('jsonTextProblem', () => {
  it('accepts one JSON value', () => {
    expect(jsonTextProblem('{"a": [1, 2.5, null]}')).toBeUndefined();
    expect(jsonTextProblem('"text"')).toBeUndefined();
  });

  it("words a syntax error as AWS's Jackson parser does", () => {
    const problem = jsonTextProblem('{oops');
    expect(problem).toMatch(/^Unexpected character \('o' \(code 111\)\): was expecting double-quote to start field name/);
    expect(problem).toContain('[Source: (String)"{oops"; line: 1, column: 3]');
  });

  it('still refuses text after the first value, which the simulator could not read', () => {
    expect(jsonTextProblem('{} {}')).toBeDefined();
  });
});
