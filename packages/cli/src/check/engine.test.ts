import { describe, expect, it } from 'vitest';
import { checkFile, type CheckSettings, type FileSystemAccess } from './engine.js';

const settings: CheckSettings = { mode: 'validate', severity: 'ERROR', maxResults: 100 };
const fs: FileSystemAccess = {
  readText: (path) => {
    if (path === '/repo/sm/flow.asl.json') return '{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"}}}';
    throw Object.assign(new Error('nope'), { code: 'ENOENT' });
  },
  resolve: (from, target) => `${from.slice(0, from.lastIndexOf('/'))}/${target}`,
  display: (path) => path.replace('/repo/', ''),
};

describe('checkFile', () => {
  it('reports a DefinitionString that is not JSON at the template position of the parser error', () => {
    const text = '{"Resources":{"M":{"Type":"AWS::StepFunctions::StateMachine","Properties":{\n"DefinitionString": "{\\"StartAt\\": \\"A\\", \\"States\\": {,}}"}}}}';
    const check = checkFile({ path: '/repo/t.json', display: 't.json', text }, settings, fs);
    expect(check.errors).toEqual([]);
    const [result] = check.results;
    expect(result?.result).toBe('FAIL');
    expect(result?.diagnostics[0]?.code).toBe('INVALID_JSON_DESCRIPTION');
    const start = result?.diagnostics[0]?.range?.start;
    expect(start?.line).toBe(1);
    expect(text.split('\n')[1]?.[start?.character ?? 0]).toBe(',');
  });

  it('checks linked definition files and names an unreadable one without stopping', () => {
    const text = 'Resources:\n  M:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      DefinitionUri: sm/flow.asl.json\n  N:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      DefinitionUri: sm/missing.asl.json\n';
    const check = checkFile({ path: '/repo/template.yaml', display: 'template.yaml', text }, settings, fs);
    expect(check.results.map((r) => [r.file, r.stateMachine, r.result])).toEqual([['sm/flow.asl.json', 'M', 'FAIL']]);
    expect(check.errors).toEqual([{ file: 'sm/missing.asl.json', code: 'FILE_UNREADABLE', message: 'Cannot read the definition of N (from template.yaml): no such file' }]);
    expect(check.linkedFiles).toEqual(['sm/flow.asl.json', 'sm/missing.asl.json']);
  });

  it('checks the Name of a machine whose definition is in another file on the template line', () => {
    const text = 'Resources:\n  M:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      Name: bad name\n      DefinitionUri: sm/flow.asl.json\n';
    const check = checkFile({ path: '/repo/template.yaml', display: 'template.yaml', text }, settings, fs);
    expect(check.results.map((r) => [r.file, r.stateMachine, r.diagnostics.map((d) => [d.code, d.range?.start.line])])).toEqual([
      ['template.yaml', 'M', [['STATE_MACHINE_NAME_INVALID', 4]]],
      ['sm/flow.asl.json', 'M', [['MISSING_END_STATE', 0], ['MISSING_TRANSITION_TARGET', 0]]],
    ]);
  });

  it('measures the definition, not the whole template, against the size limit', () => {
    const padding = 'x'.repeat(1_100_000);
    const text = `Description: ${padding}\nResources:\n  M:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      Definition:\n        StartAt: A\n        States:\n          A:\n            Type: Succeed\n`;
    const check = checkFile({ path: '/repo/big.yaml', display: 'big.yaml', text }, settings, fs);
    expect(check.results.map((r) => [r.result, r.diagnostics])).toEqual([['OK', []]]);
  });

  it('skips a file found by a template pattern that is not a template', () => {
    const text = '{ "name": "infra", "description": "deploys stepFunctions" }';
    expect(checkFile({ path: '/repo/infra/package.json', display: 'infra/package.json', text, onlyIfTemplate: true }, settings, fs).results).toEqual([]);
    expect(checkFile({ path: '/repo/infra/package.json', display: 'infra/package.json', text }, settings, fs).results[0]?.result).toBe('FAIL');
  });

  it('says which machines it cannot check (definition in S3)', () => {
    const text = 'Resources:\n  M:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionS3Location:\n        Bucket: b\n        Key: k.json\n';
    const check = checkFile({ path: '/repo/t.yaml', display: 't.yaml', text }, settings, fs);
    expect(check.results).toEqual([]);
    expect(check.notices).toEqual(['t.yaml: M not checked: its definition is in S3 (DefinitionS3Location/DefinitionUri), not in a local file']);
  });

  it('never throws on junk', () => {
    for (const text of ['', '\u0000\u0001', 'Resources: [', '{"Resources": {"M": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {"DefinitionString": {"Fn::Join": 3}}}}}']) {
      const check = checkFile({ path: '/repo/x.json', display: 'x.json', text }, settings, fs);
      expect(check.errors.filter((e) => e.code === 'INTERNAL_ERROR')).toEqual([]);
    }
  });
});
