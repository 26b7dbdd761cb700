import { STATE_TYPES, type AslSchemaFlavour } from './asl-schema.js';

/** The definitions of the shallow schema the checker validates nodes against. */
export const VALIDATOR_DEFINITIONS: readonly string[] = [...STATE_TYPES.map((type) => `${type}State`), 'Machine', 'Branch', 'ItemProcessor'];

/** The export name of a precompiled validator in generated-validators.ts. */
export function validatorExportName(flavour: AslSchemaFlavour, definition: string): string {
  return `${flavour}_${definition}`;
}
