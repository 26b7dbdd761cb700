import { hasOwn, isJsonObject, type JsonValue, type PathSegment } from '@aslkit/core';
import { analysisOf } from '../../../analysis/index.js';
import { isJsonataString, isValidJsonata, isValidJsonPath } from '../../../expressions-seam.js';
import { hasPlaceholder } from '../../../substitutions.js';
import type { Emit, SchemaCheck } from './emit.js';
import { isRfc3339Timestamp } from './timestamps.js';

type Operand = 'string' | 'number' | 'boolean' | 'timestamp' | 'path';

/** Every comparison operator of a JSONPath Choice Rule and the operand it takes. */
const COMPARATORS: Record<string, Operand> = {};
for (const operator of ['Equals', 'LessThan', 'GreaterThan', 'LessThanEquals', 'GreaterThanEquals']) {
  COMPARATORS[`String${operator}`] = 'string';
  COMPARATORS[`Numeric${operator}`] = 'number';
  COMPARATORS[`Timestamp${operator}`] = 'timestamp';
  COMPARATORS[`String${operator}Path`] = 'path';
  COMPARATORS[`Numeric${operator}Path`] = 'path';
  COMPARATORS[`Timestamp${operator}Path`] = 'path';
}
COMPARATORS['StringMatches'] = 'string';
COMPARATORS['BooleanEquals'] = 'boolean';
COMPARATORS['BooleanEqualsPath'] = 'path';
for (const test of ['IsNull', 'IsPresent', 'IsNumeric', 'IsString', 'IsBoolean', 'IsTimestamp']) COMPARATORS[test] = 'boolean';

const LOGICAL = ['And', 'Or', 'Not'];
const OPERAND_TEXT: Record<Operand, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  timestamp: 'a valid RFC3339 timestamp',
  path: 'a valid JSONPath',
};

/** How Choice Rules are checked: whether `${Name}` placeholders pass as valid operands. */
export interface Options {
  tolerate: boolean;
}
const STRICT: Options = { tolerate: false };

function operandOk(kind: Operand, value: JsonValue, options: Options): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'timestamp':
      return typeof value === 'string' && (isRfc3339Timestamp(value) || (options.tolerate && hasPlaceholder(value)));
    case 'path':
      return typeof value === 'string' && (isValidJsonPath(value) || (options.tolerate && hasPlaceholder(value)));
  }
}

export function checkJsonPathRule(rule: JsonValue, path: PathSegment[], top: boolean, emit: Emit, options: Options): void {
  if (!isJsonObject(rule)) {
    emit(path, `The value for the field '${top ? 'Choices' : String(path[path.length - 2] ?? 'Choices')}' must contain objects`);
    return;
  }
  const keys = Object.keys(rule);
  const logical = keys.filter((key) => LOGICAL.includes(key));
  const comparators = keys.filter((key) => hasOwn(COMPARATORS, key));
  for (const key of keys) {
    const allowed = LOGICAL.includes(key) || hasOwn(COMPARATORS, key) || key === 'Variable' || key === 'Comment' || (top && (key === 'Next' || key === 'Assign'));
    if (!allowed) emit(path, `Field '${key}' is not supported`, { keyPath: [...path, key] });
  }
  if (top && !hasOwn(rule, 'Next')) emit(path, 'These fields are required: [Next]');
  if (logical.length + comparators.length !== 1) {
    emit(path, 'A Choice Rule must have exactly one comparison operator or one of these fields: [And, Or, Not]');
    return;
  }
  const [logicalKey] = logical;
  if (logicalKey) {
    if (hasOwn(rule, 'Variable')) emit(path, "Field 'Variable' is not supported", { keyPath: [...path, 'Variable'] });
    const operand = rule[logicalKey] as JsonValue;
    if (logicalKey === 'Not') {
      if (isJsonObject(operand)) checkJsonPathRule(operand, [...path, 'Not'], false, emit, options);
      else emit([...path, 'Not'], "The value for the field 'Not' must be an object");
    } else if (!Array.isArray(operand) || operand.length === 0) {
      emit([...path, logicalKey], `The value for the field '${logicalKey}' must be a non-empty array`);
    } else {
      operand.forEach((inner, index) => checkJsonPathRule(inner, [...path, logicalKey, index], false, emit, options));
    }
    return;
  }
  const comparator = comparators[0] as string;
  const variable = rule['Variable'];
  if (variable === undefined) emit(path, 'These fields are required: [Variable]');
  else if (typeof variable !== 'string' || !(isValidJsonPath(variable) || (options.tolerate && hasPlaceholder(variable)))) {
    emit([...path, 'Variable'], "The value for the field 'Variable' must be a valid JSONPath");
  }
  const kind = COMPARATORS[comparator] as Operand;
  if (!operandOk(kind, rule[comparator] as JsonValue, options)) {
    emit([...path, comparator], `The value for the field '${comparator}' must be ${OPERAND_TEXT[kind]}`);
  }
}

const JSONATA_RULE_FIELDS = new Set(['Condition', 'Next', 'Comment', 'Assign', 'Output']);

export function checkJsonataRule(rule: JsonValue, path: PathSegment[], emit: Emit): void {
  if (!isJsonObject(rule)) {
    emit(path, "The value for the field 'Choices' must contain objects");
    return;
  }
  for (const key of Object.keys(rule)) {
    if (!JSONATA_RULE_FIELDS.has(key)) emit(path, `Field '${key}' is not supported`, { keyPath: [...path, key] });
  }
  const missing = ['Condition', 'Next'].filter((field) => !hasOwn(rule, field));
  if (missing.length > 0) emit(path, `These fields are required: [${missing.join(', ')}]`);
  const condition = rule['Condition'];
  if (condition !== undefined && typeof condition !== 'boolean' && !(isJsonataString(condition) && isValidJsonata(condition.slice(2, -2)))) {
    emit([...path, 'Condition'], "The value for the field 'Condition' must be a valid JSONata expression");
  }
}

/*
 * Fast predicates: true when the reporters below would report nothing for a Choice Rule (no paths
 * built). They ignore DefinitionSubstitutions tolerance: a placeholder only sends a rule down the
 * reporting path, which applies it.
 */

/** Whether `checkJsonPathRule` would report nothing for this rule. */
export function isCleanJsonPathRule(rule: JsonValue, top: boolean): boolean {
  if (!isJsonObject(rule)) return false;
  let operators = 0;
  let logicalKey: string | undefined;
  let comparator: string | undefined;
  for (const key in rule) {
    if (key === 'And' || key === 'Or' || key === 'Not') {
      operators++;
      logicalKey = key;
    } else if (hasOwn(COMPARATORS, key)) {
      operators++;
      comparator = key;
    } else if (!(key === 'Variable' || key === 'Comment' || (top && (key === 'Next' || key === 'Assign')))) return false;
  }
  if (operators !== 1 || (top && !hasOwn(rule, 'Next'))) return false;
  if (logicalKey !== undefined) {
    if (hasOwn(rule, 'Variable')) return false;
    const operand = rule[logicalKey] as JsonValue;
    if (logicalKey === 'Not') return isJsonObject(operand) && isCleanJsonPathRule(operand, false);
    if (!Array.isArray(operand) || operand.length === 0) return false;
    for (const inner of operand) if (!isCleanJsonPathRule(inner, false)) return false;
    return true;
  }
  const variable = rule['Variable'];
  if (typeof variable !== 'string' || !isValidJsonPath(variable)) return false;
  return operandOk(COMPARATORS[comparator as string] as Operand, rule[comparator as string] as JsonValue, STRICT);
}

/** Whether `checkJsonataRule` would report nothing for this rule. */
export function isCleanJsonataRule(rule: JsonValue): boolean {
  if (!isJsonObject(rule)) return false;
  for (const key in rule) if (!JSONATA_RULE_FIELDS.has(key)) return false;
  if (!hasOwn(rule, 'Condition') || !hasOwn(rule, 'Next')) return false;
  const condition = rule['Condition'];
  return typeof condition === 'boolean' || (isJsonataString(condition) && isValidJsonata(condition.slice(2, -2)));
}

/** Choice Rules: JSONPath comparisons (one operator, typed operand, Variable) or JSONata Conditions. */
export const checkChoiceRules: SchemaCheck = (context, emit) => {
  const options = { tolerate: context.tolerateSubstitutions === true };
  for (const facts of analysisOf(context).states.choices) {
    const choices = facts.choices;
    if (!Array.isArray(choices)) continue;
    const ref = facts.ref;
    const jsonata = ref.queryLanguage === 'JSONata';
    for (let index = 0; index < choices.length; index++) {
      const rule = choices[index] as JsonValue;
      if (jsonata ? isCleanJsonataRule(rule) : isCleanJsonPathRule(rule, true)) continue;
      const path = [...ref.path, 'Choices', index];
      if (jsonata) checkJsonataRule(rule, path, emit);
      else checkJsonPathRule(rule, path, true, emit, options);
    }
  }
};
