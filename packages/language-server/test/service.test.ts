import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type DefinitionValidator } from '../src/index.js';
import { documentOf, fixtureText, positionOf } from './helpers.js';

const hoverText = (value: unknown): string => (value && typeof value === 'object' && 'contents' in value ? (value.contents as { value: string }).value : '');

describe('the facade with a stub validator', () => {
  test('findings by path map into templates; related paths and fixes travel along', () => {
    const seen: unknown[] = [];
    const validator: DefinitionValidator = ({ definition, rootPath }) => {
      seen.push(rootPath);
      expect(definition).toMatchObject({ StartAt: 'Invoke' });
      return [
        { severity: 'ERROR', code: 'TEST_CODE', message: 'on Next', path: ['States', 'Invoke', 'Next'], relatedPaths: [{ path: ['States', 'Done'], message: 'target' }] },
        { severity: 'WARNING', code: 'test-rule', ruleId: 'test-rule', message: 'a key', path: ['States', 'Done', 'Type'], onKey: true, fix: { title: 'Add End', path: ['States', 'Invoke', 'End'], value: true } },
      ];
    };
    const service = createLanguageService({ validator, docsBaseUrl: 'https://docs.example/rules' });
    const document = documentOf('template.yaml');
    const diagnostics = service.validate(document);
    expect(seen).toEqual([['Resources', 'Machine', 'Properties', 'Definition']]);
    expect(diagnostics[0]).toMatchObject({
      range: { start: { line: 21, character: 18 }, end: { line: 21, character: 22 } },
      severity: 1,
      code: 'TEST_CODE',
      codeDescription: { href: 'https://docs.example/rules/TEST_CODE.md' },
      relatedInformation: [{ location: { uri: document.uri, range: { start: { line: 23, character: 12 }, end: { line: 24, character: 0 } } }, message: 'target' }],
    });
    expect(diagnostics[1]).toMatchObject({ range: { start: { line: 23, character: 12 }, end: { line: 23, character: 16 } }, severity: 2, codeDescription: { href: 'https://docs.example/rules/test-rule.md' } });
    const actions = service.codeActions(document, diagnostics[1]!.range, { diagnostics: [] });
    expect(actions.map((a) => a.title)).toEqual(['Add End']);
    expect(TextDocument.applyEdits(document, actions[0]!.edit!.changes![document.uri]!)).toContain('            Next: Done\n            End: true\n');
  });

  test('a throwing validator gives one INTERNAL_ERROR diagnostic, not a crash', () => {
    const service = createLanguageService({ validator: () => { throw new Error('boom'); } });
    const diagnostics = service.validate(documentOf('orders.asl.json'));
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([['INTERNAL_ERROR', 'The checker failed on this definition: boom']]);
  });

  test('results are cached per version and recomputed after configure()', () => {
    let calls = 0;
    const service = createLanguageService({ validator: ({ settings }) => { calls++; return settings.type === 'EXPRESS' ? [{ severity: 'ERROR', code: 'EXPRESS_ONLY', message: 'x', path: [] }] : []; } });
    const document = documentOf('orders.asl.json');
    expect(service.validate(document)).toEqual([]);
    service.validate(document);
    expect(calls).toBe(1);
    service.configure({ type: 'EXPRESS' });
    expect(service.validate(document).map((d) => d.code)).toEqual(['EXPRESS_ONLY']);
    expect(calls).toBe(2);
  });

  test('template syntax errors are reported by the service itself; templates without machines are left alone', () => {
    const service = createLanguageService({ validator: () => [] });
    const machine = 'Resources:\n  M:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      Definition:\n        StartAt: A\n        States: {A: {Type: Pass, End: true}}\n';
    const diagnostics = service.validate(TextDocument.create('file:///t.yaml', 'yaml', 1, machine + '  X: [unclosed\n'));
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]!.severity).toBe(1);
    expect(service.validate(TextDocument.create('file:///u.yaml', 'yaml', 1, 'Resources:\n  B:\n    Type: [unclosed\n'))).toEqual([]);
  });

  test('placeholders are tolerated unless the setting says otherwise', () => {
    const text = '{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "${FnArn}", "End": true}}}';
    const errors = (settings: object) => {
      const service = createLanguageService({ settings });
      return service.validate(TextDocument.create('file:///s.asl.json', 'asl', 1, text)).filter((d) => d.severity === 1).map((d) => d.code);
    };
    expect(errors({})).toEqual([]);
    expect(errors({ tolerateSubstitutions: false }).length).toBeGreaterThan(0);
  });
});

describe('the facade with the real checker', () => {
  test('the fixtures are clean of errors', () => {
    const service = createLanguageService();
    for (const name of ['orders.asl.json', 'orders.asl.yaml', 'jsonata.asl.json', 'template.yaml']) {
      expect(service.validate(documentOf(name)).filter((d) => d.severity === 1), name).toEqual([]);
    }
  });

  test('quick fixes: NO_PATH, unsupported field, missing End', () => {
    const service = createLanguageService();
    const text = '{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": "Pass",\n      "Bogus": 1\n    },\n    "F": {\n      "Type": "Fail",\n      "Error": "$.error"\n    }\n  }\n}';
    const document = TextDocument.create('file:///fix.asl.json', 'asl', 1, text);
    const diagnostics = service.validate(document);
    const titles = (needle: string) => service.codeActions(document, { start: positionOf(document, needle, 1), end: positionOf(document, needle, 1) }, { diagnostics: [] });
    const noPath = titles('"$.error"').find((a) => a.title === "Use 'ErrorPath'");
    expect(noPath, JSON.stringify(diagnostics)).toBeDefined();
    expect(TextDocument.applyEdits(document, noPath!.edit!.changes![document.uri]!)).toContain('"ErrorPath": "$.error"');
    const remove = titles('"Bogus"').find((a) => a.title === "Remove the unsupported field 'Bogus'");
    expect(remove).toBeDefined();
    const end = service.codeActions(document, { start: { line: 3, character: 0 }, end: { line: 6, character: 0 } }, { diagnostics: [] }).find((a) => a.title === "Add 'End': true");
    expect(end).toBeDefined();
    const fixed = TextDocument.applyEdits(document, end!.edit!.changes![document.uri]!);
    expect(JSON.parse(fixed).States.A.End).toBe(true);
  });

  test('hover shows intrinsic and JSONata function signatures', () => {
    const service = createLanguageService();
    const intrinsic = TextDocument.create('file:///h.asl.json', 'asl', 1, '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {"x.$": "States.Format(\'{}\', $.a)"}, "End": true}}}');
    expect(hoverText(service.hover(intrinsic, positionOf(intrinsic, 'Format', 1)))).toMatch(/States\.Format\(template: string/);
    const jsonata = documentOf('jsonata.asl.json', fixtureText('jsonata.asl.json'));
    expect(hoverText(service.hover(jsonata, positionOf(jsonata, '$sum', 2)))).toMatch(/\$sum/);
  });
});

describe('validation in two parts', () => {
  test('aws + lint parts equal the whole, and the whole reuses the AWS part', () => {
    const text = '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B", "Bogus": 1}, "B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"}, "End": true}}}';
    // One lint rule on explicitly, whatever the preset says.
    const settings = { rules: { 'lambda-retry-missing': 'warning' as const } };
    const whole = createLanguageService({ settings }).validate(TextDocument.create('file:///w.asl.json', 'asl', 1, text));
    const service = createLanguageService({ settings });
    const document = TextDocument.create('file:///p.asl.json', 'asl', 1, text);
    const aws = service.validate(document, { only: 'aws' });
    const lint = service.validate(document, { only: 'lint' });
    expect(aws.length).toBeGreaterThan(0);
    expect(lint.length).toBeGreaterThan(0);
    expect(aws.every((d) => /^[A-Z_]+$/.test(String(d.code)))).toBe(true);
    expect(lint.every((d) => !/^[A-Z_]+$/.test(String(d.code)))).toBe(true);
    const key = (d: { code?: unknown; range: unknown }) => `${String(d.code)}${JSON.stringify(d.range)}`;
    expect(service.validate(document).map(key).sort()).toEqual(whole.map(key).sort());
  });
});

describe('rule docs in hovers', () => {
  test('a hover over a diagnostic explains its rule', () => {
    const service = createLanguageService();
    const document = TextDocument.create('file:///r.asl.json', 'asl', 1, '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Nope"}}}');
    const [diagnostic] = service.validate(document).filter((d) => d.code === 'MISSING_TRANSITION_TARGET');
    expect(diagnostic).toBeDefined();
    const text = hoverText(service.hover(document, diagnostic!.range.start));
    expect(text).toContain('`MISSING_TRANSITION_TARGET`: ');
    expect(text).toContain('No state named **Nope** in this scope.');
  });
});

describe('CloudFormation JSON templates', () => {
  test('symbols, navigation and diagnostics inside the Definition', () => {
    const service = createLanguageService();
    const document = TextDocument.create('file:///stack/template.json', 'json', 1, fixtureText('template.json'));
    expect(service.documentSymbols(document).map((s) => [s.name, s.children!.map((c) => c.name)])).toEqual([['Machine', ['Wait', 'Finish']]]);
    expect(service.definition(document, positionOf(document, '"Finish" }', 2)).map((l) => l.range.start)).toEqual([{ line: 11, character: 13 }]);
    expect(service.validate(document).filter((d) => d.severity === 1)).toEqual([]);
    const broken = TextDocument.create('file:///stack/template.json', 'json', 2, fixtureText('template.json').replace('"Next": "Finish"', '"Next": "Finnish"'));
    const diagnostic = service.validate(broken).find((d) => d.code === 'MISSING_TRANSITION_TARGET');
    expect(diagnostic?.range).toEqual({ start: { line: 10, character: 60 }, end: { line: 10, character: 69 } });
  });
});
