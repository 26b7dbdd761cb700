/**
 * The schemas shipped in the repository's `schemas/` folder are exactly the ones the checker builds.
 * ASLKIT_UPDATE_SCHEMAS=1 rewrites them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvImport from 'ajv';
import { describe, expect, it } from 'vitest';
import { aslSchemas, schemaFileNames, type AslSchemaFlavour } from './asl-schema.js';

const schemasFolder = new URL('../../../../schemas/', import.meta.url);
type AjvClass = typeof AjvImport.default;
const Ajv: AjvClass = (AjvImport as unknown as { default?: AjvClass }).default ?? (AjvImport as unknown as AjvClass);

describe('schemas/', () => {
  for (const flavour of ['jsonpath', 'jsonata'] as AslSchemaFlavour[]) {
    it(`${schemaFileNames[flavour]} is in sync with the builder`, () => {
      const file = fileURLToPath(new URL(schemaFileNames[flavour], schemasFolder));
      const text = JSON.stringify(aslSchemas[flavour], null, 2) + '\n';
      if (process.env['ASLKIT_UPDATE_SCHEMAS'] === '1') writeFileSync(file, text);
      expect(readFileSync(file, 'utf8')).toBe(text);
    });

    it(`${schemaFileNames[flavour]} compiles and accepts a simple machine (deep, for editors)`, () => {
      const validate = new Ajv({ strict: false, allowUnionTypes: true }).compile(aslSchemas[flavour]);
      const machine =
        flavour === 'jsonpath'
          ? { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }], End: true } } }
          : { QueryLanguage: 'JSONata', StartAt: 'A', States: { A: { Type: 'Pass', Output: '{% $states.input %}', End: true } } };
      expect(validate(machine)).toBe(true);
      expect(validate({ StartAt: 'A', States: { A: { Type: 'Pass', Bogus: 1, End: true } } })).toBe(false);
    });
  }
});
