import { isJsonObject, type JsonObject, type JsonValue } from '../json.js';
import type { PathSegment } from '../source/path.js';

/** The CloudFormation resource types that hold a state machine definition. */
export const STATE_MACHINE_RESOURCE_TYPES: ReadonlySet<string> = new Set(['AWS::StepFunctions::StateMachine', 'AWS::Serverless::StateMachine']);

/** One definition written inline in a document: the document itself, or a resource's `Definition`. */
export interface InlineDefinition {
  /** Path of the definition object in the document (`[]` for a standalone definition). */
  path: PathSegment[];
  definition: JsonObject;
  /** For definitions inside templates: the logical id of the resource. */
  resource?: string;
}

export interface InlineDefinitions {
  definitions: InlineDefinition[];
  /** True when the value is a CloudFormation/SAM template (it has `Resources` and is no definition). */
  isTemplate: boolean;
}

/**
 * The definitions written inline in a parsed document: the value itself when it is a definition,
 * or the `Properties.Definition` object of every state machine resource of a CloudFormation/SAM
 * template (DefinitionString and linked files are left to `extractDefinitions`).
 */
export function findInlineDefinitions(value: JsonValue | undefined): InlineDefinitions {
  if (value === undefined || !isJsonObject(value)) return { definitions: [], isTemplate: false };
  const resources = value['Resources'];
  if ('States' in value || 'StartAt' in value || !isJsonObject(resources)) return { definitions: [{ path: [], definition: value }], isTemplate: false };
  const definitions: InlineDefinition[] = [];
  for (const [id, resource] of Object.entries(resources)) {
    if (!isJsonObject(resource) || typeof resource['Type'] !== 'string' || !STATE_MACHINE_RESOURCE_TYPES.has(resource['Type'])) continue;
    const properties = resource['Properties'];
    if (!isJsonObject(properties)) continue;
    const definition = properties['Definition'];
    if (isJsonObject(definition)) definitions.push({ path: ['Resources', id, 'Properties', 'Definition'], definition, resource: id });
  }
  return { definitions, isTemplate: true };
}
