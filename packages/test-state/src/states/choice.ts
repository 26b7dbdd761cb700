import type { ChoiceRule, ChoiceState, JsonObject, JsonValue } from '@aslkit/core';
import { expr } from '../engine/expressions.js';
import type { Step, StateFailure } from '../engine/failure.js';
import { createRunContext, type RunContext } from '../engine/run-context.js';
import type { EngineEnv } from '../engine/types.js';
import { evaluateAssignJsonPath, evaluateAssignStage } from '../stages/assign.js';
import { applyInputPathStage } from '../stages/input-path.js';
import { evaluateJsonataField } from '../stages/jsonata-field.js';
import { applyOutputPathStage } from '../stages/output-path.js';
import { applyOutputStage } from '../stages/output.js';
import { BASE_COMPARATORS, TYPE_TESTS, comparatorFunction, testType } from './choice-comparators.js';
import { failed, runtimeIsFatal, type StateResult } from './common.js';

/** The Choice decision: the index of the first matching rule (or -1 for Default) and the next state. */
export type ChoiceDecision =
  | { ok: true; ruleIndex: number; nextState: string }
  | { ok: false; error: string; cause: string };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readVariable(run: RunContext, rule: ChoiceRule, input: JsonValue): { present: boolean; value?: JsonValue; failure?: StateFailure } {
  const variable = rule.Variable;
  if (typeof variable !== 'string') return { present: false };
  const result = expr.path(variable, input, run.evalEnv);
  if (!result.ok) {
    return { present: false, failure: { error: 'States.Runtime', cause: `Invalid path '${variable}': The choice state's condition path references an invalid value.` } };
  }
  return { present: true, value: result.value };
}

/** A JSONPath rule compiled once per rule object: which operator it uses, resolved ahead of time. */
type CompiledRule = (run: RunContext, input: JsonValue) => Step<boolean>;

const TRUE: Step<boolean> = { ok: true, value: true };
const FALSE: Step<boolean> = { ok: true, value: false };
const compiledRules = new WeakMap<ChoiceRule, CompiledRule>();

function compileRule(rule: ChoiceRule): CompiledRule {
  // Malformed rules (not objects) are evaluated as before, uncached (a WeakMap takes objects only).
  if (typeof rule !== 'object' || rule === null) return buildRule(rule);
  let compiled = compiledRules.get(rule);
  if (compiled === undefined) {
    compiled = buildRule(rule);
    compiledRules.set(rule, compiled);
  }
  return compiled;
}

function buildRule(rule: ChoiceRule): CompiledRule {
  if (Array.isArray(rule.And)) {
    const inner = rule.And as ChoiceRule[];
    return (run, input) => {
      for (const item of inner) {
        const result = compileRule(item)(run, input);
        if (!result.ok || !result.value) return result;
      }
      return TRUE;
    };
  }
  if (Array.isArray(rule.Or)) {
    const inner = rule.Or as ChoiceRule[];
    return (run, input) => {
      for (const item of inner) {
        const result = compileRule(item)(run, input);
        if (!result.ok || result.value) return result;
      }
      return FALSE;
    };
  }
  if (isObject(rule.Not)) {
    const inner = rule.Not as ChoiceRule;
    return (run, input) => {
      const result = compileRule(inner)(run, input);
      return result.ok ? (result.value ? FALSE : TRUE) : result;
    };
  }
  for (const test of TYPE_TESTS) {
    const expected = rule[test];
    if (expected === undefined) continue;
    return (run, input) => {
      const variable = readVariable(run, rule, input);
      return testType(test, variable.present && variable.failure === undefined, variable.value, expected === true) ? TRUE : FALSE;
    };
  }
  for (const comparator of BASE_COMPARATORS) {
    const literal = rule[comparator];
    const pathOperand = rule[`${comparator}Path`];
    if (literal === undefined && pathOperand === undefined) continue;
    const compare = comparatorFunction(comparator);
    return (run, input) => {
      const variable = readVariable(run, rule, input);
      if (variable.failure) return { ok: false, failure: variable.failure };
      let operand: JsonValue;
      if (pathOperand !== undefined) {
        if (typeof pathOperand !== 'string') return FALSE;
        const resolved = expr.path(pathOperand, input, run.evalEnv);
        if (!resolved.ok) return resolved;
        operand = resolved.value;
      } else {
        operand = literal as JsonValue;
      }
      return compare(variable.value as JsonValue, operand) ? TRUE : FALSE;
    };
  }
  return () => FALSE;
}

/**
 * Evaluate one JSONPath rule (data test or And/Or/Not) against the effective input. The rule's shape is
 * compiled once per rule object (definitions are treated as immutable while they run).
 */
export function evaluateJsonPathRule(run: RunContext, rule: ChoiceRule, input: JsonValue): Step<boolean> {
  return compileRule(rule)(run, input);
}

const NO_CHOICE_MATCHED: StateFailure = { error: 'States.NoChoiceMatched', cause: 'No Matches!' };

type Decided = { rule?: ChoiceRule; index: number; next: string };

function decideJsonPath(run: RunContext, state: ChoiceState, input: JsonValue): Step<Decided> {
  const rules = Array.isArray(state.Choices) ? state.Choices : [];
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index] as ChoiceRule;
    const matched = evaluateJsonPathRule(run, rule, input);
    if (!matched.ok) return matched;
    if (matched.value && typeof rule.Next === 'string') return { ok: true, value: { rule, index, next: rule.Next } };
  }
  return noRuleMatched(state);
}

function noRuleMatched(state: ChoiceState): Step<Decided> {
  if (typeof state.Default === 'string') return { ok: true, value: { index: -1, next: state.Default } };
  return { ok: false, failure: NO_CHOICE_MATCHED };
}

async function decide(run: RunContext, state: ChoiceState, input: JsonValue): Promise<Step<Decided>> {
  if (run.language !== 'JSONata') return decideJsonPath(run, state, input);
  const rules = Array.isArray(state.Choices) ? state.Choices : [];
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index] as ChoiceRule;
    let matched: Step<boolean>;
    const condition = rule.Condition;
    if (typeof condition === 'boolean') matched = { ok: true, value: condition };
    else if (typeof condition !== 'string') matched = { ok: true, value: false };
    else {
      const evaluated = await evaluateJsonataField(run, condition, 'Condition', run.states(), { expect: 'boolean' });
      matched = evaluated.ok ? { ok: true, value: evaluated.value === true } : evaluated;
    }
    if (!matched.ok) return matched;
    if (matched.value && typeof rule.Next === 'string') return { ok: true, value: { rule, index, next: rule.Next } };
  }
  return noRuleMatched(state);
}

/**
 * Choice. JSONPath: InputPath → first matching rule (And/Or/Not, every comparator and its Path form,
 * Is* tests) → the rule's Assign → OutputPath. JSONata: the first rule whose Condition is true, then
 * its (or the state's) Output and Assign.
 */
export function runChoice(run: RunContext): StateResult | Promise<StateResult> {
  return run.language === 'JSONata' ? runChoiceJsonata(run) : runChoiceJsonPath(run);
}

async function runChoiceJsonata(run: RunContext): Promise<StateResult> {
  const state = run.state as ChoiceState;
  const decision = await decide(run, state, run.input);
  if (!decision.ok) return failed(runtimeIsFatal(decision.failure));
  const { rule, next } = decision.value;
  const assignSource = rule?.Assign ?? (run.fields['Assign'] as JsonValue | undefined);
  const assigned = await evaluateAssignStage(run, assignSource, run.input, run.states());
  if (!assigned.ok) return failed(runtimeIsFatal(assigned.failure));
  const output = await applyOutputStage(run, run.states(), rule?.Output ?? run.fields['Output'], run.input);
  if (!output.ok) return failed(runtimeIsFatal(output.failure));
  return { kind: 'done', output: output.value, assigned: assigned.value, nextState: next };
}

/** The JSONPath Choice, synchronously. */
function runChoiceJsonPath(run: RunContext): StateResult {
  const state = run.state as ChoiceState;
  const afterInputPath = applyInputPathStage(run, run.input);
  if (!afterInputPath.ok) return failed(runtimeIsFatal(afterInputPath.failure));
  const effective = afterInputPath.value;
  const decision = decideJsonPath(run, state, effective);
  if (!decision.ok) return failed(runtimeIsFatal(decision.failure));
  const { rule, next } = decision.value;
  const assignSource = rule?.Assign ?? (run.fields['Assign'] as JsonValue | undefined);
  const assigned = evaluateAssignJsonPath(run, assignSource, effective);
  if (!assigned.ok) return failed(runtimeIsFatal(assigned.failure));
  const output = applyOutputPathStage(run, effective);
  if (!output.ok) return failed(runtimeIsFatal(output.failure));
  return { kind: 'done', output: output.value, assigned: assigned.value, nextState: next };
}

/** Evaluate one Choice state's rules (JSONPath or JSONata): the matched rule index and its Next, or Default (-1). */
export async function evaluateChoice(state: ChoiceState, input: JsonValue, env: EngineEnv): Promise<ChoiceDecision> {
  try {
    const run = createRunContext('Choice', state, input, env);
    const decision = await decide(run, state, input);
    if (!decision.ok) return { ok: false, error: decision.failure.error, cause: decision.failure.cause };
    return { ok: true, ruleIndex: decision.value.index, nextState: decision.value.next };
  } catch {
    return { ok: false, error: 'States.Runtime', cause: 'internal error while evaluating the Choice state' };
  }
}
