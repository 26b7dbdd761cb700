/**
 * CloudFormation, SAM, Serverless Framework and CDK templates: the YAML short tags, finding the
 * state machine definitions they hold (inline, DefinitionString with `Fn::Sub`/`Fn::Join`,
 * DefinitionSubstitutions) with positions mapped back to the template's own text. Pure functions
 * over text; reading linked definition files (DefinitionUri, DefinitionS3Location) is the caller's.
 */
export { cloudFormationTags } from './cfn-tags.js';
export { findInlineDefinitions, STATE_MACHINE_RESOURCE_TYPES, type InlineDefinition, type InlineDefinitions } from './locate.js';
export {
  extractDefinitions,
  plainDefinition,
  TEMPLATE_MARKERS,
  type CheckTarget,
  type Extraction,
  type ExtractOptions,
  type LinkedDefinition,
} from './extract.js';
export { isIntrinsic, localVariables, resolveIntrinsic, type TemplateScope } from './intrinsics.js';
export { DerivedDocument, documentInFile, stringNodeText, type DocumentInFile, type MappedText } from './text-map.js';
