import type { JsonObject } from '@aslkit/core';
import type { TestStateException } from '../api-types.js';

interface CheckerModule {
  validateStateMachineDefinition(options: { definition: string }): { result: 'OK' | 'FAIL'; diagnostics: { code: string; message: string; location?: string; severity: string }[] } | Promise<unknown>;
  formatCreateStateMachineError(diagnostics: readonly { code: string; message: string; location?: string; severity: string }[]): string;
}

let checker: Promise<CheckerModule | undefined> | undefined;

/** The checker is loaded on first use, so a checker that cannot load never breaks TestState. */
function loadChecker(): Promise<CheckerModule | undefined> {
  checker ??= import('@aslkit/checker').then(
    (module) => module as unknown as CheckerModule,
    () => undefined,
  );
  return checker;
}

/** Validate the (wrapped) machine as CreateStateMachine would: InvalidDefinition with AWS's text. */
export async function validateDefinition(machine: JsonObject): Promise<TestStateException | undefined> {
  const module = await loadChecker();
  if (!module) return undefined;
  try {
    const result = (await module.validateStateMachineDefinition({ definition: JSON.stringify(machine) })) as {
      result: 'OK' | 'FAIL';
      diagnostics: { code: string; message: string; location?: string; severity: string }[];
    };
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'ERROR');
    if (result.result === 'OK' || errors.length === 0) return undefined;
    return { code: 'InvalidDefinition', message: module.formatCreateStateMachineError(errors) };
  } catch {
    return undefined;
  }
}
