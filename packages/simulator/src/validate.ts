import type { StateMachineDefinition, StateMachineType } from '@aslkit/core';
import type { SimulatorError } from './types.js';

/**
 * Checks a definition as AWS's CreateStateMachine does (through @aslkit/checker, loaded on demand), and
 * returns AWS's InvalidDefinition message for the first error, or undefined when the definition is valid.
 */
export async function validateLikeCreateStateMachine(definition: StateMachineDefinition | string, type: StateMachineType): Promise<SimulatorError | undefined> {
  const checker = await import('@aslkit/checker');
  const text = typeof definition === 'string' ? definition : JSON.stringify(definition);
  const isJson = text.trimStart().startsWith('{');
  const result = checker.validateStateMachineDefinition({ definition: text, type, ...(isJson ? {} : { fileName: 'definition.asl.yaml' }) });
  if (result.result === 'OK') return undefined;
  const first = result.diagnostics.find((d) => d.severity === 'ERROR') ?? result.diagnostics[0];
  return { code: 'InvalidDefinition', message: first ? checker.formatCreateStateMachineError(first) : 'Invalid State Machine Definition' };
}
