/**
 * Property tests (fast-check): whatever text or value comes in, the checker never throws and
 * always answers in AWS's shape, with `result` FAIL exactly when an ERROR is present.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDefinition, validateStateMachineDefinition, type ValidationResult } from '../src/index.js';
import { hasShared, sharedRoot } from './shared.js';

function expectAwsShape(response: ValidationResult, maxResults = 100): void {
  expect(Object.keys(response).sort()).toEqual(['diagnostics', 'result', 'truncated']);
  expect(['OK', 'FAIL']).toContain(response.result);
  expect(typeof response.truncated).toBe('boolean');
  expect(response.diagnostics.length).toBeLessThanOrEqual(maxResults);
  for (const diagnostic of response.diagnostics) {
    expect(['ERROR', 'WARNING']).toContain(diagnostic.severity);
    expect(diagnostic.code).toMatch(/^[A-Z_]+$/);
    expect(typeof diagnostic.message).toBe('string');
    // The engine turns a rule that throws into a diagnostic; none may appear.
    expect(diagnostic.message).not.toContain('aslkit internal error');
    if (diagnostic.location !== undefined) expect(typeof diagnostic.location).toBe('string');
  }
  if (response.diagnostics.some((diagnostic) => diagnostic.severity === 'ERROR')) expect(response.result).toBe('FAIL');
}

const STATE_TYPES = ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map', 'Other'];
const FIELDS = [
  'Next', 'End', 'Resource', 'Parameters', 'Arguments', 'Output', 'Assign', 'InputPath', 'OutputPath', 'ResultPath', 'ResultSelector',
  'Retry', 'Catch', 'Choices', 'Default', 'Seconds', 'Timestamp', 'Branches', 'ItemProcessor', 'ItemReader', 'Label', 'Credentials',
  'QueryLanguage', 'Error', 'Cause', 'TimeoutSeconds', 'HeartbeatSeconds', 'Result', 'ItemSelector', 'MaxConcurrency',
];

const fieldValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('$.a', '{% $x %}', 'B', true, 'arn:aws:states:::lambda:invoke', '$$.Task.Token'));

function stateOf(nested: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc
      .tuple(fc.constantFrom(...STATE_TYPES), fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(fieldValue, nested), { maxKeys: 8 }))
      .map(([Type, fields]) => ({ ...fields, Type })),
    fc.jsonValue({ maxDepth: 1 }),
  );
}

function machineOf(state: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.record(
    {
      StartAt: fc.oneof(fc.constantFrom('A', 'B', 'C'), fc.jsonValue({ maxDepth: 1 })),
      States: fc.dictionary(fc.constantFrom('A', 'B', 'C', 'D'), state, { maxKeys: 4 }),
      QueryLanguage: fc.constantFrom('JSONPath', 'JSONata', 'x'),
    },
    { requiredKeys: [] },
  );
}

/** ASL-shaped values: states with real field names and arbitrary values, with one level of nested scopes. */
const leafMachine = machineOf(stateOf(fc.constant(null)));
const aslLike = machineOf(stateOf(fc.oneof(leafMachine, fc.array(leafMachine, { maxLength: 2 }))));

describe('properties', () => {
  it('random JSON values never throw and answer in AWS shape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom<'STANDARD' | 'EXPRESS'>('STANDARD', 'EXPRESS'), (value, type) => {
        expectAwsShape(validateStateMachineDefinition({ definition: JSON.stringify(value) ?? 'null', type, severity: 'WARNING' }));
        expectAwsShape(checkDefinition(value as never, { type }));
      }),
      { numRuns: 300 },
    );
  });

  it('ASL-shaped random definitions never throw', () => {
    fc.assert(
      fc.property(aslLike, fc.integer({ min: 1, max: 5 }), (machine, maxResults) => {
        const response = validateStateMachineDefinition({ definition: JSON.stringify(machine), severity: 'WARNING', maxResults });
        expectAwsShape(response, maxResults);
      }),
      { numRuns: 300 },
    );
  });

  it('random text and bytes never throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.uint8Array({ maxLength: 200 }).map((bytes) => new TextDecoder().decode(bytes))), (text) => {
        expectAwsShape(validateStateMachineDefinition({ definition: text }));
        expectAwsShape(validateStateMachineDefinition({ definition: text, fileName: 'x.yaml', tolerateSubstitutions: true }));
      }),
      { numRuns: 300 },
    );
  });

  it.skipIf(!hasShared)('mutations of corpus files never throw', () => {
    const folder = join(sharedRoot, 'corpus', 'real-world', 'sfn-workflows-collection');
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (entry.name.endsWith('.json') && files.length < 40) files.push(join(dir, entry.name));
      }
    };
    walk(folder);
    const texts = files.map((file) => readFileSync(file, 'utf8'));
    const mutation = fc.record({
      index: fc.nat(),
      at: fc.nat(),
      length: fc.integer({ min: 0, max: 20 }),
      insert: fc.oneof(fc.string({ maxLength: 5 }), fc.constantFrom('{', '}', '[', ']', ',', '"', ':', '${X}', '\\', 'null', '// c', '.$')),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let text = texts[(mutations[0]?.index ?? 0) % texts.length] as string;
        for (const { at, length, insert } of mutations) {
          const position = at % (text.length + 1);
          text = text.slice(0, position) + insert + text.slice(position + length);
        }
        expectAwsShape(validateStateMachineDefinition({ definition: text, severity: 'WARNING' }));
        expectAwsShape(validateStateMachineDefinition({ definition: text, tolerateSubstitutions: true, type: 'EXPRESS' }));
      }),
      { numRuns: 300 },
    );
  });
});
