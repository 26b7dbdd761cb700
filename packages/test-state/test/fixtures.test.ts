import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isTestStateException, testState, type TestStateRequest } from '@aslkit/test-state';

const folder = fileURLToPath(new URL('../../../fixtures/test-state/', import.meta.url));
const files = readdirSync(folder).filter((name) => name.endsWith('.json'));

interface Fixture {
  description: string;
  request: TestStateRequest;
  expected: Record<string, unknown>;
}

function parsedResponse(response: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...response };
  if (typeof result['output'] === 'string') result['output'] = JSON.parse(result['output']) as unknown;
  const inspection = result['inspectionData'] as Record<string, unknown> | undefined;
  if (inspection) {
    const parsed: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(inspection)) parsed[key] = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
    result['inspectionData'] = parsed;
  }
  return result;
}

describe('fixtures/test-state', () => {
  it.each(files)('%s', async (file) => {
    const fixture = JSON.parse(readFileSync(folder + file, 'utf8')) as Fixture;
    const answer = await testState(fixture.request, { now: () => new Date('2024-01-01T00:00:00.000Z'), uuid: () => 'fixture' });
    if (isTestStateException(answer)) expect({ exception: answer }).toEqual(fixture.expected);
    else expect(parsedResponse(answer as unknown as Record<string, unknown>)).toEqual(fixture.expected);
  });
});
