/**
 * The JSON Schemas of ASL, one per query-language flavour, built from one table of fields.
 *
 * Two shapes come out of the same builder:
 * - `deep` (shipped in `schemas/` for editors): nested scopes and states are validated recursively,
 *   a state is chosen by its `Type` with if/then (never oneOf).
 * - `shallow` (used by the checker): every state type, scope, retrier and catcher is a separate
 *   definition whose nested scopes are plain objects; the checker walks the states itself and
 *   validates each one against its own definition, so every error has one precise location.
 */

export type AslSchemaFlavour = 'jsonpath' | 'jsonata';
type Schema = Record<string, unknown>;

export const STATE_TYPES = ['Task', 'Wait', 'Pass', 'Succeed', 'Fail', 'Choice', 'Parallel', 'Map'] as const;
export type StateTypeName = (typeof STATE_TYPES)[number];

/** The JSONata expression form of a string value: `{% … %}`. */
export const JSONATA_PATTERN = '^\\{%[\\s\\S]*%\\}$';

const str: Schema = { type: 'string' };
const pathOrNull: Schema = { type: ['string', 'null'] };
const anyValue: Schema = {};
const obj: Schema = { type: 'object' };

function int(minimum: number, maximum?: number): Schema {
  return maximum === undefined ? { type: 'integer', minimum } : { type: 'integer', minimum, maximum };
}

/** A number field; in JSONata it may also be a `{% %}` expression. */
function numberish(flavour: AslSchemaFlavour, schema: Schema): Schema {
  return flavour === 'jsonata' ? { anyOf: [schema, { type: 'string', pattern: JSONATA_PATTERN }] } : schema;
}

function retrier(): Schema {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['ErrorEquals'],
    properties: {
      ErrorEquals: { type: 'array', minItems: 1, items: str },
      IntervalSeconds: int(1, 99_999_999),
      MaxAttempts: int(0, 99_999_999),
      BackoffRate: { type: 'number', minimum: 1 },
      MaxDelaySeconds: int(1, 31_622_399),
      JitterStrategy: { enum: ['FULL', 'NONE'] },
      Comment: str,
    },
  };
}

function catcher(flavour: AslSchemaFlavour): Schema {
  const properties: Schema = {
    ErrorEquals: { type: 'array', minItems: 1, items: str },
    Next: str,
    Comment: str,
    Assign: obj,
  };
  if (flavour === 'jsonpath') properties['ResultPath'] = pathOrNull;
  else properties['Output'] = anyValue;
  return { type: 'object', additionalProperties: false, required: ['ErrorEquals', 'Next'], properties };
}

/** The fields of each state type in each flavour (required fields listed in `required`). */
function stateFields(type: StateTypeName, flavour: AslSchemaFlavour, ref: (name: string) => Schema): { properties: Schema; required: string[] } {
  const jp = flavour === 'jsonpath';
  const base: Schema = { Type: { enum: [type] }, Comment: str, QueryLanguage: { enum: ['JSONPath', 'JSONata'] } };
  const io: Schema = jp ? { InputPath: pathOrNull, OutputPath: pathOrNull } : { Output: anyValue };
  const flow: Schema = { Next: str, End: { type: 'boolean' } };
  const assign: Schema = { Assign: obj };
  const errors: Schema = { Retry: { type: 'array', items: ref('Retrier') }, Catch: { type: 'array', items: ref('Catcher') } };
  const result: Schema = jp ? { ResultPath: pathOrNull, ResultSelector: obj } : {};
  const args: Schema = jp ? { Parameters: anyValue } : { Arguments: anyValue };
  switch (type) {
    case 'Pass':
      return { properties: { ...base, ...io, ...flow, ...assign, ...(jp ? { Parameters: anyValue, ResultPath: pathOrNull, Result: anyValue } : {}) }, required: ['Type'] };
    case 'Task':
      return {
        properties: {
          ...base, ...io, ...flow, ...assign, ...errors, ...result, ...args,
          Resource: str,
          TimeoutSeconds: numberish(flavour, int(1, 99_999_999)),
          HeartbeatSeconds: numberish(flavour, int(1, 99_999_999)),
          ...(jp ? { TimeoutSecondsPath: str, HeartbeatSecondsPath: str } : {}),
          Credentials: obj,
        },
        required: ['Type', 'Resource'],
      };
    case 'Choice':
      return { properties: { ...base, ...io, ...assign, Choices: { type: 'array', minItems: 1, items: obj }, Default: str }, required: ['Type', 'Choices'] };
    case 'Wait':
      return {
        properties: {
          ...base, ...io, ...flow, ...assign,
          Seconds: numberish(flavour, int(0, 99_999_999)),
          Timestamp: str,
          ...(jp ? { SecondsPath: str, TimestampPath: str } : {}),
        },
        required: ['Type'],
      };
    case 'Succeed':
      return { properties: { ...base, ...io }, required: ['Type'] };
    case 'Fail':
      return { properties: { ...base, Error: str, Cause: str, ...(jp ? { ErrorPath: str, CausePath: str } : {}) }, required: ['Type'] };
    case 'Parallel':
      return { properties: { ...base, ...io, ...flow, ...assign, ...errors, ...result, ...args, Branches: { type: 'array', minItems: 1, items: ref('Branch') } }, required: ['Type', 'Branches'] };
    case 'Map':
      return {
        properties: {
          ...base, ...io, ...flow, ...assign, ...errors, ...result,
          ...(jp ? { ItemsPath: str, Parameters: anyValue, MaxConcurrencyPath: str, ToleratedFailurePercentagePath: str, ToleratedFailureCountPath: str } : { Items: anyValue }),
          ItemProcessor: ref('ItemProcessor'),
          Iterator: ref('ItemProcessor'),
          ItemSelector: anyValue,
          ItemsPointer: str,
          ItemReader: ref('ItemReader'),
          ItemBatcher: ref('ItemBatcher'),
          ResultWriter: ref('ResultWriter'),
          MaxConcurrency: numberish(flavour, int(0)),
          ToleratedFailurePercentage: numberish(flavour, { type: 'number', minimum: 0, maximum: 100 }),
          ToleratedFailureCount: numberish(flavour, int(0)),
          Label: str,
        },
        required: ['Type'],
      };
  }
}

function scope(kind: 'Machine' | 'Branch' | 'ItemProcessor', states: Schema): Schema {
  const properties: Schema = { StartAt: str, States: states, Comment: str };
  if (kind === 'Machine') {
    properties['Version'] = str;
    properties['TimeoutSeconds'] = int(1, 99_999_999);
    properties['QueryLanguage'] = { enum: ['JSONPath', 'JSONata'] };
  }
  if (kind === 'ItemProcessor') {
    properties['ProcessorConfig'] = {
      type: 'object',
      additionalProperties: false,
      properties: { Mode: { enum: ['INLINE', 'DISTRIBUTED'] }, ExecutionType: { enum: ['STANDARD', 'EXPRESS'] } },
    };
  }
  return { type: 'object', additionalProperties: false, required: ['States', 'StartAt'], properties };
}

function mapParts(flavour: AslSchemaFlavour): Record<string, Schema> {
  const args: Schema = flavour === 'jsonpath' ? { Parameters: obj } : { Arguments: anyValue };
  return {
    ItemReader: {
      type: 'object',
      additionalProperties: false,
      required: ['Resource'],
      properties: {
        Resource: str,
        ...args,
        ReaderConfig: {
          type: 'object',
          properties: {
            InputType: { enum: ['CSV', 'JSON', 'JSONL', 'MANIFEST', 'PARQUET'] },
            CSVHeaderLocation: { enum: ['FIRST_ROW', 'GIVEN'] },
            CSVHeaders: { type: 'array', items: str },
            CSVDelimiter: { enum: ['COMMA', 'PIPE', 'SEMICOLON', 'SPACE', 'TAB'] },
            ManifestType: { enum: ['ATHENA_DATA', 'S3_INVENTORY'] },
            MaxItems: numberish(flavour, int(0, 100_000_000)),
            ...(flavour === 'jsonpath' ? { MaxItemsPath: str } : {}),
          },
        },
      },
    },
    ItemBatcher: {
      type: 'object',
      additionalProperties: false,
      properties: {
        MaxItemsPerBatch: numberish(flavour, int(0)),
        MaxInputBytesPerBatch: numberish(flavour, int(0, 262_144)),
        ...(flavour === 'jsonpath' ? { MaxItemsPerBatchPath: str, MaxInputBytesPerBatchPath: str } : {}),
        BatchInput: anyValue,
      },
    },
    ResultWriter: {
      type: 'object',
      additionalProperties: false,
      properties: {
        Resource: str,
        ...args,
        WriterConfig: {
          type: 'object',
          additionalProperties: false,
          required: ['OutputType'],
          properties: {
            OutputType: { enum: ['JSON', 'JSONL'] },
            Transformation: { enum: ['NONE', 'COMPACT', 'FLATTEN'] },
          },
        },
      },
    },
  };
}

function stateDefinitionName(type: StateTypeName): string {
  return `${type}State`;
}

/** Builds one flavour's schema; `deep` recurses into nested scopes (for editors). */
export function buildAslSchema(flavour: AslSchemaFlavour, deep: boolean): Schema {
  const localRef = (name: string): Schema => ({ $ref: `#/definitions/${name}` });
  // Shallow: nested scopes are plain objects (the checker validates each scope on its own).
  const ref = (name: string): Schema => (deep || (name !== 'Branch' && name !== 'ItemProcessor') ? localRef(name) : obj);
  const definitions: Record<string, Schema> = {};
  for (const type of STATE_TYPES) {
    const { properties, required } = stateFields(type, flavour, ref);
    definitions[stateDefinitionName(type)] = { type: 'object', additionalProperties: false, required, properties };
  }
  definitions['Retrier'] = retrier();
  definitions['Catcher'] = catcher(flavour);
  Object.assign(definitions, mapParts(flavour));
  const states: Schema = deep ? { type: 'object', additionalProperties: localRef('State') } : obj;
  definitions['Machine'] = scope('Machine', states);
  definitions['Branch'] = scope('Branch', states);
  definitions['ItemProcessor'] = scope('ItemProcessor', states);
  if (deep) {
    definitions['State'] = {
      type: 'object',
      required: ['Type'],
      properties: { Type: { enum: [...STATE_TYPES] } },
      allOf: STATE_TYPES.map((type) => ({
        if: { properties: { Type: { const: type } }, required: ['Type'] },
        then: localRef(stateDefinitionName(type)),
      })),
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://aslkit.dev/schemas/asl-${flavour}.schema.json`,
    title: `Amazon States Language (${flavour === 'jsonpath' ? 'JSONPath' : 'JSONata'} query language)`,
    description:
      flavour === 'jsonpath'
        ? 'A state machine whose states use JSONPath (the default query language).'
        : 'A state machine whose states use JSONata (QueryLanguage: JSONata).',
    $ref: '#/definitions/Machine',
    definitions,
  };
}

/** The schemas shipped for editors (the same objects as `schemas/asl-<flavour>.schema.json`). */
export const aslSchemas: Readonly<Record<AslSchemaFlavour, Schema>> = {
  jsonpath: buildAslSchema('jsonpath', true),
  jsonata: buildAslSchema('jsonata', true),
};

/** File names of the schemas in the repository's top-level `schemas/` folder. */
export const schemaFileNames: Readonly<Record<AslSchemaFlavour, string>> = {
  jsonpath: 'asl-jsonpath.schema.json',
  jsonata: 'asl-jsonata.schema.json',
};
