import { describe, expect, it } from 'vitest';
import { loadDocument } from '../source/document.js';
import { cloudFormationTags } from './cfn-tags.js';
import { findInlineDefinitions } from './locate.js';

describe('findInlineDefinitions', () => {
  it('takes a definition as itself', () => {
    const definition = { StartAt: 'A', States: { A: { Type: 'Succeed' } } };
    expect(findInlineDefinitions(definition)).toEqual({ definitions: [{ path: [], definition }], isTemplate: false });
    expect(findInlineDefinitions('x')).toEqual({ definitions: [], isTemplate: false });
  });

  it('finds the inline Definition of every state machine resource of a YAML template with short tags', () => {
    const text = [
      'Resources:',
      '  Fn: {Type: AWS::Lambda::Function}',
      '  Sam:',
      '    Type: AWS::Serverless::StateMachine',
      '    Properties:',
      '      Definition: {StartAt: A, States: {A: {Type: Task, Resource: !GetAtt Fn.Arn, End: true}}}',
      '  Text:',
      '    Type: AWS::StepFunctions::StateMachine',
      '    Properties: {DefinitionString: !Sub "{}"}',
    ].join('\n');
    const document = loadDocument(text, { format: 'yaml', customTags: cloudFormationTags });
    const { definitions, isTemplate } = findInlineDefinitions(document.value);
    expect(isTemplate).toBe(true);
    expect(definitions.map((d) => [d.resource, d.path])).toEqual([['Sam', ['Resources', 'Sam', 'Properties', 'Definition']]]);
    expect(definitions[0]?.definition).toMatchObject({ States: { A: { Resource: { 'Fn::GetAtt': ['Fn', 'Arn'] } } } });
  });
});
