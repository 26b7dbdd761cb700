/**
 * ValidateStateMachineDefinition and TestState answer byte for byte what the checker and test-state
 * library calls answer. Requests come from ../shared/conformance when it is present, plus a few inline.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TestStateCommand, ValidateStateMachineDefinitionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEndpoint, startTestServer, type TestServer } from './harness.js';

const loaded = await loadEndpoint();
const suite = loaded.reason ? describe.skip : describe;
if (loaded.reason) console.warn(`endpoint tools tests skipped: ${loaded.reason}`);

const conformanceDir = fileURLToPath(new URL('../../../../../shared/conformance/', import.meta.url));
const hasShared = existsSync(conformanceDir);
if (!hasShared) console.warn(`../shared/conformance is absent (${conformanceDir}): only the inline round trips run`);

function readCases(file: string, limit: number): Array<Record<string, unknown>> {
  if (!hasShared) return [];
  return readFileSync(`${conformanceDir}${file}`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .slice(0, limit);
}

async function call(url: string, action: string, body: unknown): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'x-amz-target': `AWSStepFunctions.${action}`, 'content-type': 'application/x-amz-json-1.0' }, body: JSON.stringify(body) });
  return { status: response.status, text: await response.text() };
}

const INLINE_DEFINITIONS = [
  '{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}',
  '{"StartAt":"Missing","States":{"P":{"Type":"Pass","End":true}}}',
  '{"StartAt":"P","States":{"P":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken","End":true}}}',
  'not json',
];

suite('ValidateStateMachineDefinition and TestState round trips', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(loaded.module as NonNullable<typeof loaded.module>);
  });
  afterAll(async () => t?.close());

  it('ValidateStateMachineDefinition answers what validateStateMachineDefinition returns', async () => {
    const { validateStateMachineDefinition } = await import('@aslkit/checker');
    const requests: Array<{ definition: string; type?: 'STANDARD' | 'EXPRESS' }> = [
      ...INLINE_DEFINITIONS.map((definition) => ({ definition })),
      { definition: INLINE_DEFINITIONS[2] ?? '', type: 'EXPRESS' },
      ...readCases('validation.jsonl', 50).map((c) => ({ definition: String(c['definition']), type: c['type'] as 'STANDARD' | 'EXPRESS' })),
    ];
    for (const request of requests) {
      const library = await validateStateMachineDefinition(request);
      const wire = await call(t.server.url, 'ValidateStateMachineDefinition', request);
      const expected = {
        result: library.result,
        diagnostics: library.diagnostics.map((d) => (d.location === undefined ? { severity: d.severity, code: d.code, message: d.message } : { severity: d.severity, code: d.code, message: d.message, location: d.location })),
        truncated: library.truncated,
      };
      expect(wire.status, request.definition).toBe(200);
      expect(wire.text, request.definition).toBe(JSON.stringify(expected));
    }
    // And through the SDK.
    const viaSdk = await t.sfn.send(new ValidateStateMachineDefinitionCommand({ definition: INLINE_DEFINITIONS[1] ?? '' }));
    expect(viaSdk.result).toBe('FAIL');
    expect(viaSdk.diagnostics?.[0]?.code).toBeTruthy();
  });

  it('TestState answers what testState returns (responses and exceptions)', async () => {
    const { testState, isTestStateException } = await import('@aslkit/test-state');
    const inline = [
      { definition: '{"Type":"Pass","Parameters":{"sum.$":"States.MathAdd($.a, $.b)"},"End":true}', input: '{"a":1,"b":2}', inspectionLevel: 'DEBUG' },
      { definition: '{"Type":"Choice","Choices":[{"Variable":"$.x","NumericGreaterThan":1,"Next":"Big"}],"Default":"Small"}', input: '{"x":5}' },
      { definition: '{"Type":"Fail","Error":"E","Cause":"C"}' },
      { definition: '{"Type":"Pass","End":true}', input: 'not json' },
    ];
    const fromConformance = readCases('test-state.jsonl', 400)
      .filter((c) => !(c['tags'] as string[]).includes('live-integration'))
      .map((c) => c['request'] as Record<string, unknown>)
      .slice(0, 40);
    let compared = 0;
    for (const request of [...inline, ...fromConformance]) {
      const options = { accountId: '123456789012', region: 'us-east-1' };
      const first = await testState(request as never, options);
      const second = await testState(request as never, options);
      if (JSON.stringify(first) !== JSON.stringify(second)) continue; // not deterministic (dates, UUIDs): nothing to compare
      const wire = await call(t.server.url, 'TestState', request);
      if (isTestStateException(first)) {
        expect(wire.status).toBe(400);
        expect(wire.text).toBe(JSON.stringify({ __type: first.code, message: first.message }));
      } else {
        expect(wire.status).toBe(200);
        expect(wire.text).toBe(JSON.stringify(first));
      }
      compared++;
    }
    console.log(`TestState round trips compared: ${compared}`);
    expect(compared).toBeGreaterThanOrEqual(3);
    const viaSdk = await t.sfn.send(new TestStateCommand({ definition: inline[0]?.definition, input: inline[0]?.input, roleArn: 'arn:aws:iam::123456789012:role/R' }));
    expect(viaSdk.status).toBe('SUCCEEDED');
    expect(JSON.parse(viaSdk.output ?? 'null')).toEqual({ sum: 3 });
  });
});
