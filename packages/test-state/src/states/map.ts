import type { JsonObject, JsonValue, MapState } from '@aslkit/core';
import { expr } from '../engine/expressions.js';
import { describeThrown, portFailure, type StateFailure, type Step } from '../engine/failure.js';
import type { RunContext } from '../engine/run-context.js';
import type { ItemReaderOutcome, MapOutcome } from '../engine/types.js';
import { applyInputPathStage } from '../stages/input-path.js';
import { evaluateJsonataField } from '../stages/jsonata-field.js';
import { failed, finishJsonata, finishJsonPath, nextOf, runtimeIsFatal, type StateResult } from './common.js';

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shown(value: JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function runtime(cause: string): { ok: false; failure: { error: string; cause: string } } {
  return { ok: false, failure: { error: 'States.Runtime', cause } };
}

type NumericKind = 'integer' | 'float';

/** MaxConcurrency / ToleratedFailureCount / ToleratedFailurePercentage (literal, `…Path`, or JSONata). */
async function mapNumber(run: RunContext, name: string, kind: NumericKind, input: JsonValue): Promise<Step<number | undefined>> {
  const literal = run.fields[name];
  if (typeof literal === 'number') return { ok: true, value: literal };
  if (typeof literal === 'string' && run.language === 'JSONata') {
    const evaluated = await evaluateJsonataField(run, literal, name, run.states(), { expect: kind === 'integer' ? 'integer' : 'number' });
    if (!evaluated.ok) return evaluated;
    return { ok: true, value: evaluated.value as number };
  }
  const path = run.fields[`${name}Path`];
  if (typeof path !== 'string') return { ok: true, value: undefined };
  const evaluated = expr.path(path, input, run.evalEnv);
  if (!evaluated.ok) return evaluated;
  const value = numericValue(evaluated.value, kind);
  if (value === undefined) return runtime(`The ${name}Path field refers to value "${shown(evaluated.value)}" which is not a valid ${kind}: ${path}`);
  return { ok: true, value };
}

/** A number read through a `…Path`: AWS also accepts the text of a number ("1"). */
export function numericValue(value: JsonValue, kind: NumericKind): number | undefined {
  const pattern = kind === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
  const number = typeof value === 'number' ? value : typeof value === 'string' && pattern.test(value.trim()) ? Number(value) : undefined;
  if (number === undefined || !Number.isFinite(number)) return undefined;
  if (kind === 'integer' && !Number.isInteger(number)) return undefined;
  return number;
}

/** AWS's cause for a negative ItemReader MaxItems (States.ItemReaderFailed). */
export const MAX_ITEMS_NEGATIVE = 'field MaxItems must be positive';

/** Tell the caller that AWS records MapStateStarted before this failure, then fail. */
function startedThenFailed(run: RunContext, length: number, failure: StateFailure): { ok: false; failure: StateFailure } {
  run.trace({ kind: 'mapStartedThenFailed', length });
  return { ok: false, failure };
}

async function readItems(run: RunContext, state: MapState, input: JsonValue): Promise<Step<JsonValue[]>> {
  const reader = state.ItemReader as unknown as JsonObject;
  let parameters: Step<JsonValue>;
  if (run.language === 'JSONata') {
    parameters = reader['Arguments'] === undefined ? { ok: true, value: {} } : await evaluateJsonataField(run, reader['Arguments'], 'ItemReader/Arguments', run.states());
  } else {
    parameters = reader['Parameters'] === undefined ? { ok: true, value: {} } : expr.template(reader['Parameters'], input, run.evalEnv);
  }
  if (!parameters.ok) return parameters;
  const readerConfig = isObject(reader['ReaderConfig']) ? reader['ReaderConfig'] : {};
  let maxItems: number | undefined;
  if (typeof readerConfig['MaxItems'] === 'number') maxItems = readerConfig['MaxItems'];
  else if (typeof readerConfig['MaxItems'] === 'string' && run.language === 'JSONata') {
    const evaluated = await evaluateJsonataField(run, readerConfig['MaxItems'], 'ItemReader/ReaderConfig/MaxItems', run.states(), { expect: 'integer' });
    if (!evaluated.ok) return evaluated;
    maxItems = evaluated.value as number;
  } else if (typeof readerConfig['MaxItemsPath'] === 'string') {
    const evaluated = expr.path(readerConfig['MaxItemsPath'], input, run.evalEnv);
    // AWS evaluates MaxItemsPath after recording MapStateStarted (length 0: the items are not read yet).
    if (!evaluated.ok) return startedThenFailed(run, 0, evaluated.failure);
    const parsed = numericValue(evaluated.value, 'integer');
    if (parsed === undefined) {
      return startedThenFailed(run, 0, runtime(`The MaxItemsPath field refers to value "${shown(evaluated.value)}" which is not a valid integer: ${readerConfig['MaxItemsPath']}`).failure);
    }
    maxItems = parsed;
  }
  const negativeMaxItems: Step<never> = { ok: false, failure: { error: 'States.ItemReaderFailed', cause: MAX_ITEMS_NEGATIVE } };
  const port = run.env.ports.readItems;
  if (!port) return maxItems !== undefined && maxItems < 0 ? negativeMaxItems : { ok: false, failure: { error: 'States.ItemReaderFailed', cause: 'No item reader is available for this run.' } };
  let outcome: ItemReaderOutcome;
  try {
    outcome = await port({
      stateName: run.stateName,
      resource: typeof reader['Resource'] === 'string' ? reader['Resource'] : '',
      parameters: parameters.value,
      readerConfig,
      ...(maxItems === undefined ? {} : { maxItems }),
    });
  } catch (thrown) {
    outcome = { ok: false, error: 'States.ItemReaderFailed', cause: describeThrown(thrown) };
  }
  if (!outcome.ok) return { ok: false, failure: portFailure(outcome.error, outcome.cause) };
  // A negative MaxItems fails the read; the port is told first (AWS fails it inside the map run), and a
  // port that does not check it still fails here.
  if (maxItems !== undefined && maxItems < 0) return negativeMaxItems;
  // MaxItems (0 = no limit) caps what the reader returned.
  return { ok: true, value: maxItems !== undefined && maxItems > 0 ? outcome.items.slice(0, maxItems) : outcome.items };
}

/** The items to iterate: ItemReader, ItemsPath (JSONPath) or Items (JSONata). */
async function selectItems(run: RunContext, state: MapState, input: JsonValue): Promise<Step<JsonValue[]>> {
  if (isObject(state.ItemReader)) return readItems(run, state, input);
  if (run.language === 'JSONata') {
    if (state.Items !== undefined) {
      const items = await evaluateJsonataField(run, state.Items, 'Items', run.states(), { expect: 'array' });
      if (!items.ok) return items;
      return { ok: true, value: items.value as JsonValue[] };
    }
    if (!Array.isArray(input)) {
      return { ok: false, failure: run.evaluationFailure({ error: 'States.QueryEvaluationError', cause: `Map state input must be an array but was: ${JSON.stringify(input)}` }) };
    }
    return { ok: true, value: input };
  }
  const path = typeof state.ItemsPath === 'string' ? state.ItemsPath : '$';
  const selected = expr.path(path, input, run.evalEnv);
  if (!selected.ok) return selected;
  if (!Array.isArray(selected.value)) return runtime(`Reference path "${path.replace(/^\$\$/, '$')}" must point to array.`);
  run.stage('afterItemsPath', selected.value);
  return { ok: true, value: selected.value };
}

/** ItemSelector (or legacy Parameters) for one item, with `$$.Map.Item` set. */
async function selectItem(run: RunContext, template: JsonValue | undefined, input: JsonValue, item: JsonValue, index: number): Promise<Step<JsonValue>> {
  if (template === undefined) return { ok: true, value: item };
  const base = isObject(run.env.context) ? run.env.context : {};
  const context: JsonObject = { ...base, Map: { Item: { Index: index, Value: item } } };
  if (run.language === 'JSONata') {
    const saved = run.evalEnv.context;
    run.evalEnv.context = context;
    const result = await evaluateJsonataField(run, template, 'ItemSelector', { input: run.input, context });
    run.evalEnv.context = saved;
    return result;
  }
  const { variables, random, uuid, now } = run.evalEnv;
  return expr.template(template, input, { context, variables, random, uuid, now });
}

function batchItems(run: RunContext, state: MapState, selected: JsonValue[], input: JsonValue): Step<JsonValue[]> {
  const batcher = state.ItemBatcher as unknown as JsonObject | undefined;
  if (!isObject(batcher)) return { ok: true, value: selected };
  let maxItems = typeof batcher['MaxItemsPerBatch'] === 'number' ? batcher['MaxItemsPerBatch'] : undefined;
  if (typeof batcher['MaxItemsPerBatchPath'] === 'string') {
    const value = expr.path(batcher['MaxItemsPerBatchPath'], input, run.evalEnv);
    if (!value.ok) return value;
    const parsed = numericValue(value.value, 'integer');
    if (parsed === undefined) {
      return runtime(`The MaxItemsPerBatchPath field refers to value "${shown(value.value)}" which is not a valid integer: ${batcher['MaxItemsPerBatchPath']}`);
    }
    maxItems = parsed;
  }
  let maxBytes = typeof batcher['MaxInputBytesPerBatch'] === 'number' ? batcher['MaxInputBytesPerBatch'] : 262_144;
  if (typeof batcher['MaxInputBytesPerBatchPath'] === 'string') {
    const value = expr.path(batcher['MaxInputBytesPerBatchPath'], input, run.evalEnv);
    if (!value.ok) return value;
    const parsed = numericValue(value.value, 'integer');
    if (parsed === undefined) {
      return runtime(`The MaxInputBytesPerBatchPath field refers to value "${shown(value.value)}" which is not a valid integer: ${batcher['MaxInputBytesPerBatchPath']}`);
    }
    maxBytes = parsed;
  }
  let batchInput: JsonValue | undefined;
  if (batcher['BatchInput'] !== undefined) {
    const evaluated = expr.template(batcher['BatchInput'], input, run.evalEnv);
    if (!evaluated.ok) return evaluated;
    batchInput = evaluated.value;
  }
  const batches: JsonValue[] = [];
  let current: JsonValue[] = [];
  let currentBytes = 0;
  for (const item of selected) {
    const size = JSON.stringify(item).length;
    if (current.length > 0 && ((maxItems !== undefined && current.length >= maxItems) || currentBytes + size > maxBytes)) {
      batches.push(batchInput === undefined ? { Items: current } : { BatchInput: batchInput, Items: current });
      current = [];
      currentBytes = 0;
    }
    current.push(item);
    currentBytes += size;
  }
  if (current.length > 0) batches.push(batchInput === undefined ? { Items: current } : { BatchInput: batchInput, Items: current });
  run.stage('afterItemBatcher', batches);
  return { ok: true, value: batches };
}

/**
 * Map. JSONPath: InputPath → ItemReader/ItemsPath → ItemSelector per item → ItemBatcher → the
 * iterations (through `ports.runMap`) → ResultSelector → ResultPath → OutputPath. JSONata: Items →
 * ItemSelector → iterations → Output/Assign. MaxConcurrency and the tolerated-failure settings are
 * evaluated here and handed to the caller.
 */
export async function runMap(run: RunContext): Promise<StateResult> {
  const state = run.state as MapState;
  let effective: JsonValue = run.input;
  if (run.language === 'JSONPath') {
    const afterInputPath = applyInputPathStage(run, run.input);
    if (!afterInputPath.ok) return failed(runtimeIsFatal(afterInputPath.failure));
    effective = afterInputPath.value;
  }
  const items = await selectItems(run, state, effective);
  if (!items.ok) return failed(runtimeIsFatal(items.failure));

  const maxConcurrency = await mapNumber(run, 'MaxConcurrency', 'integer', effective);
  if (!maxConcurrency.ok) return failed(runtimeIsFatal(maxConcurrency.failure));
  // AWS evaluates the tolerated-failure settings after recording MapStateStarted (with the item count).
  const length = items.value.length;
  const toleratedCount = await mapNumber(run, 'ToleratedFailureCount', 'integer', effective);
  if (!toleratedCount.ok) return failed(runtimeIsFatal(startedThenFailed(run, length, toleratedCount.failure).failure));
  const toleratedPercentage = await mapNumber(run, 'ToleratedFailurePercentage', 'float', effective);
  if (!toleratedPercentage.ok) return failed(runtimeIsFatal(startedThenFailed(run, length, toleratedPercentage.failure).failure));
  if (toleratedCount.value !== undefined && toleratedCount.value < 0) {
    run.trace({ kind: 'mapStartedThenFailed', length });
    return failed(runtimeIsFatal({ error: 'States.Runtime', cause: 'ToleratedFailureCount cannot be negative.' }));
  }
  if (toleratedPercentage.value !== undefined && (toleratedPercentage.value < 0 || toleratedPercentage.value > 100)) {
    run.trace({ kind: 'mapStartedThenFailed', length });
    return failed(runtimeIsFatal({ error: 'States.Runtime', cause: 'ToleratedFailurePercentage must be between 0 and 100.' }));
  }
  run.trace({
    kind: 'mapConfig',
    maxConcurrency: maxConcurrency.value ?? 0,
    ...(toleratedCount.value === undefined ? {} : { toleratedFailureCount: toleratedCount.value }),
    ...(toleratedPercentage.value === undefined ? {} : { toleratedFailurePercentage: toleratedPercentage.value }),
  });

  const template = (state.ItemSelector ?? (run.language === 'JSONPath' ? state.Parameters : undefined)) as JsonValue | undefined;
  const selected: JsonValue[] = [];
  for (let index = 0; index < items.value.length; index++) {
    const item = await selectItem(run, template, effective, items.value[index] as JsonValue, index);
    if (!item.ok) return failed(runtimeIsFatal(item.failure));
    selected.push(item.value);
  }
  if (template !== undefined) run.stage('afterItemSelector', selected);
  const iterationInputs = batchItems(run, state, selected, effective);
  if (!iterationInputs.ok) return failed(runtimeIsFatal(iterationInputs.failure));

  const processor = (state.ItemProcessor ?? state.Iterator ?? { StartAt: '', States: {} }) as unknown as JsonObject;
  const config = isObject(processor['ProcessorConfig']) ? processor['ProcessorConfig'] : {};
  let outcome: MapOutcome;
  try {
    outcome = await run.env.ports.runMap({
      stateName: run.stateName,
      processor,
      mode: config['Mode'] === 'DISTRIBUTED' ? 'DISTRIBUTED' : 'INLINE',
      items: items.value,
      iterationInputs: iterationInputs.value,
      maxConcurrency: maxConcurrency.value ?? 0,
      ...(toleratedCount.value === undefined ? {} : { toleratedFailureCount: toleratedCount.value }),
      ...(toleratedPercentage.value === undefined ? {} : { toleratedFailurePercentage: toleratedPercentage.value }),
      ...(typeof state.Label === 'string' ? { label: state.Label } : {}),
    });
  } catch (thrown) {
    outcome = { ok: false, error: 'States.Runtime', cause: describeThrown(thrown) };
  }
  if (!outcome.ok) return failed(portFailure(outcome.error, outcome.cause));
  run.stage('result', outcome.result);
  const finished = run.language === 'JSONata' ? await finishJsonata(run, outcome.result) : finishJsonPath(run, outcome.result);
  if (!finished.ok) return failed(run.language === 'JSONata' ? finished.failure : runtimeIsFatal(finished.failure));
  return { kind: 'done', ...finished.value, nextState: nextOf(run) };
}
