import { describe, expect, it } from 'vitest';
import { checkJsonata, parseJsonata } from './check.js';
import { evaluateJsonata, evaluateJsonataTemplate } from './evaluate.js';
import { JSONATA_FUNCTIONS, findJsonataFunction } from './catalogue.js';

const states = { input: { a: 1, items: [1, 2, 3], s: 'x' }, context: { Execution: { Id: 'e' } } };

describe('evaluateJsonata', () => {
  it('binds $states and variables', async () => {
    expect(await evaluateJsonata('{% $states.input.a + 1 %}', states)).toEqual({ ok: true, value: 2 });
    expect(await evaluateJsonata('$states.context.Execution.Id', states)).toEqual({ ok: true, value: 'e' });
    expect(await evaluateJsonata('{% $v * 2 %}', states, { variables: { v: 21 } })).toEqual({ ok: true, value: 42 });
    expect(await evaluateJsonata('{% $sum($states.input.items) %}', states)).toEqual({ ok: true, value: 6 });
  });

  it('reports undefined, unsupported and unexpected results with AWS texts', async () => {
    expect(await evaluateJsonata('{% $doesNotExist %}', states, {}, { field: 'Output/result' })).toEqual({
      ok: false,
      error: { code: 'States.QueryEvaluationError', message: "The JSONata expression '$doesNotExist' specified for the field 'Output/result' returned nothing (undefined)." },
    });
    expect(await evaluateJsonata("{% {'foo': 'bar'} %}", states, {}, { field: 'Items', expect: 'array' })).toEqual({
      ok: false,
      error: {
        code: 'States.QueryEvaluationError',
        message: `The JSONata expression '{'foo': 'bar'}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'object' for value: {"foo":"bar"}`,
      },
    });
    const fn = await evaluateJsonata('{% $fn := function($x){$x} %}', states, {}, { field: 'Items', expect: 'array' });
    expect(fn.ok || fn.error.message).toBe("The JSONata expression '$fn := function($x){$x}' specified for the field 'Items' returned an unsupported result type.");
    const t1006 = await evaluateJsonata('{% $randomSeeded($states.input.a) %}', states, {}, { field: 'Output/FunctionResult' });
    expect(t1006.ok || t1006.error.message).toBe(
      "The JSONata expression '$randomSeeded($states.input.a)' specified for the field 'Output/FunctionResult' threw an error during evaluation. T1006: Attempted to invoke a non-function",
    );
  });

  it("provides AWS's functions", async () => {
    const env = { random: () => 0.25, uuid: () => 'u-1', now: () => Date.UTC(2024, 0, 2, 3, 4, 5) };
    const cases: [string, unknown][] = [
      ['$partition([1,2,3,4,5], 2)', [[1, 2], [3, 4], [5]]],
      ['$range(0, 10, 5)', [0, 5, 10]],
      ["$hash('input data', 'SHA-256')", 'b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3'],
      ['$random()', 0.25],
      ['$uuid()', 'u-1'],
      ['$parse(\'{"a":[1]}\')', { a: [1] }],
      ['$now()', '2024-01-02T03:04:05.000Z'],
      ['$millis()', Date.UTC(2024, 0, 2, 3, 4, 5)],
    ];
    for (const [expression, expected] of cases) {
      expect(await evaluateJsonata(expression, states, env), expression).toEqual({ ok: true, value: expected });
    }
    const seeded = await evaluateJsonata('[$random(7), $random(7)]', states);
    expect(seeded.ok && seeded.value).toEqual(seeded.ok ? [(seeded.value as number[])[0], (seeded.value as number[])[0]] : null);
  });

  it('makes $eval unavailable and rejects ?? and ?:', async () => {
    const evalResult = await evaluateJsonata("{% $eval('1+1') %}", states);
    expect(evalResult.ok).toBe(false);
    expect((await evaluateJsonata('{% $states.input.z ?? 1 %}', states)).ok).toBe(false);
    expect((await evaluateJsonata('{% $states.input.a ?: 1 %}', states)).ok).toBe(false);
  });

  it('bounds hostile expressions by depth and time', async () => {
    const deep = await evaluateJsonata('{% ($f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(100000)) %}', states, { jsonataLimits: { maxDepth: 500 } });
    expect(deep.ok).toBe(false);
    const start = Date.now();
    const loop = await evaluateJsonata('{% ($f := function($n){ $f($n + 1) }; $f(0)) %}', states, { jsonataLimits: { timeoutMs: 200 } });
    expect(loop.ok).toBe(false);
    expect(Date.now() - start).toBeLessThan(5000);
  });
});

describe('evaluateJsonataTemplate', () => {
  it('evaluates nested expressions and names nested fields', async () => {
    const template = { x: '{% $states.input.a %}', list: ['{% $states.input.s %}', 2], lit: 'plain' };
    expect(await evaluateJsonataTemplate(template, states)).toEqual({ ok: true, value: { x: 1, list: ['x', 2], lit: 'plain' } });
    const failed = await evaluateJsonataTemplate({ result: '{% $doesNotExist %}' }, states, {}, { field: 'Assign' });
    expect(failed.ok || failed.error.message).toBe("The JSONata expression '$doesNotExist' specified for the field 'Assign/result' returned nothing (undefined).");
  });
});

describe('checkJsonata', () => {
  const codes = (body: string, options = {}) => checkJsonata(body, options).map((finding) => finding.code);
  it('accepts valid expressions', () => {
    expect(codes('$states.input.a + $sum($states.input.items)')).toEqual([]);
    expect(codes('($f := function($x){ $x * 2 }; $f(2))')).toEqual([]);
    expect(codes('$states.input.items[$ > 1]')).toEqual([]);
    expect(codes('$states.result.x', { allowResult: true })).toEqual([]);
    expect(codes('$partition([1], 1) ~> $count()')).toEqual([]);
    expect(codes('$states.input.items[price > 5].name')).toEqual([]);
    expect(codes('$states.input.items.(price * 2)')).toEqual([]);
    expect(codes('$map($states.input.items, function($v){ $v.x })')).toEqual([]);
    expect(codes('$states.input.items{category: $sum(price)}')).toEqual([]);
    expect(codes("$states.input ~> |$|{'a': 1}|")).toEqual([]);
  });
  it('finds problems with offsets', () => {
    expect(codes('$nope(1)')).toEqual(['jsonata.unknownFunction']);
    expect(codes('$substring()')).toEqual(['jsonata.arity']);
    expect(codes("$eval('1')")).toEqual(['jsonata.eval']);
    expect(codes('$a ?? 1')).toEqual(['jsonata.unsupportedOperator']);
    expect(codes('$states.result')).toEqual(['jsonata.statesResult']);
    expect(codes('$states.errorOutput.Error')).toEqual(['jsonata.statesErrorOutput']);
    expect(codes('foo.bar')).toEqual(['jsonata.fieldReference']);
    expect(codes("{'a': foo}")).toEqual(['jsonata.fieldReference']);
    expect(codes('$count(items)')).toEqual(['jsonata.fieldReference']);
    expect(codes('$$.a')).toContain('jsonata.contextReference');
    const [syntax] = checkJsonata('1 +');
    expect(syntax?.code).toBe('jsonata.syntax');
    const [unknown] = checkJsonata('1 + $nope()');
    expect(unknown).toMatchObject({ offset: 4, length: 5 });
  });
  it('parses to an AST or a syntax error', () => {
    expect(parseJsonata('$x.y').ok).toBe(true);
    const bad = parseJsonata('(1');
    expect(bad.ok).toBe(false);
  });
  it('has a catalogue with AWS functions', () => {
    expect(JSONATA_FUNCTIONS.length).toBeGreaterThan(60);
    expect(findJsonataFunction('$partition')).toMatchObject({ aws: true, minArgs: 2, maxArgs: 2 });
    expect(findJsonataFunction('random')).toMatchObject({ aws: true, minArgs: 0, maxArgs: 1 });
    expect(findJsonataFunction('$substring')).toMatchObject({ minArgs: 1, maxArgs: 3 });
  });
});
