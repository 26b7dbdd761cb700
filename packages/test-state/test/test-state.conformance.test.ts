import { describe, expect, it } from 'vitest';
import { isTestStateException, testState, type TestStateRequest, type TestStateResponse } from '@aslkit/test-state';
import { concretise, jsonMatches, readJsonl, sharedAvailable, stringMatches } from './conformance-data.js';

interface Case {
  id: string;
  request: TestStateRequest & { roleArn?: string };
  expected?: {
    status: string;
    output?: unknown;
    error?: string;
    cause?: string;
    nextState?: string;
    inspectionData?: Record<string, unknown>;
  };
  expectedException?: { code: string; message: string };
  placeholders?: string[];
  tags: string[];
}

const FIELDS = ['status', 'output', 'error', 'cause', 'nextState', 'inspectionData', 'exception'] as const;
type Field = (typeof FIELDS)[number];

/** Cases aslkit answers differently from AWS, each with its reason (docs/conformance/test-state.md). */
export const KNOWN_DISAGREEMENTS: Record<string, string> = {};

function prepare(request: Case['request']): TestStateRequest {
  const prepared: TestStateRequest = { ...request, definition: concretise(request.definition) };
  if (request.input !== undefined) prepared.input = concretise(request.input);
  if (request.roleArn !== undefined) prepared.roleArn = 'arn:aws:iam::111111111111:role/snf_role_arn';
  if (request.context !== undefined) prepared.context = request.context;
  return prepared;
}

function parseDocuments(inspection: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!inspection) return undefined;
  const parsed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(inspection)) {
    if (typeof value === 'string' && !['request', 'response'].includes(key)) {
      try {
        parsed[key] = JSON.parse(value);
      } catch {
        parsed[key] = value;
      }
    } else parsed[key] = value;
  }
  return parsed;
}

function compare(testCase: Case, actual: Awaited<ReturnType<typeof testState>>): Field[] {
  const wrong: Field[] = [];
  const placeholders = testCase.placeholders ?? [];
  if (testCase.expectedException) {
    if (!isTestStateException(actual) || actual.code !== testCase.expectedException.code || actual.message !== testCase.expectedException.message) wrong.push('exception');
    return wrong;
  }
  if (isTestStateException(actual)) return ['exception'];
  const expected = testCase.expected!;
  const response = actual as TestStateResponse;
  if (response.status !== expected.status) wrong.push('status');
  const output = response.output === undefined ? undefined : (JSON.parse(response.output) as unknown);
  if ((expected.output === undefined) !== (output === undefined) || (expected.output !== undefined && !jsonMatches(expected.output, output, placeholders))) wrong.push('output');
  if (response.error !== expected.error) wrong.push('error');
  if ((expected.cause === undefined) !== (response.cause === undefined) || (expected.cause !== undefined && !stringMatches(expected.cause, response.cause ?? ''))) wrong.push('cause');
  if (response.nextState !== expected.nextState) wrong.push('nextState');
  const inspection = parseDocuments(response.inspectionData as Record<string, unknown> | undefined);
  if ((expected.inspectionData === undefined) !== (inspection === undefined) || (expected.inspectionData !== undefined && !jsonMatches(expected.inspectionData, inspection, placeholders))) {
    wrong.push('inspectionData');
  }
  return wrong;
}

const available = sharedAvailable('test-state.jsonl');
if (!available) console.warn('[test-state conformance] ../shared/conformance/test-state.jsonl not found: skipping the AWS conformance suite.');

describe.skipIf(!available)('TestState conformance (../shared/conformance/test-state.jsonl)', () => {
  const cases = available ? readJsonl<Case>('test-state.jsonl') : [];

  it('answers like AWS on every recorded case (or the disagreement is documented)', async () => {
    const agreement = Object.fromEntries(FIELDS.map((field) => [field, { agree: 0, total: 0 }])) as Record<Field, { agree: number; total: number }>;
    const failures: string[] = [];
    let agreeingCases = 0;
    for (const testCase of cases) {
      const handlers: NonNullable<Parameters<typeof testState>[1]>['handlers'] = {};
      if (testCase.tags.includes('live-integration') && testCase.expected) {
        const stand = testCase.expected.inspectionData?.['result'] ?? testCase.expected.output ?? null;
        const resource = (JSON.parse(concretise(testCase.request.definition)) as { Resource?: string; States?: Record<string, { Resource?: string }> }).Resource;
        if (resource) handlers[resource] = async () => ({ ok: true, result: stand as never });
      }
      const actual = await testState(prepare(testCase.request), { handlers, random: () => 0.5 });
      const wrong = compare(testCase, actual);
      const fields: Field[] = testCase.expectedException ? ['exception'] : ['status', 'output', 'error', 'cause', 'nextState', 'inspectionData'];
      for (const field of fields) {
        agreement[field].total++;
        if (!wrong.includes(field)) agreement[field].agree++;
      }
      if (wrong.length === 0) agreeingCases++;
      else if (!(testCase.id in KNOWN_DISAGREEMENTS)) {
        failures.push(`${testCase.id}: ${wrong.join(', ')}\n    got: ${JSON.stringify(actual).slice(0, 1200)}\n    expected: ${JSON.stringify(testCase.expected ?? testCase.expectedException).slice(0, 1200)}`);
      }
    }
    const summary = FIELDS.map((field) => `${field} ${agreement[field].agree}/${agreement[field].total}`).join(', ');
    console.log(`[test-state conformance] ${agreeingCases}/${cases.length} cases agree fully; per field: ${summary}`);
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
