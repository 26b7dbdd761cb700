import { describe, expect, it } from 'vitest';
import { extractDefinitions, substitute } from './extract.js';
import { identityText, stringNodeText } from './text-map.js';
import { loadDocument } from '../source/document.js';

function positionOf(text: string, needle: string): { line: number; character: number } {
  const offset = text.indexOf(needle);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: (before.at(-1) ?? '').length };
}

describe('template extraction', () => {
  it('keeps plain definitions as they are', () => {
    const extraction = extractDefinitions('{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}', '/x/a.asl.json');
    expect(extraction.kind).toBe('definition');
    expect(extraction.targets[0]?.document.value).toEqual({ StartAt: 'A', States: { A: { Type: 'Succeed' } } });
  });

  it('resolves YAML short tags, DefinitionSubstitutions and GetAtt in an inline Definition', () => {
    const text = [
      'Resources:',
      '  Fn:',
      '    Type: AWS::Lambda::Function',
      '  Machine:',
      '    Type: AWS::StepFunctions::StateMachine',
      '    Properties:',
      '      StateMachineType: EXPRESS',
      '      StateMachineName: my-machine',
      '      DefinitionSubstitutions:',
      '        FnArn: !GetAtt Fn.Arn',
      '      Definition:',
      '        StartAt: Call',
      '        States:',
      '          Call:',
      '            Type: Task',
      '            Resource: ${FnArn}',
      '            Parameters:',
      '              Table: !Ref Fn',
      '            End: true',
      '',
    ].join('\n');
    const extraction = extractDefinitions(text, '/x/template.yaml');
    expect(extraction.kind).toBe('cloudformation');
    const [target] = extraction.targets;
    expect(target?.stateMachine).toBe('Machine');
    expect(target?.type).toBe('EXPRESS');
    expect(target?.name?.value).toBe('my-machine');
    expect(target?.tolerateSubstitutions).toBe(false);
    expect(target?.document.value).toEqual({
      StartAt: 'Call',
      States: { Call: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:Fn', Parameters: { Table: 'Fn' }, End: true } },
    });
    expect(target?.document.rangeOf(['States', 'Call', 'Resource']).start).toEqual(positionOf(text, '${FnArn}'));
  });

  it('maps a !Sub block scalar DefinitionString to the template lines', () => {
    const text = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  Machine:',
      '    Type: AWS::StepFunctions::StateMachine',
      '    Properties:',
      '      DefinitionString: !Sub |',
      '        {',
      '          "StartAt": "A",',
      '          "States": { "A": { "Type": "Pass", "Result": "${AWS::Region}", "Next": "Gone" } }',
      '        }',
      '',
    ].join('\n');
    const [target] = extractDefinitions(text, '/x/t.yaml').targets;
    expect(target?.document.value).toEqual({ StartAt: 'A', States: { A: { Type: 'Pass', Result: 'us-east-1', Next: 'Gone' } } });
    expect(target?.document.rangeOf(['States', 'A', 'Next']).start).toEqual(positionOf(text, '"Gone"'));
  });

  it('leaves unknown placeholders for the checker to tolerate', () => {
    const text = '{"Resources":{"M":{"Type":"AWS::StepFunctions::StateMachine","Properties":{"DefinitionString":{"Fn::Sub":"{\\"StartAt\\":\\"${Unknown}\\",\\"States\\":{}}"}}}}}';
    const [target] = extractDefinitions(text, '/x/t.json').targets;
    expect(target?.tolerateSubstitutions).toBe(true);
    expect(target?.document.value).toEqual({ StartAt: '${Unknown}', States: {} });
  });

  it('lists DefinitionUri files for the caller to read, with the substitutions', () => {
    const text = 'Resources:\n  M:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      DefinitionUri: sm/flow.asl.json\n      DefinitionSubstitutions:\n        A: b\n';
    const extraction = extractDefinitions(text, '/x/template.yaml');
    expect(extraction.linked).toEqual([{ path: 'sm/flow.asl.json', stateMachine: 'M', substitutions: { A: 'b' } }]);
  });

  it('follows a CloudFormation DefinitionS3Location given as a local path (aws cloudformation package)', () => {
    const text = '{"Resources":{"M":{"Type":"AWS::StepFunctions::StateMachine","Properties":{"StateMachineType":"EXPRESS","DefinitionS3Location":"machines/m.asl.json"}}}}';
    expect(extractDefinitions(text, '/x/t.json').linked).toEqual([{ path: 'machines/m.asl.json', stateMachine: 'M', type: 'EXPRESS', substitutions: {} }]);
  });

  it('reads Serverless Framework state machines', () => {
    const text = 'service: s\nfunctions:\n  f:\n    handler: h\nstepFunctions:\n  stateMachines:\n    one:\n      type: EXPRESS\n      definition:\n        StartAt: A\n        States:\n          A:\n            Type: Task\n            Resource:\n              Fn::GetAtt: [f, Arn]\n            End: true\n';
    const [target] = extractDefinitions(text, '/x/serverless.yml').targets;
    expect(target?.stateMachine).toBe('one');
    expect(target?.type).toBe('EXPRESS');
    expect((target?.document.value as { States: { A: { Resource: string } } }).States.A.Resource).toBe('arn:aws:lambda:us-east-1:123456789012:function:s-dev-f');
  });
});

describe('text maps', () => {
  it('decodes JSON string literals with escapes, keeping each character’s source offset', () => {
    const text = '{"s": "a\\"b\\u0041c"}';
    const document = loadDocument(text, { format: 'json' });
    const node = document.nodeAt(['s']);
    if (!node) throw new Error('no node');
    const mapped = stringNodeText(text, node, 'json');
    expect(mapped.text).toBe('a"bAc');
    expect(mapped.offsets.slice(0, 5).map((o) => text[o])).toEqual(['a', '\\', 'b', '\\', 'c']);
  });

  it('substitutes ${…} with positions at the placeholder, and keeps ${!Literal}', () => {
    const result = substitute(identityText('x ${A} y ${!B} ${C}'), (name) => (name === 'A' ? 'value' : undefined));
    expect(result.text.text).toBe('x value y ${B} ${C}');
    expect(result.unresolved).toBe(1);
    expect(result.text.offsets[2]).toBe(2);
    expect(result.text.offsets[8]).toBe(7);
  });
});
