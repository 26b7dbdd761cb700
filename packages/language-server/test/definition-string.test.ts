import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../src/index.js';

// DefinitionString support comes from core's shared templates module (the CLI uses the same code).
const definition = (next: string): string => JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Task', Resource: '${Fn}', Next: next }, B: { Type: 'Succeed' } } });

function jsonTemplate(next: string): string {
  return JSON.stringify(
    {
      Resources: {
        Fn: { Type: 'AWS::Lambda::Function', Properties: {} },
        Machine: { Type: 'AWS::StepFunctions::StateMachine', Properties: { DefinitionString: { 'Fn::Sub': [definition(next), { Fn: { 'Fn::GetAtt': ['Fn', 'Arn'] } }] } } },
      },
    },
    null,
    2,
  );
}

function textAt(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const document = TextDocument.create('file:///x', 'json', 1, text);
  return document.getText(range);
}

describe('DefinitionString in templates', () => {
  test('a JSON template: findings land on the template text inside the string', () => {
    const service = createLanguageService();
    const text = jsonTemplate('Missing');
    const diagnostics = service.validate(TextDocument.create('file:///stack/template.json', 'json', 1, text));
    const missing = diagnostics.find((d) => /Missing/.test(d.message));
    expect(missing).toBeDefined();
    expect(textAt(text, missing!.range)).toContain('Missing');
    expect(service.codeActions(TextDocument.create('file:///stack/template.json', 'json', 1, text), missing!.range, { diagnostics: [missing!] })).toEqual([]);
  });

  test('a clean JSON template with Fn::Sub placeholders has no findings', () => {
    const service = createLanguageService();
    const diagnostics = service.validate(TextDocument.create('file:///stack/template.json', 'json', 1, jsonTemplate('B')));
    expect(diagnostics).toEqual([]);
  });

  test('a YAML template with !Sub and a block string', () => {
    const text = [
      'Resources:',
      '  Machine:',
      '    Type: AWS::StepFunctions::StateMachine',
      '    Properties:',
      '      DefinitionString: !Sub |',
      '        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Nowhere"}}}',
      '',
    ].join('\n');
    const service = createLanguageService();
    const diagnostics = service.validate(TextDocument.create('file:///stack/template.yaml', 'yaml', 1, text));
    const missing = diagnostics.find((d) => /Nowhere/.test(d.message));
    expect(missing).toBeDefined();
    expect(missing!.range.start.line).toBe(5);
    expect(textAt(text, missing!.range)).toContain('Nowhere');
  });
});
