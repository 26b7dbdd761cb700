import { describe, expect, test } from 'vitest';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, fixToEdits, similarNames } from '../src/features/code-actions.js';
import { complete } from '../src/features/completion.js';
import { foldingRanges } from '../src/features/folding.js';
import { format } from '../src/features/format.js';
import { hover } from '../src/features/hover.js';
import { definition, prepareRename, references, rename } from '../src/features/navigation.js';
import { documentSymbols } from '../src/features/symbols.js';
import { buildModel } from '../src/service/model.js';
import { applyEdits, documentOf, positionOf } from './helpers.js';

const at = (document: TextDocument, needle: string, delta = 0, nth = 0) => document.offsetAt(positionOf(document, needle, delta, nth));
const labels = (document: TextDocument, offset: number) => complete(buildModel(document), offset).items.map((item) => item.label);

describe('document symbols', () => {
  test('JSON: states with nested branches, exact ranges', () => {
    const document = documentOf('orders.asl.json');
    const symbols = documentSymbols(buildModel(document));
    expect(symbols.map((s) => [s.name, s.detail])).toEqual([
      ['Validate', 'Task'],
      ['Route', 'Choice'],
      ['Review', 'Parallel'],
      ['Ship', 'Pass'],
      ['Failed', 'Fail'],
    ]);
    expect(symbols[0]!.selectionRange).toEqual({ start: { line: 4, character: 4 }, end: { line: 4, character: 14 } });
    expect(symbols[0]!.range).toEqual({ start: { line: 4, character: 4 }, end: { line: 18, character: 5 } });
    expect(symbols[2]!.children!.map((c) => [c.name, c.children!.map((s) => s.name)])).toEqual([['Branch 0', ['Pack']]]);
  });

  test('YAML and SAM templates', () => {
    expect(documentSymbols(buildModel(documentOf('orders.asl.yaml'))).map((s) => s.name)).toEqual(['Validate', 'Ship', 'Failed']);
    const template = documentSymbols(buildModel(documentOf('template.yaml')));
    expect(template.map((s) => [s.name, s.children!.map((c) => c.name)])).toEqual([['Machine', ['Invoke', 'Done']]]);
  });
});

describe('navigation', () => {
  test('definition of a Next jumps to the state key in the same scope', () => {
    const document = documentOf('orders.asl.json');
    const model = buildModel(document);
    // "Default": "Ship" lands on the machine's Ship.
    const locations = definition(model, at(document, '"Default": "Ship"', 13));
    expect(locations.map((l) => l.range)).toEqual([{ start: { line: 45, character: 5 }, end: { line: 45, character: 9 } }]);
  });

  test('references stay inside the scope', () => {
    const document = documentOf('orders.asl.json');
    const model = buildModel(document);
    const refs = references(model, at(document, '"Ship": {', 1));
    expect(refs.map((l) => l.range.start.line)).toEqual([28, 43, 45]);
    const inner = references(model, at(document, '"StartAt": "Pack"', 13));
    expect(inner.map((l) => l.range.start.line)).toEqual([34, 36]);
    expect(references(model, at(document, '"StartAt": "Pack"', 13), false).map((l) => l.range.start.line)).toEqual([34]);
  });

  test('rename edits every reference; refuses clashes and bad names', () => {
    const document = documentOf('orders.asl.json');
    const model = buildModel(document);
    const offset = at(document, '"Next": "Failed"', 10);
    expect(prepareRename(model, offset)).toEqual({ ok: true, range: { start: { line: 14, character: 19 }, end: { line: 14, character: 25 } }, placeholder: 'Failed' });
    const result = rename(model, offset, 'Order "failed"');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = applyEdits(document, result.edit.changes![document.uri]!);
    expect(text).toContain('"Next": "Order \\"failed\\""');
    expect(text).toContain('"Order \\"failed\\"": {');
    expect(JSON.parse(text).States['Order "failed"'].Type).toBe('Fail');
    expect(rename(model, offset, 'Ship')).toMatchObject({ ok: false, code: 'NAME_CLASH' });
    expect(rename(model, offset, 'x'.repeat(81))).toMatchObject({ ok: false, code: 'INVALID_NAME' });
    expect(rename(model, at(document, '"Comment"', 2), 'X')).toMatchObject({ ok: false, code: 'NOT_A_STATE_NAME' });
  });

  test('rename in YAML keeps plain scalars plain and quotes when needed', () => {
    const document = documentOf('orders.asl.yaml');
    const model = buildModel(document);
    const offset = at(document, 'Next: Ship', 7);
    const plain = rename(model, offset, 'Deliver');
    if (!plain.ok) throw new Error(plain.message);
    expect(applyEdits(document, plain.edit.changes![document.uri]!)).toContain('    Next: Deliver\n  Deliver:\n');
    const quoted = rename(model, offset, 'yes');
    if (!quoted.ok) throw new Error(quoted.message);
    expect(applyEdits(document, quoted.edit.changes![document.uri]!)).toContain('    Next: "yes"\n  "yes":\n');
  });
});

describe('completion', () => {
  test('JSON: fields for a Task in JSONPath, minus the ones present', () => {
    const document = documentOf('x.asl.json', '{"StartAt": "A", "States": {"A": {"Type": "Task", "Re"}}}');
    const items = labels(document, at(document, '"Re', 3));
    expect(items).toContain('Resource');
    expect(items).toContain('ResultSelector');
    expect(items).not.toContain('Type');
    expect(items).not.toContain('Arguments');
    expect(items).not.toContain('Seconds');
  });

  test('JSONata states get JSONata fields', () => {
    const document = documentOf('x.asl.json', '{"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Task", ""}}}');
    const items = labels(document, at(document, '""', 1));
    expect(items).toContain('Arguments');
    expect(items).toContain('Output');
    expect(items).not.toContain('Parameters');
    expect(items).not.toContain('InputPath');
  });

  test('state names for Next exclude the state itself; edits replace the token', () => {
    const document = documentOf('x.asl.json', '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": ""}, "B": {"Type": "Succeed"}}}');
    const result = complete(buildModel(document), at(document, '"Next": ""', 9));
    expect(result.items.map((i) => i.label)).toEqual(['B']);
    expect(result.items[0]!.textEdit).toEqual({ range: { start: { line: 0, character: 58 }, end: { line: 0, character: 60 } }, newText: '"B"' });
  });

  test('enum values, error names, resources', () => {
    const doc = documentOf('x.asl.json', '{"StartAt": "A", "States": {"A": {"Type": "", "Resource": "", "Retry": [{"ErrorEquals": [""], "JitterStrategy": ""}]}}}');
    expect(labels(doc, at(doc, '"Type": ""', 9))).toEqual(['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map']);
    expect(labels(doc, at(doc, '"Resource": ""', 13))).toContain('arn:aws:states:::lambda:invoke');
    expect(labels(doc, at(doc, '[""]', 2))).toContain('States.TaskFailed');
    expect(labels(doc, at(doc, '"JitterStrategy": ""', 19))).toEqual(['FULL', 'NONE']);
  });

  test('snippets in a States object', () => {
    const document = documentOf('x.asl.json', '{"StartAt": "A", "States": {"A": {"Type": "Succeed"}, }}');
    expect(labels(document, at(document, ', }', 2))).toEqual(['Pass state', 'Task state', 'Choice state', 'Wait state', 'Succeed state', 'Fail state', 'Parallel state', 'Map state']);
  });

  test('YAML: keys by indentation, values after the colon', () => {
    const keys = documentOf('x.asl.yaml', 'StartAt: A\nStates:\n  A:\n    Type: Wait\n    Se\n');
    const items = labels(keys, at(keys, 'Se\n', 2));
    expect(items).toContain('Seconds');
    expect(items).toContain('SecondsPath');
    expect(items).not.toContain('Type');
    const values = documentOf('x.asl.yaml', 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: \n  B:\n    Type: Succeed\n');
    const result = complete(buildModel(values), at(values, 'Next: ', 6));
    expect(result.items.map((i) => [i.label, i.textEdit])).toEqual([['B', { range: { start: { line: 4, character: 10 }, end: { line: 4, character: 10 } }, newText: 'B' }]]);
  });

  test('functions and variables in expressions', () => {
    const jsonata = documentOf('jsonata.asl.json');
    const inside = labels(jsonata, at(jsonata, '$sum', 1));
    expect(inside).toContain('$states.input');
    expect(inside).toContain('$count');
    const intrinsic = documentOf('x.asl.json', '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {"x.$": "States."}, "End": true}}}');
    const items = labels(intrinsic, at(intrinsic, 'States."', 7));
    expect(items).toContain('States.Format');
  });
});

describe('hover', () => {
  test('field docs per state type, state types, targets, errors and resources', () => {
    const document = documentOf('orders.asl.json');
    const model = buildModel(document);
    const text = (offset: number) => {
      const h = hover(model, offset);
      return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : undefined;
    };
    expect(text(at(document, '"Resource"', 2))).toMatch(/^\*\*Resource\*\* \(Task\)/);
    expect(text(at(document, '"Choice"', 2))).toMatch(/^\*\*Choice\*\* state/);
    expect(text(at(document, '"Default": "Ship"', 13))).toBe('**Ship** — Pass\n\nEnds its scope.');
    expect(text(at(document, '"States.ALL"', 3))).toMatch(/Matches any error name/);
    expect(text(at(document, 'lambda:invoke', 2))).toMatch(/Invoke a Lambda function/);
    expect(hover(model, at(document, '"Resource"', 2))!.range).toEqual({ start: { line: 6, character: 6 }, end: { line: 6, character: 16 } });
    expect(text(at(document, '"Result"', 2))).toMatch(/JSONPath only/);
  });

  test('variables show where they are assigned', () => {
    const document = documentOf('x.asl.json', '{"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"total": 1}, "Next": "B"}, "B": {"Type": "Pass", "Output": "{% $total %}", "End": true}}}');
    const h = hover(buildModel(document), at(document, '$total', 2));
    expect(h && 'value' in (h.contents as object) ? (h.contents as { value: string }).value : '').toBe('Variable `$total`, assigned in: `A`');
  });
});

describe('folding and formatting', () => {
  test('folding ranges keep the closing bracket visible in JSON', () => {
    const ranges = foldingRanges(buildModel(documentOf('orders.asl.json')));
    expect(ranges[0]).toEqual({ startLine: 0, endLine: 54 });
    expect(ranges).toContainEqual({ startLine: 4, endLine: 17 });
  });

  test('format pretty-prints JSON keeping numbers as written', () => {
    const document = documentOf('x.asl.json', '{"StartAt":"A","States":{"A":{"Type":"Wait","Seconds":1.0,"End":true}}}');
    const edits = format(buildModel(document), { tabSize: 2, insertSpaces: true });
    expect(applyEdits(document, edits)).toBe('{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": "Wait",\n      "Seconds": 1.0,\n      "End": true\n    }\n  }\n}');
    expect(format(buildModel(documentOf('x.asl.json', '{"StartAt": ')), { tabSize: 2, insertSpaces: true })).toEqual([]);
  });

  test('format prints YAML in block style, keys in their order, numbers and quoting kept right', () => {
    const document = documentOf('x.asl.yaml', 'States: {A: {Type: Wait, Seconds: 1.0, Comment: "true", End: true}}\nStartAt:   A\n');
    const edits = format(buildModel(document), { tabSize: 2, insertSpaces: true });
    expect(applyEdits(document, edits)).toBe('States:\n  A:\n    Type: Wait\n    Seconds: 1.0\n    Comment: "true"\n    End: true\nStartAt: A\n');
    const formatted = documentOf('y.asl.yaml', applyEdits(document, edits));
    expect(format(buildModel(formatted), { tabSize: 2, insertSpaces: true })).toEqual([]);
    expect(applyEdits(document, format(buildModel(document), { tabSize: 4, insertSpaces: false }))).toContain('\n    A:\n        Type: Wait\n');
  });

  test('format leaves YAML alone when printing would lose comments, tags or anchors', () => {
    for (const text of ['# note\nStartAt: A\nStates: {A: {Type: Pass, End: true}}\n', 'StartAt: !Ref A\nStates: {}\n', 'StartAt: &a A\nStates: {A: {Type: Pass, End: true}}\nComment: *a\n']) {
      expect(format(buildModel(documentOf('x.asl.yaml', text)), { tabSize: 2, insertSpaces: true })).toEqual([]);
    }
  });
});

describe('quick fixes', () => {
  test('fixes become edits: replace with key rename, remove, insert (JSON and YAML)', () => {
    const json = documentOf('x.asl.json', '{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": "Pass",\n      "Result": {"x": 1},\n      "Bogus": 1\n    }\n  }\n}');
    const model = buildModel(json);
    const rename = fixToEdits(model, [], { title: 'Use Parameters', path: ['States', 'A', 'Result'], value: { x: 1 }, renameKey: 'Parameters' })!;
    expect(JSON.parse(applyEdits(json, rename)).States.A.Parameters).toEqual({ x: 1 });
    const remove = fixToEdits(model, [], { title: 'Remove Bogus', path: ['States', 'A', 'Bogus'], value: undefined })!;
    expect(JSON.parse(applyEdits(json, remove)).States.A).toEqual({ Type: 'Pass', Result: { x: 1 } });
    const insert = fixToEdits(model, [], { title: 'Add End', path: ['States', 'A', 'End'], value: true })!;
    expect(applyEdits(json, insert)).toContain('      "Bogus": 1,\n      "End": true\n');
    const yaml = documentOf('x.asl.yaml', 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Bogus: 1\n');
    const yamlModel = buildModel(yaml);
    expect(applyEdits(yaml, fixToEdits(yamlModel, [], { title: 'Add End', path: ['States', 'A', 'End'], value: true })!)).toBe('StartAt: A\nStates:\n  A:\n    Type: Pass\n    Bogus: 1\n    End: true\n');
    expect(applyEdits(yaml, fixToEdits(yamlModel, [], { title: 'Remove', path: ['States', 'A', 'Bogus'], value: undefined })!)).toBe('StartAt: A\nStates:\n  A:\n    Type: Pass\n');
  });

  test('did-you-mean for a transition to a missing state', () => {
    const document = documentOf('x.asl.json', '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Shipp"}, "Ship": {"Type": "Succeed"}}}');
    const model = buildModel(document);
    const offset = at(document, 'Shipp', 1);
    const position = document.positionAt(offset);
    const actions = codeActions(model, { start: position, end: position }, []);
    expect(actions.map((a) => a.title)).toEqual(["Change to 'Ship'"]);
    expect(applyEdits(document, actions[0]!.edit!.changes![document.uri]!)).toContain('"Next": "Ship"');
    expect(similarNames('Procss', ['Process', 'Done', 'Proceed'])).toEqual(['Process']);
  });
});

describe('completion edge cases', () => {
  test('a state without a Type is offered Type first; ProcessorConfig only in Map processors', () => {
    const yaml = documentOf('x.asl.yaml', 'StartAt: A\nStates:\n  A:\n    \n');
    expect(labels(yaml, yaml.getText().indexOf('  A:\n') + 9)).toEqual(['Type', 'Comment', 'QueryLanguage']);
    const json = documentOf('x.asl.json', '{"StartAt": "A", "States": {"A": {}}}');
    expect(labels(json, at(json, '{}', 1))).toEqual(['Type', 'Comment', 'QueryLanguage']);
    const top = documentOf('x.asl.json', '{"StartAt": "A", "States": {}, }');
    expect(labels(top, at(top, ', }', 2))).toEqual(['Version', 'Comment', 'QueryLanguage', 'TimeoutSeconds']);
  });

  test('YAML: ErrorEquals list items and catcher fields', () => {
    const items = documentOf('x.asl.yaml', 'StartAt: A\nStates:\n  A:\n    Type: Task\n    Resource: x\n    Catch:\n      - ErrorEquals:\n          - \n        Next: A\n');
    expect(labels(items, items.getText().indexOf('- \n') + 2)).toContain('States.ALL');
    const catcher = documentOf('x.asl.yaml', 'StartAt: A\nStates:\n  A:\n    Type: Task\n    Resource: x\n    Catch:\n      - ErrorEquals: [States.ALL]\n        \n');
    expect(labels(catcher, catcher.getText().indexOf(']\n') + 10)).toEqual(['Comment', 'Next', 'ResultPath', 'Assign']);
  });
});

describe('state snippets', () => {
  /** Expands a snippet the way an editor would with its defaults (tab stops without one become `Next1`). */
  const expand = (snippet: string): string =>
    snippet
      .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\{\d+\}/g, 'Next1')
      .replace(/\$\d+/g, '')
      .replace(/\t/g, '  ');

  test.each(['json', 'yaml'])('every %s state snippet expands to a state of its type', (format) => {
    const yaml = format === 'yaml';
    const document = yaml
      ? documentOf('x.asl.yaml', 'StartAt: A\nStates:\n  A:\n    Type: Succeed\n  \n')
      : documentOf('x.asl.json', '{"StartAt": "A", "States": {"A": {"Type": "Succeed"}, }}');
    const offset = yaml ? document.getText().length - 1 : at(document, ', }', 2);
    const items = complete(buildModel(document), offset).items;
    expect(items).toHaveLength(8);
    for (const item of items) {
      const edit = item.textEdit as { newText: string };
      const inserted = yaml ? expand(edit.newText).replace(/\n/g, '\n  ') : expand(edit.newText);
      const text = document.getText().slice(0, offset) + inserted + document.getText().slice(offset);
      const model = buildModel(documentOf(yaml ? 'y.asl.yaml' : 'y.asl.json', text));
      expect(model.source.problems.filter((p) => p.kind === 'syntax'), `${item.label}: ${text}`).toEqual([]);
      const type = item.label.replace(' state', '');
      const state = (model.source.value as { States: Record<string, { Type: string }> }).States[`${type}State`];
      expect(state?.Type, text).toBe(type);
    }
  });
});

describe('field completion details', () => {
  test('required fields sort first; a comma is added before a following property', () => {
    const document = documentOf('x.asl.json', '{"StartAt": "A", "States": {"A": {"Type": "Task", \n "End": true}}}');
    const items = complete(buildModel(document), at(document, ' \n', 1)).items;
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    expect(sorted[0]!.label).toBe('Resource');
    expect((sorted[0]!.textEdit as { newText: string }).newText).toBe('"Resource": "$1",');
  });
});

describe('context object completion', () => {
  test('$$ in a JSONPath template and $states.context in JSONata', () => {
    const jsonpath = documentOf('x.asl.json', '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {"id.$": "$$."}, "End": true}}}');
    expect(labels(jsonpath, at(jsonpath, '$$."', 3))).toContain('$$.Execution.Id');
    const jsonata = documentOf('x.asl.json', '{"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass", "Output": "{% $states.context. %}", "End": true}}}');
    expect(labels(jsonata, at(jsonata, 'context. %', 8))).toContain('$states.context.Map.Item.Value');
  });
});

describe('templates', () => {
  test('hover and completion stay out of the non-ASL parts of a template', () => {
    const document = documentOf('template.yaml');
    const model = buildModel(document);
    expect(hover(model, at(document, 'Type: AWS::Serverless::Function', 2))).toBeNull();
    expect(hover(model, at(document, 'Type: Task', 2))).not.toBeNull();
    expect(complete(model, at(document, 'Handler', 0)).items).toEqual([]);
    expect(complete(model, at(document, 'Next: Done', 6)).items.map((i) => i.label)).toEqual(['Done']);
  });
});
